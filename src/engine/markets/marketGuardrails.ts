/**
 * The model-wide guardrails (checkModel) on each market's derived model: a market's own prices and
 * converted costs can break the margin floor, or make a price cliff, where the reference does not.
 * What a market repeats of the reference (a term's discount, a ladder's bands) is reported once, for
 * the reference. Paths are prefixed with the market's ("markets[1].prices[3]") and messages name it.
 */
import { checkModel } from '../guardrails/checkModel';
import type { Breach } from '../guardrails/types';
import type { Model } from '../model/schema';
import { marketModel } from './marketModel';
import { marketMessages as m } from './messages';

export function marketGuardrailBreaches(model: Model, reference: readonly Breach[] = checkModel(model)): Breach[] {
  if (model.markets.length === 0) return [];
  const seen = new Set(reference.map((b) => `${b.rule}|${b.path}|${b.message}`));
  return model.markets.flatMap((market, i) =>
    checkModel(marketModel(model, market.id))
      .filter((b) => !seen.has(`${b.rule}|${b.path}|${b.message}`))
      .map((b): Breach => ({ ...b, path: `markets[${i}].${b.path}`, message: m.inMarket(market.id, b.message) })),
  );
}
