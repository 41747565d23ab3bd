/** Looks shared by the .xlsx writers. */
import type { Fill, Font } from 'exceljs';
import type { CellStyle, HighlightStyle } from '../spec';

export const FONTS: Readonly<Record<CellStyle, Partial<Font>>> = {
  title: { bold: true, size: 16, color: { argb: 'FF1F3864' } },
  heading: { bold: true, size: 12 },
  note: { italic: true, color: { argb: 'FF595959' } },
  label: { bold: true },
  value: {},
};

/** A table's header cells (the streaming writer writes them; exceljs's tables do not style them). */
export const HEADER_FONT: Readonly<Partial<Font>> = { bold: true };

const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', bgColor: { argb }, fgColor: { argb } });

/** Conditional-format fills and fonts. */
export const HIGHLIGHTS: Readonly<Record<HighlightStyle, { fill: Fill; font: Partial<Font> }>> = {
  breach: { fill: solid('FFFFC7CE'), font: { color: { argb: 'FF9C0006' }, bold: true } },
  warning: { fill: solid('FFFFEB9C'), font: { color: { argb: 'FF9C5700' } } },
  pass: { fill: solid('FFC6EFCE'), font: { color: { argb: 'FF006100' } } },
};
