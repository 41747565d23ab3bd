/**
 * price-cliff: at a band boundary of a ladder, one more whole unit costs less in total than the
 * boundary quantity, so a customer buys more to pay less (typical of volume ladders, where the next
 * band's discount applies to every unit: 10,000 units at 16% off cost 168,000.00 at a list of 20, and
 * 10,001 at 28% off cost 144,014.40). Graduated ladders, which discount only the units inside a band,
 * never have one. The totals are shown at the list price of the first price-book entry that uses the
 * ladder (or 1 when none does), rounded like the model's money; the cliff itself does not depend on it.
 */
import { type Decimal, ONE, atScale, compare, dec, multiply, round, subtract, toFixedString } from '../decimal';
import { rateWeightedQuantity } from '../ladder';
import { indexModel } from '../model/modelIndex';
import type { DiscountLadder, Model } from '../model/schema';
import { guardrailMessages as m } from './messages';
import type { Breach } from './types';

/** The first price-book entry whose lines this ladder discounts, as a list price and a description. */
function samplePrice(model: Model, ladder: DiscountLadder): { list: Decimal; what: string } {
  for (const p of model.prices) {
    const own = model.products.find((x) => x.sku === p.sku)?.ladder;
    const ladderId = own ?? model.tiers.find((t) => t.id === p.tier)?.ladder;
    if (ladderId === ladder.id) return { list: dec(p.listPrice), what: `"${p.sku}" in tier "${p.tier}" for term "${p.term}"` };
  }
  return { list: ONE, what: '' };
}

export function priceCliffs(model: Model): Breach[] {
  const breaches: Breach[] = [];
  const index = indexModel(model);
  model.ladders.forEach((ladder, i) => {
    const compiled = index.ladders.get(ladder.id);
    if (compiled === undefined) return;
    const last = ladder.bands[ladder.bands.length - 1]?.upTo ?? null;
    // Units after the ladder's discount: q − W(q); the total is list × that.
    const netUnits = (q: Decimal): Decimal => subtract(q, rateWeightedQuantity(compiled, q));
    let sample: { list: Decimal; what: string } | null = null;
    ladder.bands.forEach((band, j) => {
      if (band.upTo === null || j === ladder.bands.length - 1) return;
      const atBoundary = dec(band.upTo);
      const above = Math.floor(band.upTo) + 1;
      if (last !== null && above > last) return;
      const aboveExact = dec(above);
      if (compare(netUnits(aboveExact), netUnits(atBoundary)) >= 0) return;
      sample ??= samplePrice(model, ladder);
      const { minorUnits, mode } = model.rounding;
      const money = (d: Decimal): string => toFixedString(atScale(round(d, minorUnits, mode), minorUnits));
      const list = sample.list;
      const total = (q: Decimal): string => money(multiply(list, netUnits(q)));
      const bandAbove = ladder.bands.findIndex((b) => b.upTo === null || above <= b.upTo) + 1;
      breaches.push({
        rule: 'price-cliff',
        path: `ladders[${i}].bands[${bandAbove - 1}]`,
        severity: 'warning',
        message: m.priceCliff(ladder.id, above, bandAbove, total(aboveExact), band.upTo, j + 1, total(atBoundary), money(list), sample.what),
      });
    });
  });
  return breaches;
}
