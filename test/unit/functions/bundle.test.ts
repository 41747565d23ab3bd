/**
 * PRICING.BUNDLE(listPrices, quantities, [bundleDiscount], [decimals]): the bundle's net price.
 * Example: a suite of one platform licence at 120.00 and two add-ons at 45.00, 15% off the bundle:
 * (120 × 1 + 45 × 2) × 0.85 = 210 × 0.85 = 178.50.
 */
import fc from 'fast-check';
import { BUNDLE } from '../../../src/functions/functions';
import { column, errorValue, formulaError } from './excel';

const PRICES = column(120, 45);
const QUANTITIES = column(1, 2);

describe('PRICING.BUNDLE', () => {
  it.each`
    listPrices                 | quantities              | discount     | decimals     | net       | why
    ${PRICES}                  | ${QUANTITIES}           | ${0.15}      | ${undefined} | ${178.5}  | ${'210 × 0.85'}
    ${PRICES}                  | ${QUANTITIES}           | ${'15%'}     | ${undefined} | ${178.5}  | ${'discount typed as text 15%'}
    ${PRICES}                  | ${QUANTITIES}           | ${undefined} | ${undefined} | ${210}    | ${'no discount'}
    ${PRICES}                  | ${QUANTITIES}           | ${null}      | ${undefined} | ${210}    | ${'omitted discount'}
    ${PRICES}                  | ${[[3]]}                | ${0.1}       | ${undefined} | ${445.5}  | ${'one quantity for all: 495 × 0.9'}
    ${column(120, 45, 30)}     | ${column(1, 2, null)}   | ${0.15}      | ${undefined} | ${178.5}  | ${'a blank quantity leaves the component out'}
    ${column(120, null, 45)}   | ${column(1, 0, 2)}      | ${0.15}      | ${undefined} | ${178.5}  | ${'a blank price with quantity 0 is skipped'}
    ${[[120, 45]]}             | ${[[1, 2]]}             | ${0.15}      | ${undefined} | ${178.5}  | ${'components in a row'}
    ${column(9.99, 4.99)}      | ${column(1, 1)}         | ${1 / 3}     | ${undefined} | ${9.99}   | ${'14.98 × 2/3 = 9.9866… → 9.99'}
    ${column(9.99, 4.99)}      | ${column(1, 1)}         | ${0.125}     | ${3}         | ${13.108} | ${'14.98 × 0.875 = 13.1075 → 13.108'}
    ${column(0.1, 0.2)}        | ${column(1, 1)}         | ${0}         | ${undefined} | ${0.3}    | ${'0.1 + 0.2 is exactly 0.30'}
  `('$net ($why)', ({ listPrices, quantities, discount, decimals, net }) => {
    expect(BUNDLE(listPrices, quantities, discount, decimals)).toBe(net);
  });
});

describe('bad input', () => {
  it.each`
    listPrices              | quantities            | discount  | code         | message
    ${column(120, 'n/a')}   | ${QUANTITIES}         | ${0}      | ${'#VALUE!'} | ${'listPrices row 2: "n/a" is not a number'}
    ${PRICES}               | ${column(1, 'two')}   | ${0}      | ${'#VALUE!'} | ${'quantities row 2: "two" is not a number'}
    ${PRICES}               | ${QUANTITIES}         | ${'lots'} | ${'#VALUE!'} | ${'bundleDiscount: "lots" is not a rate (write 15% or 0.15)'}
    ${PRICES}               | ${QUANTITIES}         | ${15}     | ${'#NUM!'}   | ${'bundle discount must be between 0 and 1 (0% to 100%), got 15'}
    ${column(120, -45)}     | ${QUANTITIES}         | ${0}      | ${'#NUM!'}   | ${'listPrices row 2: list price must not be negative, got -45'}
    ${column(120, 45)}      | ${column(null, -2)}   | ${0}      | ${'#NUM!'}   | ${'listPrices row 2: quantity must not be negative, got -2'}
    ${column(120, null)}    | ${QUANTITIES}         | ${0}      | ${'#VALUE!'} | ${'listPrices row 2 (beside quantity 2) is blank'}
    ${column(120, 45, 30)}  | ${QUANTITIES}         | ${0}      | ${'#VALUE!'} | ${'quantities is 2×1 but listPrices is 3×1: give ranges of the same size, or a single cell'}
    ${column(120, 45)}      | ${column(null, null)} | ${0}      | ${'#NUM!'}   | ${'a bundle needs at least one component'}
    ${column(120, errorValue('#N/A'))} | ${QUANTITIES} | ${0}   | ${'#N/A'}    | ${'listPrices row 2 holds the error #N/A'}
  `('$code $message', ({ listPrices, quantities, discount, code, message }) => {
    expect(formulaError(() => BUNDLE(listPrices, quantities, discount))).toEqual({ code, message });
  });
});

describe('properties', () => {
  it('with no discount the bundle costs the sum of its parts, to the cent', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 20 })), { minLength: 1, maxLength: 10 }), (lines) => {
        const cents = lines.reduce((total, [price, quantity]) => total + price * quantity, 0);
        const prices = lines.map(([price]) => [price / 100]);
        const quantities = lines.map(([, quantity]) => [quantity]);
        expect(BUNDLE(prices, quantities)).toBe(cents / 100);
      }),
    );
  });
});
