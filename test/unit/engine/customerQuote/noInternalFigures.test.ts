import fc from 'fast-check';
import { type Decimal, type Model, type QuoteLineInput, type QuoteLineResult, add, customerQuote, formatMoney, priceQuote, toFixedString } from '../../../../src/engine';
import { exampleModel } from '../model/example';

/** Every string, every number and every decimal of a value, and every key, walked to the leaves. */
function leaves(value: unknown, out = { strings: [] as string[], decimals: [] as string[], keys: [] as string[] }) {
  if (typeof value === 'string') out.strings.push(value);
  else if (typeof value === 'number' || typeof value === 'bigint') out.decimals.push(String(value));
  else if (Array.isArray(value)) value.forEach((v) => leaves(v, out));
  else if (typeof value === 'object' && value !== null) {
    if ('units' in value && 'scale' in value) out.decimals.push(toFixedString(value as Decimal));
    else for (const [k, v] of Object.entries(value)) {
      out.keys.push(k);
      leaves(v, out);
    }
  }
  return out;
}

/** A line's figures the customer must not see: what partners pay and earn, what the vendor keeps and spends. */
function internalFigures(l: QuoteLineResult): Decimal[] {
  const figures = [l.resellerBuy, l.distributorBuy, l.vendorInvoice, l.rebate, l.mdf, l.coop, l.vendorNet, l.cost, l.vendorMargin.amount, l.vendorMargin.rate];
  figures.push(l.resellerMargin?.amount ?? null, l.resellerMargin?.rate ?? null, l.distributorMargin?.amount ?? null, l.distributorMargin?.rate ?? null);
  for (const a of l.allocation) figures.push(a.customerPrice, a.vendorNet);
  // What the customer pays is the vendor's invoice on a direct line: that figure is the customer's own.
  return figures.filter((d): d is Decimal => d !== null && d.units !== 0n && !(d.units === l.customerPrice.units && d.scale === l.customerPrice.scale));
}

const lines: QuoteLineInput[] = [
  { item: { bundle: 'team-starter' }, quantity: 12, term: '3-year', channel: 'distribution', level: 'gold', dealRegistration: true, discount: 0.05 },
  { item: { bundle: 'team-starter' }, quantity: 3, term: 'annual', channel: 'reseller', level: 'silver', discount: 0.12, specialBid: 0.03, components: { 'BK-CLI': 10, 'BK-ENC': 0 } },
  { item: { sku: 'BK-CLI' }, quantity: 75, term: 'annual', tier: 'product', channel: 'distribution', level: 'platinum', funding: 'partner', discount: 0.1 },
  { item: { bundle: 'enterprise-compliance' }, quantity: 1, term: 'annual', channel: 'reseller', level: 'platinum' },
];

describe('customerQuote shows no internal figure', () => {
  const model = exampleModel((json) => {
    json.quote.customer = 'Northwind Logistics';
    json.quote.lines = lines;
  });
  const result = priceQuote(model);
  const view = customerQuote(model, result);
  const found = leaves(view);

  it('names no internal column', () => {
    const internal = /cost|margin|buy|rebate|mdf|co-?op|fund|partner|reseller|distributor|allocat|invoice|net|channel|level|pocket/i;
    expect(found.keys.filter((k) => internal.test(k))).toEqual([]);
    expect(found.strings.filter((t) => internal.test(t))).toEqual([]);
  });

  it('holds no cost, margin, buy price, rebate, MDF, co-op, vendor net or allocated figure of any line, as a number or as text', () => {
    const { minorUnits, mode } = model.rounding;
    const seen = new Set([...found.decimals, ...found.strings]);
    const leaks: string[] = [];
    for (const [i, line] of result.lines.entries()) {
      for (const figure of internalFigures(line)) {
        const forms = [toFixedString(figure), figure.scale === minorUnits ? formatMoney(figure, minorUnits, mode) : toFixedString(figure)];
        for (const form of forms) if (seen.has(form) || found.strings.some((t) => t.includes(form) && form.length > 4)) leaks.push(`line ${i}: ${form}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(internalFigures(result.lines[0]!).length).toBeGreaterThan(10); // the check has figures to look for
  });

  it('would catch a leak: the walk finds a figure hidden deep in the value', () => {
    const leaked = leaves({ ...view, lines: [{ ...view.lines[0], note: `buy at ${toFixedString(result.lines[0]!.resellerBuy!)}` }] });
    expect(leaked.strings.some((t) => t.includes('19691.10'))).toBe(true);
  });
});

describe("customerQuote's totals are priceQuote's customer totals", () => {
  const model: Model = exampleModel();
  // Discounts kept within what the deepest route (Gold through a distributor, 3-year, 100+ bundles) can bear.
  const line: fc.Arbitrary<QuoteLineInput> = fc
    .record({
      pick: fc.integer({ min: 0, max: lines.length - 1 }),
      quantity: fc.integer({ min: 1, max: 400 }),
      discount: fc.integer({ min: 0, max: 10 }).map((p) => p / 100),
      specialBid: fc.integer({ min: 0, max: 3 }).map((p) => p / 100),
    })
    .map(({ pick, quantity, discount, specialBid }) => ({ ...lines[pick]!, quantity, discount, specialBid }));

  it('for any quote: total = Σ customer prices + true-up = priceQuote totals; list less the discounts = subtotal', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.option(fc.integer({ min: 0, max: 400000 }), { nil: undefined }), (quoteLines, minimumCommitment) => {
        const quote = { ...model.quote, customer: 'Contoso', lines: quoteLines, minimumCommitment };
        const result = priceQuote(model, quote);
        const view = customerQuote(model, result, quote);
        const t = view.totals;
        expect(toFixedString(t.total.amount)).toBe(toFixedString(result.totals.customerPrice));
        expect(toFixedString(t.trueUp.amount)).toBe(toFixedString(result.totals.trueUp));
        expect(toFixedString(add(t.subtotal.amount, t.trueUp.amount))).toBe(toFixedString(t.total.amount));
        expect(t.list.amount.units - t.volumeDiscount.amount.units - t.termDiscount.amount.units - t.yourDiscount.amount.units).toBe(t.subtotal.amount.units);
        for (const l of view.lines) expect(l.list.amount.units - l.volumeDiscount.amount.units - l.termDiscount.amount.units - l.yourDiscount.amount.units).toBe(l.customerPrice.amount.units);
      }),
      { seed: 14, numRuns: 150 },
    );
  });
});
