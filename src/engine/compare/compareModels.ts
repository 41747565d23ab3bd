/**
 * Two models compared: price points, settings, each party's figures on the mix and on each model's
 * quote, and the breaches that appear or disappear. compareScenarios compares the model with every
 * scenario applied to it, pricing the base once.
 */
import { modelBreaches } from '../guardrails/locateBreach';
import type { Breach } from '../guardrails/types';
import type { Model } from '../model/schema';
import type { Mix, MixRow } from '../model/scenarioSchema';
import { scenarioModels } from './applyScenario';
import { breachChanges, onlyRule } from './breaches';
import { type PricedLines, bookImpact, mixModel, mixRowText, priceEach, priceMix, priceModelQuote, totalOf } from './priceMix';
import { rowsTouched } from './touchedRows';
import { pricePointChanges } from './pricePoints';
import { settingChanges } from './settings';
import type { BookFigures, Comparison, ScenarioComparison } from './types';

export interface CompareOptions {
  /** The book both models are priced on; absent: the other model's mix, else the base's; null: none. */
  readonly mix?: Mix | null;
  readonly baseName?: string;
  readonly otherName?: string;
}

/** What compare needs of the base: priced once when it is compared with several models. */
interface PricedBase {
  readonly model: Model;
  /** The mix's rows one by one, and their sums. */
  readonly mixLines: PricedLines | null;
  readonly mix: BookFigures | null;
  readonly quote: BookFigures | null;
  readonly breaches: readonly Breach[];
}

function priceBase(model: Model, mix: Mix | null): PricedBase {
  const mixLines = mix === null ? null : priceEach(mixModel(model, mix), mix.rows, mixRowText(mix));
  return { model, mixLines, mix: mixLines === null ? null : totalOf(mixLines), quote: priceModelQuote(model), breaches: modelBreaches(model) };
}

/** The mix on the other model; rows `touched` says the other model cannot price differently keep the base's figures. */
function otherMix(base: PricedBase, other: Model, mix: Mix, touched?: (row: MixRow) => boolean): BookFigures {
  const known = base.mixLines;
  if (touched === undefined || known === null) return priceMix(other, mix);
  const reuse = (i: number) => {
    const row = mix.rows[i];
    return row === undefined || touched(row) ? null : { figures: known.figures[i] ?? null, error: known.errors[i] ?? null };
  };
  return totalOf(priceEach(mixModel(other, mix), mix.rows, mixRowText(mix), reuse));
}

const emptyQuote = (model: Model): BookFigures => priceMix(model, { name: 'Quote', rows: [] });

function compareWith(base: PricedBase, other: Model, mix: Mix | null, baseName: string, otherName: string, touched?: (row: MixRow) => boolean): Comparison {
  const otherQuote = priceModelQuote(other);
  const quote = base.quote === null && otherQuote === null ? null : bookImpact(base.quote ?? emptyQuote(base.model), otherQuote ?? emptyQuote(other));
  const breaches = breachChanges(base.model, base.breaches, other, modelBreaches(other));
  return {
    baseName,
    otherName,
    pricePoints: pricePointChanges(base.model, other),
    settings: settingChanges(base.model, other),
    mix: mix === null || base.mix === null ? null : bookImpact(base.mix, otherMix(base, other, mix, touched)),
    quote,
    breaches,
    cliffs: onlyRule(breaches, 'price-cliff'),
    introducesErrors: breaches.appeared.some((b) => b.severity === 'error'),
  };
}

export function compareModels(base: Model, other: Model, options: CompareOptions = {}): Comparison {
  const mix = options.mix === undefined ? (other.mix ?? base.mix ?? null) : options.mix;
  return compareWith(priceBase(base, mix), other, mix, options.baseName ?? base.name, options.otherName ?? other.name);
}

/**
 * The model against each of its scenarios, on the mix (absent: the model's own) and on the quote. The
 * scenarios themselves are not reported as changed settings: a scenario's model is the base with its changes.
 * The base is priced once; on each scenario only the mix rows it can change are priced again (touchedRows.ts).
 */
export function compareScenarios(model: Model, options: { readonly mix?: Mix | null } = {}): ScenarioComparison {
  const mix = options.mix === undefined ? (model.mix ?? null) : options.mix;
  const plain: Model = { ...model, scenarios: [] };
  const base = priceBase(plain, mix);
  return {
    mix: base.mix,
    quote: base.quote,
    breaches: base.breaches,
    scenarios: scenarioModels(model).map(({ scenario, model: applied }) => ({
      scenario,
      model: applied,
      comparison: compareWith(base, applied, mix, 'Base', scenario.name, rowsTouched(plain, scenario)),
    })),
  };
}
