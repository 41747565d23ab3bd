/**
 * Numbers as a pricing manager types them: "1,200", "12.5", "15%" for a rate. Rates are stored as
 * shares (0.15) and shown as percentages (15), converted exactly through decimals (0.29 shows as 29,
 * never 28.999999999999996).
 */
import { dec, divide, multiply, normalize, toFixedString, toNumber } from '../../engine/decimal';

export type NumberKind = 'number' | 'integer' | 'money' | 'percent';

export type Parsed = { readonly ok: true; readonly value: number | null } | { readonly ok: false; readonly message: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export function parseNumberText(text: string, kind: NumberKind): Parsed {
  const cleaned = text.trim().replace(/,/g, '').replace(/%$/, '').trim();
  if (cleaned === '') return { ok: true, value: null };
  if (!NUMBER.test(cleaned)) {
    return { ok: false, message: kind === 'percent' ? `"${text}" is not a percentage; type a number such as 12.5` : `"${text}" is not a number; type digits such as 1200 or 12.5` };
  }
  if (kind === 'integer' && !/^[+-]?\d+$/.test(cleaned)) return { ok: false, message: `"${text}" is not a whole number` };
  const value = kind === 'percent' ? toNumber(divide(dec(cleaned), dec(100), 12)) : Number(cleaned);
  return { ok: true, value: kind === 'percent' ? toNumber(normalize(dec(value))) : value };
}

export function formatNumberText(value: unknown, kind: NumberKind): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  if (kind === 'percent') return toFixedString(normalize(multiply(dec(value), dec(100))));
  return String(value);
}
