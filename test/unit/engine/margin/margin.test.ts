import fc from 'fast-check';
import { dec, toFixedString, marginRate, markupRate, marginToMarkup, markupToMargin, PricingError, normalize } from '../../../../src/engine';

const t = (d: ReturnType<typeof dec>): string => toFixedString(d);

describe('margin is a share of the price, markup a share of the cost', () => {
  it.each([
    // price, cost, margin, markup, arithmetic
    ['125', '100', '0.2', '0.25', '25 / 125 = 20% margin; 25 / 100 = 25% markup'],
    ['100', '60', '0.4', '0.6666666667', '40 / 100; 40 / 60 = 0.666…7'],
    ['80', '100', '-0.25', '-0.2', 'selling below cost: −20 / 80, −20 / 100'],
    ['49.99', '0', '1', null, 'no cost: all margin (markup undefined)'],
  ])('price %s, cost %s → margin %s, markup %s (%s)', (price, cost, margin, markup, _why) => {
    expect(t(marginRate(dec(price), dec(cost)))).toBe(margin);
    if (markup === null) expect(() => markupRate(dec(price), dec(cost))).toThrow('cost must not be 0: a markup is a share of the cost');
    else expect(t(markupRate(dec(price), dec(cost)))).toBe(markup);
  });

  it('25% markup is a 20% margin and back: 0.25 / 1.25 = 0.2, 0.2 / 0.8 = 0.25', () => {
    expect(t(markupToMargin(dec('0.25')))).toBe('0.2');
    expect(t(marginToMarkup(dec('0.2')))).toBe('0.25');
  });

  it.each([
    ['50% margin ↔ 100% markup', '0.5', '1'],
    ['1/3 margin ↔ 50% markup', '0.3333333333', '0.4999999999'],
  ])('%s', (_name, margin, markup) => {
    expect(t(marginToMarkup(dec(margin)))).toBe(markup);
  });

  it.each([
    ['a price of 0', () => marginRate(dec(0), dec(5)), 'price must not be 0: a margin is a share of the price'],
    ['a 100% margin', () => marginToMarkup(dec(1)), 'a 100% margin has no finite markup'],
    ['a −100% markup', () => markupToMargin(dec(-1)), 'a markup of -100% has no margin'],
  ])('%s is a range error', (_name, call, message) => {
    expect(call).toThrow(new PricingError('range', message));
  });

  it('property: the margin of a price marked up by m is m / (1 + m)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 400 }), (costCents, markupPercent) => {
        const cost = dec(costCents / 100);
        const markup = dec(markupPercent / 100);
        const price = { units: cost.units * (100n + BigInt(markupPercent)), scale: cost.scale + 2 };
        expect(normalize(markupRate(price, cost))).toEqual(normalize(markup));
        expect(marginRate(price, cost)).toEqual(markupToMargin(markup));
      }),
    );
  });
});
