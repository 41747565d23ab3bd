/** Invariants of the price shapes, over random ladders, entries and quantities (fixed seeds). */
import fc from 'fast-check';
import {
  type Decimal, type Price, type PriceLadder, type PriceMode, compare, compilePriceLadder, dec, formatMoney, isZero, multiply, priceQuoteLine,
  roundMoney, shapeCharge, shapedEntry, sign, subtract, toFixedString,
} from '../../../../src/engine';
import { shapeModel } from './shapeModel';

const cents = fc.integer({ min: 0, max: 100_000 }).map((c) => c / 100);
/** 1 to 4 bands with increasing Up to and an unbounded last band. */
const bandsOf = (fees: boolean) =>
  fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { minLength: 0, maxLength: 3 }).chain((bounds) =>
    fc.array(fc.record({ unitPrice: cents, flatFee: fees ? cents : fc.constant(0) }), { minLength: bounds.length + 1, maxLength: bounds.length + 1 }).map((prices) => {
      const upTos = [...bounds.sort((a, b) => a - b), null];
      return prices.map((p, i) => ({ upTo: upTos[i] ?? null, unitPrice: p.unitPrice, ...(p.flatFee > 0 ? { flatFee: p.flatFee } : {}) }));
    }),
  );
const ladderOf = (mode: PriceMode, fees: boolean): fc.Arbitrary<PriceLadder> => bandsOf(fees).map((bands) => compilePriceLadder(bands, mode));
const entryFor = (ladder: PriceLadder) => shapedEntry('tiered', { sku: 'X', tier: 't', term: 'm', listPrice: 0, ladder: 'l' } as Price, new Map([['l', ladder]]));
const quantity = fc.integer({ min: 0, max: 200_000 }).map((n) => n / 100);
const charge = (ladder: PriceLadder, q: number): Decimal => shapeCharge(entryFor(ladder), dec(q)).charge;

