/**
 * The model-wide guardrails (checkModel) on each market's derived model: a market's own prices and
 * converted costs can break the margin floor, or make a price cliff, where the reference does not.
 * What a market repeats of the reference (a term's or a ladder band's discount: shares, not prices; a
 * price cliff at a band where the reference has one too) is reported once, for the reference. Paths are prefixed with the market's
 * ("markets[1].prices[3]") and messages name it.
 */
import { checkModel } from '../guardrails/checkModel';
import { priceCliffs } from '../guardrails/priceCliff';
import type { Breach } from '../guardrails/types';
import type { Model } from '../model/schema';
import { marketModel } from './marketModel';
import { marketMessages as m } from './messages';

/** Rules over shares alone: a market breaks them exactly where the reference does. */
const SHARED_RULES: ReadonlySet<Breach['rule']> = new Set(['max-customer-discount', 'rising-unit-price']);

export function marketGuardrailBreaches(model: Model): Breach[] {
  if (model.markets.length === 0) return [];
  const cliffs = new Set(priceCliffs(model).map((b) => b.path));
  return model.markets.flatMap((market, i) =>
    checkModel(marketModel(model, market.id))
      .filter((b) => !SHARED_RULES.has(b.rule) && !(b.rule === 'price-cliff' && cliffs.has(b.path)))
      .map((b): Breach => ({ ...b, path: `markets[${i}].${b.path}`, message: m.inMarket(market.id, b.message) })),
  );
}
