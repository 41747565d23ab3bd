import fc from 'fast-check';
import { priceQuote, priceQuoteLine, plainQuoteLine, atScale, dec, roundMoney, shareOf, type Decimal, type QuoteLineResult } from '../../../../src/engine';
import { exampleModel } from '../model/example';

/**
 * priceQuote against a straightforward reference: every line on the bigint path (`exact`), every total
 * a bigint sum of the lines' columns, the minimum commitment's true-up added as the README says. The
 * whole result must be equal, field by field: the fast paths (doubles for the lines and the sums) may
 * change no figure.
 */
const models = [
  exampleModel(),
  exampleModel((j) => (j.discountBasis = 'compound')),
  exampleModel((j) => (j.rounding = { minorUnits: 2, mode: 'halfEven' })),
  exampleModel((j) => (j.currency = 'BHD', delete j.rounding)),
];
const model = models[0]!;

function referenceTotals(lines: readonly QuoteLineResult[], mu: number, minimumCommitment: number | undefined, mode: 'halfAwayFromZero' | 'halfEven') {
  const sum = (column: (l: QuoteLineResult) => Decimal | null | undefined): bigint => lines.reduce((acc, l) => acc + (column(l)?.units ?? 0n), 0n);
  const money = (units: bigint): Decimal => ({ units, scale: mu });
  const customer = sum((l) => l.customerPrice);
  const minimum = minimumCommitment === undefined ? 0n : atScale(roundMoney(dec(minimumCommitment), mu, mode), mu).units;
  const trueUp = minimum > customer ? minimum - customer : 0n;
  const net = sum((l) => l.vendorNet) + trueUp;
  const cost = sum((l) => l.cost);
  const vendorMargin = money(net - cost);
  return {
    listPrice: money(sum((l) => l.listPrice)),
    trueUp: money(trueUp),
    customerPrice: money(customer + trueUp),
    specialBidDiscount: money(sum((l) => l.specialBidDiscount)),
    vendorInvoice: money(sum((l) => l.vendorInvoice) + trueUp),
    rebate: money(sum((l) => l.rebate)),
    mdf: money(sum((l) => l.mdf)),
    coop: money(sum((l) => l.coop)),
    vendorNet: money(net),
    cost: money(cost),
    resellerMargin: money(sum((l) => l.resellerMargin?.amount)),
    distributorMargin: money(sum((l) => l.distributorMargin?.amount)),
    vendorMargin: { amount: vendorMargin, rate: shareOf(vendorMargin, money(net)) },
  };
}

describe('priceQuote gives exactly the reference figures', () => {
  const items = [
    ...model.prices.map((p) => ({ item: { sku: p.sku }, tier: p.tier, term: p.term })),
    ...['monthly', 'annual', '3-year'].map((term) => ({ item: { bundle: 'team-starter' }, term })),
    ...['annual', '3-year'].map((term) => ({ item: { bundle: 'enterprise-compliance' }, term })),
  ];
  const routes = model.channels.flatMap((c) => (c.kind === 'direct' ? [{ channel: c.id }] : model.levels.map((l) => ({ channel: c.id, level: l.id }))));
  const arbLine = fc.record({
    what: fc.constantFrom(...items),
    route: fc.constantFrom(...routes),
    // up to 10^10 units: the columns' sums pass 2^52 minor units and take the bigint sums
    quantity: fc.oneof(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 400 }).map((q) => q / 4), fc.integer({ min: 1, max: 10 ** 10 })),
    dealRegistration: fc.boolean(),
    discount: fc.integer({ min: 0, max: 20 }).map((p) => p / 100),
    specialBid: fc.constantFrom(0, 0, 0.05, 0.125),
  });

  it('property: random quotes of up to 30 lines, with and without a minimum commitment', () => {
    fc.assert(
      fc.property(
        fc.array(arbLine, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: models.length - 1 }),
        fc.option(fc.integer({ min: 0, max: 10 ** 9 }).map((c) => c / 100), { nil: undefined }),
        (arbLines, m, minimumCommitment) => {
          const target = models[m]!;
          const lines = arbLines.map((l) => ({ ...l.what, ...l.route, quantity: l.quantity, dealRegistration: l.dealRegistration, discount: l.discount, specialBid: l.specialBid }));
          const quote = { customer: 'Property', lines, ...(minimumCommitment === undefined ? {} : { minimumCommitment }) };
          let exactLines: QuoteLineResult[];
          try {
            exactLines = lines.map((l) => priceQuoteLine(target, l, { exact: true }));
          } catch (e) {
            expect(() => priceQuote(target, quote)).toThrow((e as Error).message);
            return;
          }
          const result = priceQuote(target, quote);
          expect(result.lines.map(plainQuoteLine)).toEqual(exactLines.map(plainQuoteLine));
          expect(result.totals).toEqual(referenceTotals(exactLines, target.rounding.minorUnits, minimumCommitment, target.rounding.mode));
        },
      ),
      { numRuns: 300 },
    );
  });
});
