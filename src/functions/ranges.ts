/**
 * Ranges of numbers that pair up cell by cell: the components of a bundle (list prices beside
 * quantities) and the weights of an allocation. Engine messages count components and weights from
 * 1; here they are renamed after the cell the user sees ("component 2" → "listPrices row 2").
 */
import { dec, type Decimal } from '../engine/decimal';
import { isPricingError, PricingError } from '../engine/errors';
import { isBlank, readNumber } from './coerce';
import { FunctionError } from './errors';
import { cellsOf, type Grid } from './grid';
import { cellName, functionMessages as m } from './messages';

const nameOf = (grid: Grid, name: string) => (index: number): string => {
  const columns = grid[0]!.length;
  return cellName(name, Math.floor(index / columns), index % columns, grid.length, columns);
};

/** Runs `compute`, renaming "<word> N" in an engine message with `rename(N - 1)`. */
function renamed<T>(word: string, rename: (index: number) => string, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (!isPricingError(error)) throw error;
    const message = error.message.replace(new RegExp(`\\b${word} (\\d+)`, 'g'), (_, n: string) => rename(Number(n) - 1));
    throw new PricingError(error.kind, message, error.field);
  }
}

export interface Component {
  readonly listPrice: Decimal;
  readonly quantity: Decimal;
}

/**
 * Pairs list prices with quantities (a single quantity applies to every price). A row with a blank
 * quantity is not in the bundle; a blank price beside a quantity is an error.
 */
export function bundleComponents<T>(listPrices: Grid, quantities: Grid, price: (components: readonly Component[]) => T): T {
  const prices = cellsOf(listPrices);
  const counts = cellsOf(quantities);
  const single = counts.length === 1;
  if (!single && counts.length !== prices.length) {
    throw new FunctionError('#VALUE!', m.shapeMismatch('quantities', quantities.length, quantities[0]!.length, 'listPrices', listPrices.length, listPrices[0]!.length), 'formula');
  }
  const priceName = nameOf(listPrices, 'listPrices');
  const quantityName = single ? () => 'quantities' : nameOf(quantities, 'quantities');
  const components: Component[] = [];
  const rows: number[] = [];
  prices.forEach((rawPrice, i) => {
    const rawQuantity = single ? counts[0] : counts[i];
    if (isBlank(rawQuantity)) return;
    const quantity = readNumber(rawQuantity, quantityName(i));
    if (isBlank(rawPrice)) {
      if (quantity === 0) return;
      throw new FunctionError('#VALUE!', m.blank(`${priceName(i)} (beside quantity ${quantity})`), 'formula');
    }
    components.push({ listPrice: dec(readNumber(rawPrice, priceName(i))), quantity: dec(quantity) });
    rows.push(i);
  });
  return renamed('component', (k) => priceName(rows[k] ?? k), () => price(components));
}

/** Weights read from a range (blank = 0); the result has the shape of the range. */
export function weightsOf(weights: Grid, split: (weights: readonly Decimal[]) => readonly number[]): number[][] {
  const name = nameOf(weights, 'weights');
  const values = cellsOf(weights).map((raw, i) => (isBlank(raw) ? dec(0) : dec(readNumber(raw, name(i)))));
  const parts = renamed('weight', name, () => split(values));
  const columns = weights[0]!.length;
  return weights.map((_, r) => parts.slice(r * columns, (r + 1) * columns));
}
