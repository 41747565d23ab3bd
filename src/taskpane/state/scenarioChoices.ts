/**
 * What the Scenarios panel offers when a change is edited: the targets a scenario can change, the
 * fields of each, the model's ids to pick from, and a fresh change of a target (its first id, +1 point or
 * +5% on every list price) for the user to adjust.
 */
import type { ModelInput } from '../../engine/model/schema';
import type { ScenarioChange } from '../../engine/model/scenarioSchema';
import type { Choice } from '../components/fields/ChoiceField';
import { channelChoices, freshId, levelChoices, termChoices } from './choices';

export type ScenarioTarget = ScenarioChange['target'];

export const SCENARIO_TARGETS: readonly { readonly value: ScenarioTarget; readonly label: string }[] = [
  { value: 'level', label: 'Partner level' },
  { value: 'channel', label: 'Channel (distributor discount)' },
  { value: 'term', label: 'Term (term discount)' },
  { value: 'listPrice', label: 'List prices' },
];

export const LEVEL_FIELDS: readonly Choice[] = [
  { value: 'discount', label: 'Discount' },
  { value: 'dealRegistration', label: 'Deal registration' },
  { value: 'rebate', label: 'Rebate' },
  { value: 'mdf', label: 'MDF' },
  { value: 'coop', label: 'Co-op' },
];

/** How a rate change is given: the new value, or points added to the model's. */
export type RateMode = 'set' | 'add';

export const RATE_MODES: readonly { readonly value: RateMode; readonly label: string }[] = [
  { value: 'add', label: 'Add points' },
  { value: 'set', label: 'Set to' },
];

/** Only two-tier channels have a distributor discount to change. */
export const twoTierChannelChoices = (m: ModelInput): Choice[] => {
  const twoTier = new Set((m.channels ?? []).filter((c) => c.kind === 'two-tier').map((c) => c.id));
  return channelChoices(m).filter((c) => twoTier.has(c.value));
};

/** The product families of the model, each once, in the order they first appear. */
export function familyChoices(m: ModelInput): Choice[] {
  const families = new Set<string>();
  for (const p of m.products ?? []) if (typeof p.family === 'string' && p.family !== '') families.add(p.family);
  return [...families].map((f) => ({ value: f, label: f }));
}

/** A new change of a target: its first id, one point added (or +5% on every list price). */
export function freshChange(model: ModelInput, target: ScenarioTarget): ScenarioChange {
  switch (target) {
    case 'level':
      return { target, level: levelChoices(model)[0]?.value ?? '', field: 'discount', add: 0.01 };
    case 'channel':
      return { target, channel: twoTierChannelChoices(model)[0]?.value ?? '', field: 'distributorDiscount', add: 0.01 };
    case 'term':
      return { target, term: termChoices(model)[0]?.value ?? '', field: 'discount', add: 0.01 };
    case 'listPrice':
      return { target, change: 0.05 };
  }
}

/** A new scenario with a fresh id and one change, named for the user to rename. */
export function freshScenario(model: ModelInput): { id: string; name: string; description: string; changes: ScenarioChange[] } {
  const id = freshId('scenario', model.scenarios);
  return { id, name: `Scenario ${(model.scenarios?.length ?? 0) + 1}`, description: '', changes: [freshChange(model, 'level')] };
}

/** The same change given the other way: a set value becomes points added, and back, the number kept. */
export function withRateMode<C extends { set?: number; add?: number }>(change: C, mode: RateMode): C {
  const { set, add, ...rest } = change;
  const value = mode === 'set' ? (add ?? set) : (set ?? add);
  return { ...rest, [mode]: value } as C;
}

/** A change as its card's title: "Gold: discount", "Distribution: distributor discount", "List prices". */
export function changeTitle(model: ModelInput, change: ScenarioChange): string {
  const nameOf = (choices: readonly Choice[], id: string): string => choices.find((c) => c.value === id)?.label ?? id;
  switch (change.target) {
    case 'level':
      return `${nameOf(levelChoices(model), change.level)}: ${nameOf(LEVEL_FIELDS, change.field).toLowerCase()}`;
    case 'channel':
      return `${nameOf(channelChoices(model), change.channel)}: distributor discount`;
    case 'term':
      return `${nameOf(termChoices(model), change.term)}: term discount`;
    case 'listPrice':
      return 'List prices';
  }
}
