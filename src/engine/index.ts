/**
 * The engine's public surface: pure pricing math over exact decimals and the Tiercraft model.
 * Everything here is free of Office, React and I/O.
 */
export * from './decimal';
export * from './errors';
export * from './ladder';

// Spreadsheet-sized functions (PRICING.MARGIN, MARKUP, PRICEENDING, BUNDLE, ALLOCATE, WATERFALL).
export { marginRate, markupRate, marginToMarkup, markupToMargin } from './margin';
export { applyPriceEnding } from './rounding/applyPriceEnding';
export { roundMoney, RATE_SCALE } from './rounding/roundMoney';
export { roundingMessages } from './rounding/messages';
export { allocate } from './bundle/allocate';
export { bundleNetPrice, standaloneList, type BundleComponentLine } from './bundle/bundleNetPrice';
export { bundleMessages } from './bundle/messages';
export { channelWaterfall, shareOf, type ChannelWaterfallInput, type WaterfallRow, type Party } from './channel/channelWaterfall';
export { partyPrices, type PartyPrices, type PartyPricesInput, type ChannelKind } from './channel/partyPrices';
export { programmeRates, fundingOf, type ProgrammeRates } from './channel/programme';
export { channelMessages } from './channel/messages';

// The model.
export * from './model/schema';
export * from './model/scenarioSchema';
export type { PriceShapeKind, PriceBandInput, PriceLadderDefinition } from './model/shapeSchema';
export { loadModel, withDefaults, type LoadResult } from './model/loadModel';
export { type ModelIssue, pathOf } from './model/issues';
export { defaultPersonas, defaultTiers, defaultTerms, defaultLevels, defaultChannels, minorUnitsOf } from './model/defaults';
export { modelMessages } from './model/messages';
export { indexModel, priceKey, type ModelIndex } from './model/modelIndex';

// Pricing over the model.
export { bundlePrice, bundleAllocation, allocateToComponents, type BundlePriceResult, type BundleComponentPrice, type AllocatedPart } from './bundle/bundlePrice';
export { priceQuoteLine, type PriceLineOptions } from './quote/priceQuoteLine';
export { priceQuote, quoteTotals, type QuoteInput } from './quote/priceQuote';
export { lineParties } from './quote/lineParties';
export { plainQuoteLine } from './quote/plainLine';
export { type QuoteLineInput } from './quote/linePlan';
export type { QuoteLineResult, QuoteResult, QuoteTotals, Margin, AllocatedComponent } from './quote/types';
export { priceBookMatrix, ladderUnitPrices, representativeQuantities, type PriceBookMatrix, type PriceBookRow, type LadderPoint } from './quote/priceBook';
export { quoteMessages } from './quote/messages';

// Price shapes: a shaped entry's charge, true-up and explanation.
export * from './shapes';

// Guardrails.
export { priceOrNull, checkDiscounts, checkModel, routeRatesByTerm, routes, type Route } from './guardrails/checkModel';
export { checkQuote, checkQuoteLine, belowMarginFloor } from './guardrails/checkQuote';
export { guardrailMessages } from './guardrails/messages';
export type { Breach, BreachRule, BreachSeverity } from './guardrails/types';
export { modelBreaches, locateBreach, breachLocator, type BreachCell, type WorkbookLayout } from './guardrails/locateBreach';
export { buyerGroups, definingPersona, jobKey, repeatedJobs } from './guardrails/tierJobs';

// Markets.
export * from './markets';

// Channel economics: every party's pocket-price waterfall, every route side by side.
export * from './pocket';
export * from './routes';

// Compare: scenarios, the mix, and two models side by side.
export * from './compare';

// Approvals and the customer quote: who must approve a quote, what the customer sees, what finance sees.
export * from './approvals';
export * from './customerQuote';
export type { Approvals, ApprovalStep, ApprovalGiven, Contact } from './model/approvalSchema';
export { ApprovalsSchema, ApprovalStepSchema, ApprovalGivenSchema, ContactSchema } from './model/approvalSchema';
export { approvalRoles, isCalendarDate } from './model/validateApprovals';
export { loadQuoteFile, quoteFileModelPath, QuoteFileSchema, type QuoteFileInput, type QuoteFileResult } from './model/quoteFileSchema';
export { modelJsonSchemaText, quoteJsonSchemaText } from './model/jsonSchema';
