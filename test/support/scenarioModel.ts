/**
 * The example model with three scenarios, one of each kind of change the Scenarios sheet turns into
 * values in use: a level's rate added to and set, a channel's distributor discount set, a term's
 * discount added to, list prices raised on a family and lowered on one product's annual term.
 */
import type { ModelInput } from '../../src/engine/model/schema';
import { example } from './models';

export const SCENARIO_INPUTS = [
  {
    id: 'gold-plus',
    name: 'Gold +2 pts',
    description: 'Gold resellers get two more points; Silver a 3% rebate and a point of co-op',
    changes: [
      { target: 'level', level: 'gold', field: 'discount', add: 0.02 },
      { target: 'level', level: 'silver', field: 'rebate', set: 0.03 },
      { target: 'level', level: 'silver', field: 'coop', add: 0.01 },
    ],
  },
  {
    id: 'distribution-10',
    name: 'Distributor 10%',
    description: '',
    changes: [
      { target: 'channel', channel: 'distribution', field: 'distributorDiscount', set: 0.1 },
      { target: 'term', term: '3-year', field: 'discount', add: 0.05 },
    ],
  },
  {
    id: 'backup-list',
    name: 'Backup list +5%',
    description: 'List prices of the Backup tool family up 5%, EN-SRV annual down 10%',
    changes: [
      { target: 'listPrice', family: 'Backup tool', change: 0.05 },
      { target: 'listPrice', sku: 'EN-SRV', term: 'annual', change: -0.1 },
    ],
  },
] as const;

/** The example with the scenarios above, and the one `selected` (an id) chosen on the Scenarios sheet. */
export function scenarioExample(selected?: string): ModelInput {
  const m = example();
  return { ...m, scenarios: structuredClone(SCENARIO_INPUTS) as unknown as ModelInput['scenarios'], ...(selected === undefined ? {} : { selectedScenario: selected }) };
}
