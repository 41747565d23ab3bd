/**
 * The rate-weighted quantity W(q) of a discount ladder, found by bisection over the bands with the
 * graduated weight below each band summed once: it equals the walk a pricing manager does by hand,
 * band by band, and it stays fast on a ladder of a whole column.
 */
import fc from 'fast-check';
import { add, compare, dec, min, multiply, subtract, toNumber, ZERO, type Decimal } from '../../../../src/engine/decimal';
import { compileDiscountLadder, rateWeightedQuantity, type DiscountBand, type DiscountMode } from '../../../../src/engine/ladder';

/** Band by band: each band's discount on the units inside it (graduated), or the reached band's on all. */
function byHand(bands: readonly DiscountBand[], mode: DiscountMode, quantity: Decimal): Decimal {
  let lower: Decimal = ZERO;
  let weighted: Decimal = ZERO;
  for (const band of bands) {
    const upTo = band.upTo === null ? null : dec(band.upTo);
    const reached = upTo === null || compare(quantity, upTo) <= 0;
    if (mode === 'volume' && reached) return multiply(quantity, dec(band.discount));
    if (mode === 'graduated') {
      weighted = add(weighted, multiply(subtract(upTo === null ? quantity : min(quantity, upTo), lower), dec(band.discount)));
      if (reached) return weighted;
    }
    lower = upTo ?? lower;
  }
  return weighted;
}

describe('W(q) of a discount ladder', () => {
  const ladder: DiscountBand[] = [
    { upTo: 10, discount: 0 },
    { upTo: 50, discount: 0.1 },
    { upTo: 250, discount: 0.2 },
    { upTo: null, discount: 0.3 },
  ];

  it.each`
    quantity | graduated | volume  | why
    ${0}     | ${0}      | ${0}    | ${'nothing bought'}
    ${10}    | ${0}      | ${0}    | ${'the first 10 units carry no discount'}
    ${11}    | ${0.1}    | ${1.1}  | ${'graduated: 1 unit at 10%; volume: 11 units at 10%'}
    ${50}    | ${4}      | ${5}    | ${'40 units at 10%; volume 50 × 10%'}
    ${300}   | ${59}     | ${90}   | ${'40 × 10% + 200 × 20% + 50 × 30% = 59; volume 300 × 30%'}
  `('q = $quantity: graduated $graduated, volume $volume ($why)', ({ quantity, graduated, volume }) => {
    expect(toNumber(rateWeightedQuantity(compileDiscountLadder(ladder, 'graduated'), dec(quantity)))).toBe(graduated);
    expect(toNumber(rateWeightedQuantity(compileDiscountLadder(ladder, 'volume'), dec(quantity)))).toBe(volume);
  });

  it('equals the band-by-band walk on random ladders and quantities', () => {
    const bands = fc
      .array(fc.tuple(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 100 })), { minLength: 1, maxLength: 30 })
      .chain((widths) => fc.tuple(fc.constant(widths), fc.boolean()))
      .map(([widths, open]) => {
        let upTo = 0;
        return widths.map(([width, percent], i): DiscountBand => ({ upTo: open && i === widths.length - 1 ? null : (upTo += width), discount: percent / 100 }));
      });
    fc.assert(
      fc.property(bands, fc.constantFrom<DiscountMode>('graduated', 'volume'), fc.double({ min: 0, max: 1, noNaN: true }), (ladder, mode, share) => {
        const last = ladder[ladder.length - 1]!.upTo ?? 20_000;
        const quantity = dec(Math.floor(share * last * 100) / 100);
        expect(toNumber(rateWeightedQuantity(compileDiscountLadder(ladder, mode), quantity))).toBe(toNumber(byHand(ladder, mode, quantity)));
        expect(compare(rateWeightedQuantity(compileDiscountLadder(ladder, mode), quantity), byHand(ladder, mode, quantity))).toBe(0);
      }),
    );
  });

  it('on a ladder of 40,000 bands, W at every band boundary adds up as by hand', () => {
    const bands = Array.from({ length: 40_000 }, (_, i): DiscountBand => ({ upTo: i === 39_999 ? null : (i + 1) * 10, discount: (i % 5) / 10 }));
    const compiled = compileDiscountLadder(bands, 'graduated');
    // Each run of 5 bands (50 units) weighs 10 × (0 + 0.1 + 0.2 + 0.3 + 0.4) = 10 units.
    for (let k = 1; k <= 7_999; k++) expect(toNumber(rateWeightedQuantity(compiled, dec(k * 50)))).toBe(k * 10);
  });
});
