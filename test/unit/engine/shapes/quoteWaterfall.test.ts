/**
 * Shaped lines in the quote waterfall: the extended list is the charge, no volume discount and no
 * price ending, every other step as for a per-unit line; a quote's minimum commitment in the totals;
 * the guardrails over shaped entries. Figures are checked by hand in the comments.
 */
import { checkModel, checkQuoteLine, formatMoney, priceQuote, priceQuoteLine, toFixedString } from '../../../../src/engine';
import { exampleModel, type Json } from '../model/example';
import { shapeModel } from './shapeModel';

/** The example model with a tiered product in the Product tier (whose discount ladder must not apply to it). */
const withShapes = (edit?: (json: Json) => void) =>
  exampleModel((j) => {
    j.products.push({ sku: 'BK-API', name: 'Backup API', unit: 'call', shape: 'tiered', unitCost: 0.1 });
    j.priceLadders = [{ id: 'api', name: 'API', mode: 'graduated', bands: [{ upTo: 10, unitPrice: 9 }, { upTo: 50, unitPrice: 8.1 }, { upTo: null, unitPrice: 7.5, flatFee: 10 }] }];
    j.prices.push({ sku: 'BK-API', tier: 'product', term: '3-year', ladder: 'api' });
    edit?.(j);
  });
const apiLine = { item: { sku: 'BK-API' }, quantity: 75, term: '3-year', tier: 'product', channel: 'distribution', level: 'gold', dealRegistration: true, discount: 0.05 };

describe('price shapes: the quote waterfall', () => {
  // E = 10 × 9 + 40 × 8.10 + 25 × 7.50 + 10 = 611.50. On the list basis: term 15% = 91.725, line 5% = 30.575,
  // customer = 611.50 − 91.725 − 30.575 = 489.20; reseller (gold 20% + 5% registered) 25% = 152.875 → 336.325 → 336.33;
  // distributor 8% = 48.92 → 287.405 → 287.41; cost = 0.10 × 36 months × 75 = 270.00.
  it('a shaped line: list = the charge, no volume discount, every other discount a share of it', () => {
    const line = priceQuoteLine(withShapes(), apiLine);
    expect(toFixedString(line.listPrice)).toBe('611.50');
    expect(toFixedString(line.volumeDiscount)).toBe('0.00');
    expect(toFixedString(line.afterTerm)).toBe('519.78');
    expect(toFixedString(line.customerPrice)).toBe('489.20');
    expect(line.resellerBuy && toFixedString(line.resellerBuy)).toBe('336.33');
    expect(line.distributorBuy && toFixedString(line.distributorBuy)).toBe('287.41');
    expect(toFixedString(line.cost)).toBe('270.00');
    expect(toFixedString(line.unitListPrice)).toBe('8.15'); // 611.50 / 75 = 8.1533…
    expect(line.explanation).toBe('10 × 9.00 + 40 × 8.10 + 25 × 7.50 + 10.00 fee = 611.50');
  });

  it('the exact path prices a shaped line alike', () => {
    const model = withShapes();
    expect(priceQuoteLine(model, apiLine, { exact: true })).toEqual(priceQuoteLine(model, apiLine));
  });

  it('price endings apply to per-unit lines, not to shaped lines', () => {
    const model = withShapes((j) => (j.rounding = { ...j.rounding, ending: 0.99 }));
    expect(toFixedString(priceQuoteLine(model, apiLine).customerPrice)).toBe('489.20');
    const seat = priceQuoteLine(model, { item: { sku: 'BK-CLI' }, quantity: 1, term: 'annual', tier: 'product', channel: 'direct' });
    expect(toFixedString(seat.customerPrice)).toBe('89.99');
  });

  it('per-unit and bundle lines explain list price × quantity, with a true-up of 0', () => {
    const model = withShapes();
    const seat = priceQuoteLine(model, { item: { sku: 'BK-CLI' }, quantity: 1250, term: 'annual', tier: 'product', channel: 'direct' });
    expect(seat.explanation).toBe('1,250 × 90.00 = 112,500.00');
    expect(toFixedString(seat.trueUp)).toBe('0.00');
    const bundle = priceQuoteLine(model, { item: { bundle: 'cli-secure' }, quantity: 3, term: 'annual', channel: 'direct' });
    expect(bundle.explanation).toBe(`3 × ${formatMoney(bundle.unitListPrice, 2)} = ${formatMoney(bundle.listPrice, 2)}`);
  });

  it('a shaped line in the guardrails: its margin is on its charge', () => {
    const model = withShapes((j) => (j.guardrails.vendorMarginFloor = 0.5));
    // vendor net 275.91 (287.41 less 2% rebate and 2% MDF, 5.75 each) − cost 270.00: a 2% margin, under the floor.
    expect(checkQuoteLine(model, apiLine, 'quote.lines[9]').map((b) => b.rule)).toContain('vendor-margin-floor');
  });
});

describe('price shapes: the price book scan prices a shaped entry at its reference quantity', () => {
  const model = (unitCost: number) =>
    shapeModel(
      [
        // 100 GB free, 10.00 a GB over them: the first GB it charges for is the 101st.
        { sku: 'GB', shape: 'usage', unit: 'GB', unitCost, entry: { listPrice: 10, includedUnits: 100 } },
        { sku: 'PACK', shape: 'package', unit: 'units', unitCost, entry: { listPrice: 100, packageSize: 10 } },
      ],
      [],
      { guardrails: { vendorMarginFloor: 0.5 } },
    );

  it('free units alone are not a margin breach', () => {
    expect(checkModel(model(0)).filter((b) => b.rule === 'vendor-margin-floor')).toEqual([]);
  });

  it('a charge below the cost of its units is', () => {
    // PACK at 10 units: 100.00 against 10 × 6.00 = 60.00, a 40% margin; GB at 101 GB: 10.00 against 606.00.
    // One breach per route (direct, and each partner channel and level); every route of both entries.
    const paths = checkModel(model(6)).filter((b) => b.rule === 'vendor-margin-floor').map((b) => b.path);
    expect([...new Set(paths)]).toEqual(['prices[0]', 'prices[1]']);
  });
});

describe('price shapes: a quote minimum commitment', () => {
  const model = shapeModel([{ sku: 'SEAT', shape: 'per-unit', entry: { listPrice: 40 } }]);
  const line = { item: { sku: 'SEAT' }, quantity: 20, term: 'month', tier: 'std', channel: 'direct' };

  // Lago, "Negotiated contract billing": a 1,000 USD monthly minimum with 800 USD of usage adds a 200 USD true-up.
  // https://getlago.com/docs/guide/lago-cloud/contract-billing
  it('tops the customer price up to the minimum, billed by the vendor', () => {
    const quote = priceQuote(model, { lines: [line], minimumCommitment: 1000 });
    expect(toFixedString(quote.totals.customerPrice)).toBe('1000.00');
    expect(toFixedString(quote.totals.trueUp)).toBe('200.00');
    expect(toFixedString(quote.totals.vendorInvoice)).toBe('1000.00');
    expect(toFixedString(quote.totals.vendorNet)).toBe('1000.00');
    expect(toFixedString(quote.totals.vendorMargin.amount)).toBe('1000.00');
    expect(toFixedString(quote.totals.listPrice)).toBe('800.00');
  });

  it('adds nothing when the lines reach it', () => {
    const quote = priceQuote(model, { lines: [{ ...line, quantity: 30 }], minimumCommitment: 1000 });
    expect(toFixedString(quote.totals.trueUp)).toBe('0.00');
    expect(toFixedString(quote.totals.customerPrice)).toBe('1200.00');
  });
});
