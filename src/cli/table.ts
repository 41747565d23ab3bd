/**
 * Rows of text as an aligned table: the first `textColumns` columns left-aligned, figures right-aligned,
 * and any columns from `textFrom` on left-aligned again.
 */
import { type Decimal, atScale, dec, multiply, round, toFixedString } from '../engine/decimal';

export function textTable(headers: readonly string[], rows: readonly (readonly string[])[], textColumns: number, textFrom = headers.length): string[] {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]): string =>
    r.map((c, i) => (i < textColumns || i >= textFrom ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(headers), ...rows.map(line)];
}

/** A share as a percentage to one decimal, rounded half away from zero: 0.6 → "60.0%", 0.6615 → "66.2%". */
export function percent(share: Decimal): string {
  const rounded = round(multiply(share, dec(100)), 1);
  return `${toFixedString(rounded.scale < 1 ? atScale(rounded, 1) : rounded)}%`;
}