describe('price shapes: invariants', () => {
  it('a graduated charge never falls as the quantity grows', () => {
    fc.assert(
      fc.property(ladderOf('graduated', true), quantity, quantity, (ladder, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(compare(charge(ladder, low), charge(ladder, high))).toBeLessThanOrEqual(0);
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('a graduated charge without flat fees is continuous: 0.01 more units cost at most 0.01 × the dearest unit price', () => {
    fc.assert(
      fc.property(ladderOf('graduated', false), fc.integer({ min: 0, max: 200_000 }), (ladder, hundredths) => {
        const step = subtract(charge(ladder, (hundredths + 1) / 100), charge(ladder, hundredths / 100));
        const dearest = ladder.bands.reduce((m, b) => Math.max(m, b.unitPrice), 0);
        expect(sign(step)).toBeGreaterThanOrEqual(0);
        expect(compare(step, multiply(dec(dearest), dec('0.01')))).toBeLessThanOrEqual(0);
      }),
      { seed: 12, numRuns: 300 },
    );
  });

  it('a volume charge may go backward: 21 seats cost less than 20', () => {
    const ladder = compilePriceLadder([{ upTo: 20, unitPrice: 10 }, { upTo: null, unitPrice: 9 }], 'volume');
    expect(toFixedString(charge(ladder, 20))).toBe('200');
    expect(toFixedString(charge(ladder, 21))).toBe('189');
  });

  const anyEntry = fc.record({
    shape: fc.constantFrom('tiered' as const, 'package' as const, 'usage' as const, 'platform' as const),
    ladder: ladderOf('volume', true),
    listPrice: cents,
    packageSize: fc.integer({ min: 1, max: 50 }),
    includedUnits: fc.integer({ min: 0, max: 100 }),
    platformFee: cents,
    minimumCharge: fc.option(cents, { nil: undefined }),
  }).map((r) => {
    const price = {
      sku: 'X', tier: 't', term: 'm', listPrice: r.shape === 'tiered' ? 0 : r.listPrice, ladder: 'l', packageSize: r.packageSize,
      includedUnits: r.includedUnits, platformFee: r.platformFee, minimumCharge: r.minimumCharge,
    } as Price;
    return shapedEntry(r.shape, price, new Map([['l', r.ladder]]));
  });

  it('the charge reaches the minimum, and the true-up is the charge less the raw charge, never negative', () => {
    fc.assert(
      fc.property(anyEntry, quantity, (entry, q) => {
        const c = shapeCharge(entry, dec(q));
        expect(compare(c.charge, entry.minimumCharge)).toBeGreaterThanOrEqual(0);
        expect(compare(c.trueUp, subtract(c.charge, c.raw))).toBe(0);
        expect(sign(c.trueUp)).toBeGreaterThanOrEqual(0);
        if (!isZero(c.trueUp)) expect(compare(c.charge, entry.minimumCharge)).toBe(0);
      }),
      { seed: 13, numRuns: 300 },
    );
  });

  it('a package charge is constant on each block of packageSize units after the included ones', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 10 }), cents, (size, included, block, price) => {
        const entry = shapedEntry('package', { sku: 'X', tier: 't', term: 'm', listPrice: price, packageSize: size, includedUnits: included } as Price, new Map());
        const first = included + (block - 1) * size;
        const expected = shapeCharge(entry, dec(first + size)).charge;
        for (const q of [first + 0.5, first + 1, first + size - 0.5]) expect(compare(shapeCharge(entry, dec(q)).charge, expected)).toBe(0);
        expect(compare(shapeCharge(entry, dec(first + size + 0.5)).charge, expected)).toBeGreaterThanOrEqual(0);
        expect(toFixedString(expected)).toBe(toFixedString({ units: dec(price).units * BigInt(block), scale: dec(price).scale }));
      }),
      { seed: 14, numRuns: 200 },
    );
  });

  it("an explanation's total is the line's List column", () => {
    const model = shapeModel(
      [
        { sku: 'GRAD', shape: 'tiered', entry: { ladder: 'g' } },
        { sku: 'VOL', shape: 'tiered', entry: { ladder: 'v', platformFee: 99.99 } },
        { sku: 'STEP', shape: 'tiered', entry: { ladder: 's', minimumCharge: 150 } },
        { sku: 'PACK', shape: 'package', unit: 'units', entry: { listPrice: 12.5, packageSize: 5, includedUnits: 3 } },
        { sku: 'USE', shape: 'usage', unit: 'GB', entry: { listPrice: 0.015, includedUnits: 100, minimumCharge: 20 } },
        { sku: 'PLAT', shape: 'platform', entry: { listPrice: 3.333, platformFee: 250, minimumCharge: 1000 } },
        { sku: 'SEAT', shape: 'per-unit', entry: { listPrice: 49.99 } },
      ],
      [
        { id: 'g', name: 'g', mode: 'graduated', bands: [{ upTo: 10, unitPrice: 9, flatFee: 5 }, { upTo: 100, unitPrice: 8.125, flatFee: 0 }, { upTo: null, unitPrice: 7.5, flatFee: 0 }] },
        { id: 'v', name: 'v', mode: 'volume', bands: [{ upTo: 20, unitPrice: 10, flatFee: 0 }, { upTo: null, unitPrice: 9.5, flatFee: 25 }] },
        { id: 's', name: 's', mode: 'stairstep', bands: [{ upTo: 10, unitPrice: 99, flatFee: 0 }, { upTo: 50, unitPrice: 0, flatFee: 399 }, { upTo: null, unitPrice: 999, flatFee: 0 }] },
      ],
    );
    fc.assert(
      fc.property(fc.constantFrom('GRAD', 'VOL', 'STEP', 'PACK', 'USE', 'PLAT', 'SEAT'), fc.integer({ min: 1, max: 500_000 }).map((n) => n / 100), (sku, q) => {
        const line = priceQuoteLine(model, { item: { sku }, quantity: q, term: 'month', tier: 'std', channel: 'direct' });
        const list = formatMoney(line.listPrice, 2);
        const toppedUp = /; topped up to the minimum ([\d,.]+) \(true-up ([\d,.]+)\)$/.exec(line.explanation);
        if (toppedUp) {
          expect(toppedUp[1]).toBe(list);
          expect(toppedUp[2]).toBe(formatMoney(line.trueUp, 2));
        } else {
          expect(line.explanation.endsWith(list)).toBe(true);
          expect(line.explanation.endsWith(`= ${list}`) || line.explanation.endsWith(`: ${list}`)).toBe(true);
          expect(isZero(line.trueUp)).toBe(true);
        }
        expect(compare(line.listPrice, roundMoney(line.listPrice, 2))).toBe(0);
      }),
      { seed: 15, numRuns: 500 },
    );
  });
});
