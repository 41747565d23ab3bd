/** Compare: scenarios applied, a book of business priced per party, and two models side by side. */
export * from './types';
export { applyScenario, scenarioModels } from './applyScenario';
export { priceMix, figureChange, bookImpact } from './priceMix';
export { compareModels, compareScenarios, type CompareOptions } from './compareModels';
export { changeSummary } from './changeSummary';
export { parseMixCsv, mixToCsv, resolveMixItems, MIX_COLUMNS } from './mixCsv';
export { breachSubject } from './breaches';
export { compareMessages } from './messages';
