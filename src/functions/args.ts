/**
 * The kinds of argument a PRICING function takes, as data for the runner. A `spread` argument is
 * read cell by cell: given a range it makes the function return one result per cell (a column of
 * quantities spills a column of prices), each bad cell its own error. Other arguments are read once
 * per call (a ladder, a mode, the decimals). `optional` arguments take their default when omitted
 * or blank; Excel passes an omitted argument as null.
 */
import type { DiscountMode, PriceMode } from '../engine/ladder';
import type { DiscountFunding } from '../engine/model/schema';
import { readChoice, readNumber, readRate } from './coerce';
import { FunctionError } from './errors';
import { asGrid, type Grid } from './grid';
import { discountTable, priceTable, type DiscountTable, type PriceTable } from './ladderTable';
import { functionMessages as m } from './messages';

export interface Arg<T> {
  /** As Excel shows it in the formula autocomplete, and as messages name it. */
  readonly name: string;
  readonly spread: boolean;
  readonly optional: boolean;
  /** A blank cell of this (spread) argument gives a blank result instead of calling the function. */
  readonly blankGivesBlank: boolean;
  /** Reads one cell (spread) or the whole argument; `where` names it in messages. */
  readonly read: (raw: unknown, where: string) => T;
}

const arg = <T>(name: string, read: (raw: unknown, where: string) => T, spread: boolean, blankGivesBlank = false): Arg<T> => ({
  name,
  spread,
  optional: false,
  blankGivesBlank,
  read,
});

/** The same argument, optional: blank or omitted gives `fallback`. */
export function optional<T>(base: Arg<T>, fallback: T): Arg<T> {
  const read = base.read;
  return {
    ...base,
    optional: true,
    blankGivesBlank: false,
    read: (raw, where) => (raw === null || raw === undefined || raw === '' ? fallback : read(raw, where)),
  };
}

/** Per-cell arguments. */
export const each = {
  /** A quantity: a number ≥ 0; a blank cell gives a blank result (spare rows of a quote stay empty). */
  quantity: (name = 'quantity'): Arg<number> => arg(name, readNumber, true, true),
  number: (name: string): Arg<number> => arg(name, readNumber, true),
  /** A price in a column of prices: a blank cell gives a blank result. */
  price: (name = 'price'): Arg<number> => arg(name, readNumber, true, true),
} as const;

const PRICE_MODES: readonly PriceMode[] = ['graduated', 'volume', 'stairstep'];
const DISCOUNT_MODES: readonly DiscountMode[] = ['graduated', 'volume'];
/** Who funds the customer's discount, as PRICING.WATERFALL takes it (text, any case: "Partner" reads as partner). */
export const DISCOUNT_FUNDINGS: readonly DiscountFunding[] = ['vendor', 'partner', 'compound'];
export const MAX_DECIMALS = 6;

function readDecimals(raw: unknown, where: string): number {
  const value = readNumber(raw, where);
  if (!Number.isInteger(value) || value < 0 || value > MAX_DECIMALS) throw new FunctionError('#NUM!', m.decimals(value), 'formula');
  return value;
}

/** Arguments read once per call; a failure here is the error of the whole formula. */
export const whole = {
  number: (name: string): Arg<number> => arg(name, readNumber, false),
  rate: (name: string): Arg<number> => arg(name, readRate, false),
  priceMode: (name = 'mode'): Arg<PriceMode> => optional(arg(name, (raw, where) => readChoice(raw, where, PRICE_MODES), false), 'graduated'),
  discountMode: (name = 'mode'): Arg<DiscountMode> => optional(arg(name, (raw, where) => readChoice(raw, where, DISCOUNT_MODES), false), 'graduated'),
  decimals: (name = 'decimals'): Arg<number> => optional(arg(name, readDecimals, false), 2),
  /** Who funds the customer's discount; blank or omitted: vendor. */
  funding: (name = 'funding'): Arg<DiscountFunding> => optional(arg(name, (raw, where) => readChoice(raw, where, DISCOUNT_FUNDINGS), false), 'vendor'),
  priceLadder: (name = 'ladder'): Arg<PriceTable> => arg(name, (raw) => priceTable(raw), false),
  discountLadder: (name = 'ladder'): Arg<DiscountTable> => arg(name, (raw) => discountTable(raw), false),
  /** A range as a grid; its cells are read by the function, which knows how they pair up. */
  range: (name: string): Arg<Grid> => arg(name, (raw, where) => asGrid(raw, where), false),
} as const;
