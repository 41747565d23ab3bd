/** Messages of the rounding, margin and allocation functions, in one place so tests can pin them. */
import { type Decimal, toFixedString } from '../decimal';

const show = (d: Decimal): string => toFixedString(d);

export const roundingMessages = {
  endingOutOfRange: (ending: Decimal) => `ending must be at least 0 and less than 1 (e.g. 0.99), got ${show(ending)}`,
  stepNotPositive: (step: Decimal) => `step must be greater than 0, got ${show(step)}`,
  minorUnitsOutOfRange: (minorUnits: number) => `minor units must be a whole number from 0 to 6, got ${minorUnits}`,
  priceZero: () => 'price must not be 0: a margin is a share of the price',
  costZero: () => 'cost must not be 0: a markup is a share of the cost',
  marginOfOne: () => 'a 100% margin has no finite markup',
  markupOfMinusOne: () => 'a markup of -100% has no margin',
  weightsEmpty: () => 'weights must hold at least one value',
  weightNegative: (index: number, weight: Decimal) => `weight ${index + 1} must not be negative, got ${show(weight)}`,
  weightsAllZero: () => 'weights must not all be 0',
};
