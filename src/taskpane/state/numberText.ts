/**
 * Numbers as a pricing manager types them, in the separators of their own locale: "1,200" or "12.5"
 * in en-US, "1.234,5" in de-DE, "1 234,5" in fr-FR, "15%" or "15 %" for a rate. A separator that the
 * locale would not put there ("1,5" in en-US, "1.5" in de-DE) is refused with a message rather than
 * guessed. Rates are stored as shares (0.15) and shown as percentages (15), converted exactly through
 * decimals (0.29 shows as 29, never 28.999999999999996).
 */
import { dec, divide, multiply, normalize, toFixedString, toNumber } from '../../engine/decimal';

export type NumberKind = 'number' | 'integer' | 'money' | 'percent';

export type Parsed = { readonly ok: true; readonly value: number | null } | { readonly ok: false; readonly message: string };

/** The separators of a locale, as Intl writes numbers there. */
export interface NumberLocale {
  readonly tag: string;
  readonly decimal: string;
  readonly group: string;
}

export function numberLocale(tag: string): NumberLocale {
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(tag).formatToParts(1234567.5);
  } catch {
    return EN_US;
  }
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  return { tag, decimal, group };
}

export const EN_US: NumberLocale = { tag: 'en-US', decimal: '.', group: ',' };

export const NUMBER_MESSAGES = {
  notNumber: (text: string, example: string) => `"${text}" is not a number; type digits such as ${example}`,
  notPercent: (text: string, example: string) => `"${text}" is not a percentage; type a number such as ${example}`,
  notWhole: (text: string) => `"${text}" is not a whole number`,
  ambiguous: (text: string, locale: NumberLocale) =>
    `"${text}" is ambiguous: in ${locale.tag} "${locale.group}" separates thousands and "${locale.decimal}" decimals; type 1${locale.decimal}5 for one and a half, 1${locale.group}500 for fifteen hundred`,
} as const;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const SPACES = /[\s\u00a0\u202f]/g;
const isSpace = (separator: string): boolean => /^[\s\u00a0\u202f]$/.test(separator);

/** Groups as a locale writes them: 1–3 leading digits, then groups of 2 or 3, the last of 3 (1,234,567; 12,34,567). */
const validGroups = (groups: readonly string[]): boolean =>
  groups.length === 1 || (/^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1, -1).every((g) => /^\d{2,3}$/.test(g)) && /^\d{3}$/.test(groups[groups.length - 1] ?? ''));

/** The typed text as a plain decimal ("1234.5"), or null when its separators do not read one way only. */
function plainDecimal(text: string, locale: NumberLocale): string | null {
  const spaced = isSpace(locale.group);
  const body = spaced ? text.replace(SPACES, ' ') : text;
  const sign = /^[+-]/.test(body) ? body.charAt(0) : '';
  const unsigned = body.slice(sign.length);
  const wholeAndFraction = unsigned.split(locale.decimal);
  if (wholeAndFraction.length > 2) return null;
  const [whole = '', fraction] = wholeAndFraction;
  const other = locale.decimal === '.' ? ',' : '.';
  if (fraction !== undefined && (fraction.includes(locale.group) || fraction.includes(other) || /\s/.test(fraction))) return null;
  const groupSeparator = spaced ? ' ' : locale.group;
  if (locale.group !== other && whole.includes(other)) return null;
  const groups = whole.split(groupSeparator);
  if (!validGroups(groups)) return null;
  return `${sign}${groups.join('')}${fraction === undefined ? '' : `.${fraction}`}`;
}

export function parseNumberText(text: string, kind: NumberKind, locale: NumberLocale = EN_US): Parsed {
  const trimmed = text.trim().replace(/\s*%$/, '').trim();
  if (trimmed === '') return { ok: true, value: null };
  const example = kind === 'percent' ? `12${locale.decimal}5` : `1200 or 12${locale.decimal}5`;
  const refuse = kind === 'percent' ? NUMBER_MESSAGES.notPercent(text, example) : NUMBER_MESSAGES.notNumber(text, example);
  if (!/^[+-]?[\d.,'\s\u00a0\u202f]+$/.test(trimmed) || !/\d/.test(trimmed)) return { ok: false, message: refuse };
  const cleaned = plainDecimal(trimmed, locale);
  if (cleaned === null) return { ok: false, message: NUMBER_MESSAGES.ambiguous(text, locale) };
  if (!NUMBER.test(cleaned)) return { ok: false, message: refuse };
  if (kind === 'integer' && !/^[+-]?\d+$/.test(cleaned)) return { ok: false, message: NUMBER_MESSAGES.notWhole(text) };
  const value = kind === 'percent' ? toNumber(divide(dec(cleaned), dec(100), 12)) : Number(cleaned);
  return { ok: true, value: kind === 'percent' ? toNumber(normalize(dec(value))) : value };
}

/** A stored value as the field shows it for editing: no grouping, the locale's decimal separator. */
export function formatNumberText(value: unknown, kind: NumberKind, locale: NumberLocale = EN_US): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  const plain = kind === 'percent' ? toFixedString(normalize(multiply(dec(value), dec(100)))) : String(value);
  return plain.replace('.', locale.decimal);
}

/** A stored value as read, in the locale's own writing, for beside the field: "= 1.234,5", "= 0,5 %". */
export function readBackText(value: number, kind: NumberKind, locale: NumberLocale = EN_US): string {
  const format = (options: Intl.NumberFormatOptions): string => new Intl.NumberFormat(locale.tag, options).format(value);
  return `= ${kind === 'percent' ? format({ style: 'percent', maximumFractionDigits: 10 }) : format({ maximumFractionDigits: 10 })}`;
}
