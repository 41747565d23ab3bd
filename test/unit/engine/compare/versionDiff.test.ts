/**
 * Two versions of the example price book (examples/backup-vendor.tiercraft.json) compared, as
 * `tiercraft diff` and the History sheet do. The new version:
 *   BK-CLI · Product · Annual   90.00 → 99.00   (+9.00, +10%: 9 / 90)
 *   BK-ENC · Product · Monthly   3.00 → 1.00    (−2.00, −66.67%: 2 / 3 = 0.6666666667 to 10 decimals)
 *   BF-AUTO · Solution · Monthly 49.00 → 45.00  (−4.00, −8.16%: 4 / 49 = 0.0816326531)
 *   Gold's discount 20% → 22%; the maximum customer discount 45% → 50%; the seats ladder becomes a
 *   volume ladder.
 * At 1.00 a month, BK-ENC (cost 0.30 a month) falls below the 60% vendor-margin floor through five
 * partner routes: e.g. Distribution · Platinum, deal registered: 1.00 − 30% − 8% = 0.62 invoiced,
 * − 3% rebate − 3% MDF (0.0186 each, 0.02 rounded) = 0.58 net, (0.58 − 0.30) / 0.58 = 48.28%.
 * The volume ladder gives every unit the band's discount: 11 seats at 10% off (89.10) cost less than
 * 10 at none (90.00): three new price cliffs, one per band boundary.
 */
import { changeSummary, compareModels, toFixedString, type ModelInput } from '../../../../src/engine';
import { example, load } from '../../../support/models';

interface Editable {
  prices: { sku: string; tier: string; term: string; listPrice: number }[];
  levels: { id: string; discount: number }[];
  guardrails: { maxCustomerDiscount: number };
  ladders: { mode: string }[];
  products: unknown[];
}

function newVersion(): ModelInput {
  const m = example() as unknown as Editable;
  const price = (sku: string, tier: string, term: string) => m.prices.find((p) => p.sku === sku && p.tier === tier && p.term === term)!;
  price('BK-CLI', 'product', 'annual').listPrice = 99;
  price('BK-ENC', 'product', 'monthly').listPrice = 1;
  price('BF-AUTO', 'solution', 'monthly').listPrice = 45;
  m.levels.find((l) => l.id === 'gold')!.discount = 0.22;
  m.guardrails.maxCustomerDiscount = 0.5;
  m.ladders[0]!.mode = 'volume';
  return m as unknown as ModelInput;
}

describe('a price-book version diff', () => {
  const base = load(example());
  const c = compareModels(base, load(newVersion()), { baseName: 'v1', otherName: 'v2' });

  it('lists the changed price points in price-book order, in money and percent', () => {
    const shown = c.pricePoints.map((p) => [p.label, p.field, ...[p.base, p.other, p.change, p.changePct].map((d) => (d === null ? null : toFixedString(d)))]);
    expect(shown).toEqual([
      ['BK-CLI · Product · Annual', 'list price', '90.00', '99.00', '9.00', '0.1000000000'],
      ['BK-ENC · Product · Monthly', 'list price', '3.00', '1.00', '-2.00', '-0.6666666667'],
      ['BF-AUTO · Solution · Monthly', 'list price', '49.00', '45.00', '-4.00', '-0.0816326531'],
    ]);
  });

  it('lists the other changed settings by id, rates in percent', () => {
    expect(c.settings).toEqual([
      { path: 'ladders[seats-graduated].mode', label: 'Seats (graduated): mode', base: 'graduated', other: 'volume' },
      { path: 'levels[gold].discount', label: 'Gold: discount', base: '20%', other: '22%' },
      { path: 'guardrails.maxCustomerDiscount', label: 'Guardrails: max customer discount', base: '45%', other: '50%' },
    ]);
  });

  it('reports the breaches that appear, by rule and subject, and the new price cliffs', () => {
    expect(c.breaches.appeared.map((b) => [b.rule, b.severity, b.path])).toEqual([
      ...Array.from({ length: 5 }, () => ['vendor-margin-floor', 'error', 'prices[3]']),
      ['price-cliff', 'warning', 'ladders[0].bands[1]'],
      ['price-cliff', 'warning', 'ladders[0].bands[2]'],
      ['price-cliff', 'warning', 'ladders[0].bands[3]'],
    ]);
    expect(c.breaches.appeared[4]!.message).toContain('via channel "distribution", level "platinum", deal registered: vendor margin 48.28%');
    // Breaches of the old version whose figures moved (Gold's routes) are the same breaches: none disappeared.
    expect(c.breaches.disappeared).toEqual([]);
    expect(c.cliffs.appeared.map((b) => b.path)).toEqual(['ladders[0].bands[1]', 'ladders[0].bands[2]', 'ladders[0].bands[3]']);
    expect(c.introducesErrors).toBe(true);
  });

  it("moves the quote's money from the vendor to the Gold reseller, the customer paying the same", () => {
    expect(c.mix).toBeNull();
    const [vendor, distributor, reseller, customer] = c.quote!.parties;
    expect(toFixedString(customer!.revenue.change)).toBe('0.00');
    expect(toFixedString(distributor!.margin.change)).toBe('0.00');
    expect(toFixedString(vendor!.margin.change)).toBe('-432.02');
    expect(toFixedString(reseller!.margin.change)).toBe('432.02');
  });

  it('sums it up in one line', () => {
    expect(changeSummary(c)).toBe(
      '3 list prices changed (BK-CLI · Product · Annual 90.00 → 99.00, BK-ENC · Product · Monthly 3.00 → 1.00, BF-AUTO · Solution · Monthly 49.00 → 45.00); ' +
        'Seats (graduated): mode graduated → volume; Gold: discount 20% → 22%; Guardrails: max customer discount 45% → 50%; 5 new errors; 3 new warnings',
    );
  });

  it('sees no change in a model whose products and prices are listed in another order', () => {
    const m = example() as unknown as Editable;
    m.products.reverse();
    m.prices.reverse();
    const reordered = compareModels(base, load(m as unknown as ModelInput));
    expect(reordered.settings).toEqual([]);
    expect(reordered.pricePoints).toEqual([]);
    expect(reordered.breaches).toEqual({ appeared: [], disappeared: [] });
    expect(changeSummary(reordered)).toBe('No changes');
  });

  it('names nested settings by id and position, and things added or removed', () => {
    const m = example() as unknown as Editable & { ladders: { bands: { discount: number }[] }[]; quote: { lines: { quantity: number }[] }; levels: unknown[] };
    m.ladders[0]!.bands[2]!.discount = 0.25;
    m.quote.lines[0]!.quantity = 5;
    m.levels.push({ id: 'diamond', name: 'Diamond', discount: 0.3 });
    expect(compareModels(base, load(m as unknown as ModelInput)).settings).toEqual([
      { path: 'ladders[seats-graduated].bands[2].discount', label: 'Seats (graduated): band 3 discount', base: '20%', other: '25%' },
      { path: 'levels[diamond]', label: 'Partner level', base: '(none)', other: 'Diamond' },
      { path: 'quote.lines[0].quantity', label: 'Quote: line 1 quantity', base: '4', other: '5' },
    ]);
  });
});
