/**
 * Reading one Excel cell value as the functions need it. Excel passes numbers as numbers, text as
 * strings, booleans as booleans, blank cells as null (or "" within some ranges) and omitted optional
 * arguments as null (undefined when called from code). Text where a number belongs is #VALUE!, even
 * when it looks numeric ("5"): Excel itself does not add "5" to a range sum. A rate may be typed as
 * the text "15%" as well as 0.15 (a %-formatted cell arrives as 0.15).
 */
import { dec, toNumber } from '../engine/decimal';
import { errorCodeOf, FunctionError } from './errors';
import { functionMessages as m } from './messages';

export const isBlank = (value: unknown): value is null | undefined | '' => value === null || value === undefined || value === '';

/** Throws the input's own error code when the cell holds an error value. */
export function passErrors(value: unknown, where: string): void {
  const code = errorCodeOf(value);
  if (code !== undefined) throw new FunctionError(code, m.errorInput(where, code), 'cell', where);
}

/** A finite number; #VALUE! for text, booleans or blanks, #NUM! for ±Infinity or NaN. */
export function readNumber(value: unknown, where: string): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    throw new FunctionError('#NUM!', m.notFinite(where, value), 'cell', where);
  }
  passErrors(value, where);
  if (isBlank(value)) throw new FunctionError('#VALUE!', m.blank(where), 'cell', where);
  throw new FunctionError('#VALUE!', m.notANumber(where, value), 'cell', where);
}

const PERCENT = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*%\s*$/i;

/** "15%" → 0.15, exactly as typed; undefined for other text. */
export function percentText(value: string): number | undefined {
  const match = PERCENT.exec(value);
  if (!match) return undefined;
  const d = dec(match[1]!);
  return toNumber({ units: d.units, scale: d.scale + 2 });
}

/** A rate as a number (0.15) or percent text ("15%"); the range is checked by the caller or engine. */
export function readRate(value: unknown, where: string): number {
  if (typeof value === 'string') {
    const rate = percentText(value);
    if (rate !== undefined) return rate;
    throw new FunctionError('#VALUE!', m.notARate(where, value), 'cell', where);
  }
  return readNumber(value, where);
}

/** Text (case-insensitive) among `choices`; #VALUE! otherwise. */
export function readChoice<T extends string>(value: unknown, where: string, choices: readonly T[]): T {
  passErrors(value, where);
  if (typeof value === 'string') {
    const wanted = value.trim().toLowerCase();
    const found = choices.find((choice) => choice === wanted);
    if (found !== undefined) return found;
  }
  throw new FunctionError('#VALUE!', m.notOneOf(where, value, choices), 'cell', where);
}
