import fc from 'fast-check';
import {
  add,
  compare,
  dec,
  divide,
  multiply,
  normalize,
  round,
  subtract,
  sum,
  toFixedString,
  toNumber,
  type RoundingMode,
} from '../../../src/engine/decimal';

describe('reading numbers as the decimals a user typed', () => {
  it.each([
    [0.1, '0.1'],
    [19.99, '19.99'],
    [-0.0001, '-0.0001'],
    [1e-7, '0.0000001'],
    [1.5e21, '1500000000000000000000'],
    [1200, '1200'],
    ['  42.50 ', '42.50'],
  ])('%p reads as %s', (input, expected) => {
    expect(toFixedString(dec(input))).toBe(expected);
  });

  it.each([NaN, Infinity, -Infinity])('rejects the non-finite number %p', (input) => {
    expect(() => dec(input)).toThrow(RangeError);
  });

  it.each(['', '.', 'abc', '1,5', '12%'])('rejects the text %p', (input) => {
    expect(() => dec(input)).toThrow(/not a decimal number/);
  });
});

describe('arithmetic without floating-point artefacts', () => {
  it('0.1 + 0.2 is 0.3, not 0.30000000000000004', () => {
    expect(toNumber(add(dec(0.1), dec(0.2)))).toBe(0.3);
  });
  it('1.10 × 3 is 3.3', () => {
    expect(toNumber(multiply(dec(1.1), dec(3)))).toBe(3.3);
  });
  it('100 − 99.99 is 0.01', () => {
    expect(toNumber(subtract(dec(100), dec(99.99)))).toBe(0.01);
  });
  it('adds a column of prices exactly', () => {
    expect(toNumber(sum([19.99, 0.01, 5.55, 4.45].map((n) => dec(n))))).toBe(30);
  });
});

describe('rounding once, as Excel ROUND does (half away from zero)', () => {
  it.each<[number, number, RoundingMode, number]>([
    [2.675, 2, 'halfAwayFromZero', 2.68],
    [1.005, 2, 'halfAwayFromZero', 1.01],
    [-1.005, 2, 'halfAwayFromZero', -1.01],
    [2.5, 0, 'halfAwayFromZero', 3],
    [2.5, 0, 'halfEven', 2],
    [3.5, 0, 'halfEven', 4],
    [1.231, 2, 'up', 1.24],
    [1.239, 2, 'down', 1.23],
    [-1.231, 2, 'ceiling', -1.23],
    [-1.231, 2, 'floor', -1.24],
    [1234.5678, 0, 'halfAwayFromZero', 1235],
  ])('%p to %p decimals (%s) is %p', (value, scale, mode, expected) => {
    expect(toNumber(round(dec(value), scale, mode))).toBe(expected);
  });

  it('100.00 / 3 to cents is 33.33', () => {
    expect(toNumber(divide(dec(100), dec(3), 2))).toBe(33.33);
  });
  it('a negative divisor flips the sign: 10 / −4 = −2.5', () => {
    expect(toNumber(divide(dec(10), dec(-4), 1))).toBe(-2.5);
  });
  it('refuses to divide by zero', () => {
    expect(() => divide(dec(1), dec(0), 2)).toThrow('division by zero');
  });
});

describe('invariants', () => {
  const cents = fc.integer({ min: -1e12, max: 1e12 }).map((n) => dec(`${n / 100}`));

  it('addition is exact: (a + b) − b = a', () => {
    fc.assert(fc.property(cents, cents, (a, b) => compare(subtract(add(a, b), b), a) === 0));
  });

  it('rounding moves a value by at most half a unit of the last kept place', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), (units, places) => {
        const value = { units: BigInt(units), scale: 6 };
        const rounded = round(value, places);
        const error = subtract(value, rounded);
        const half = { units: 5n, scale: places + 1 };
        return compare({ units: error.units < 0n ? -error.units : error.units, scale: error.scale }, half) <= 0;
      }),
    );
  });

  it('toNumber prints the same digits as the exact decimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 6 }), (units, scale) => {
        const d = normalize({ units: BigInt(units), scale });
        return compare(dec(toNumber(d)), d) === 0;
      }),
    );
  });
});
