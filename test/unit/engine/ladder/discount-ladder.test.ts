/**
 * Discount ladders: a rate per band applied to a list unit price. The net is rounded once; the
 * discount is the rounded gross less the net, so that net + discount is the gross on the quote.
 */
import { dec, normalize, toFixedString } from '../../../../src/engine/decimal';
import {
  compileDiscountLadder,
  discountedTotal,
  effectiveDiscountRate,
  ladderDiscountAmount,
  type DiscountBand,
} from '../../../../src/engine/ladder';

// The first 10 units at list, 10% off units 11 to 50, 15% off every unit above 50.
const VOLUME_OFF: readonly DiscountBand[] = [
  { upTo: 10, discount: 0 },
  { upTo: 50, discount: 0.1 },
  { upTo: null, discount: 0.15 },
];

describe('graduated discount ladder at a list price of 19.99', () => {
  const ladder = compileDiscountLadder(VOLUME_OFF, 'graduated');
  it.each([
    [0, 0, 0, 0, 'nothing bought'],
    [10, 199.9, 0, 0, 'all in the first band: no discount'],
    [11, 217.89, 2, 1 / 110, '1 unit at 10% off: 1.999 off 219.89'],
    [50, 919.54, 79.96, 0.08, '40 units at 10% off: 79.96 off 999.50'],
    [60, 1089.46, 109.94, 5.5 / 60, '40 × 10% + 10 × 15% = 5.5 units off: 109.945 off 1199.40'],
  ])('%p units: net %p, discount %p, effective rate %p (%s)', (quantity, net, discount, rate) => {
    expect(discountedTotal(ladder, 19.99, quantity)).toEqual({ net, discount, effectiveRate: rate });
  });

  it('gives the exact money off for the quote waterfall', () => {
    const off = (list: string, quantity: string): string => toFixedString(normalize(ladderDiscountAmount(ladder, dec(list), dec(quantity))));
    expect(off('19.99', '60')).toBe('109.945');
    expect(off('19.99', '10.5')).toBe('0.9995'); // 0.5 units at 10% off
    expect(off('19.99', '10')).toBe('0');
  });

  it('gives exact figures on request', () => {
    expect(discountedTotal(ladder, 19.99, 60, { unrounded: true })).toEqual({ net: 1089.455, discount: 109.945, effectiveRate: 5.5 / 60 });
  });

  it('reports the effective rate on its own', () => {
    expect(effectiveDiscountRate(ladder, 20)).toBe(0.05);
    expect(effectiveDiscountRate(ladder, 0)).toBe(0);
  });
});

describe('volume discount ladder at a list price of 19.99', () => {
  const ladder = compileDiscountLadder(VOLUME_OFF, 'volume');
  it.each([
    [10, 199.9, 0, 0, 'no discount'],
    [50, 899.55, 99.95, 0.1, '10% off all 50'],
    [51, 866.57, 152.92, 0.15, '15% off all 51: 152.9235 off 1019.49'],
  ])('%p units: net %p, discount %p, effective rate %p (%s)', (quantity, net, discount, rate) => {
    expect(discountedTotal(ladder, 19.99, quantity)).toEqual({ net, discount, effectiveRate: rate });
  });
});

describe('the same answer on every path', () => {
  const ladder = compileDiscountLadder(VOLUME_OFF, 'graduated');
  it.each([
    [19.99, 60.5, 'a fractional quantity'],
    [0.123456789, 60, 'a list price with 9 decimals'],
    [19.99, 1e12, 'a quantity beyond scaled integers'],
  ])('list %p × %p units (%s)', (list, quantity) => {
    const expected = ladderDiscountAmount(ladder, dec(list), dec(quantity));
    const result = discountedTotal(ladder, list, quantity, { unrounded: true });
    expect(result.discount).toBe(Number(toFixedString(expected)));
  });
});
