/**
 * A comparison (the engine's compareModels) as lines of text for `tiercraft diff`: the price points and
 * settings that changed, each party's revenue, pocket and margin on the mix and on the quote (base, new,
 * change, change %), the breaches that appear and disappear, and the new price cliffs. Pure: the
 * commands print what it returns. Money is the engine's, printed at the model's minor unit.
 */
import { type Breach, type BookFigures, type BookImpact, type Comparison, type Decimal, type FigureChange, type PartyImpact, formatMoney, sign } from '../engine';
import { percent, textTable } from './table';

/** How figures are written: the model's minor units. */
export interface MoneyText {
  readonly minorUnits: number;
}

const FIGURES = ['revenue', 'pocket', 'margin'] as const;

/** A change with its sign: "+5.00", "-12.50", "0.00". */
export function signedMoney(d: Decimal, fmt: MoneyText): string {
  const text = formatMoney(d, fmt.minorUnits);
  return sign(d) > 0 ? `+${text}` : text;
}

/** A change as a percentage with its sign, "–" when the base is zero (no percentage of nothing). */
export function signedPercent(share: Decimal | null): string {
  if (share === null) return '–';
  const text = percent(share);
  return sign(share) > 0 ? `+${text}` : text;
}

const moneyOrNone = (d: Decimal | null, fmt: MoneyText): string => (d === null ? '(none)' : formatMoney(d, fmt.minorUnits));

function pricePointLines(c: Comparison, fmt: MoneyText): string[] {
  if (c.pricePoints.length === 0) return ['Price points: none changed'];
  const rows = c.pricePoints.map((p) => [
    p.label,
    p.field,
    moneyOrNone(p.base, fmt),
    moneyOrNone(p.other, fmt),
    p.change === null ? '' : signedMoney(p.change, fmt),
    p.change === null ? '' : signedPercent(p.changePct),
  ]);
  return [`Price points (${c.pricePoints.length} changed):`, ...indent(textTable(['Price point', 'Field', 'Base', 'New', 'Change', 'Change %'], rows, 2))];
}

function settingLines(c: Comparison): string[] {
  if (c.settings.length === 0) return ['Settings: none changed'];
  const rows = c.settings.map((s) => [s.label, s.base, s.other, s.path]);
  return [`Settings (${c.settings.length} changed):`, ...indent(textTable(['Setting', 'Base', 'New', 'Path'], rows, 4))];
}

/** Each party's figures: one row per party and figure, base, new, change and change %. */
export function impactRows(parties: readonly PartyImpact[], fmt: MoneyText): string[][] {
  return parties.flatMap((p) =>
    FIGURES.map((figure, i) => {
      const f: FigureChange = p[figure];
      return [i === 0 ? p.party : '', figure, formatMoney(f.base, fmt.minorUnits), formatMoney(f.other, fmt.minorUnits), signedMoney(f.change, fmt), signedPercent(f.changePct)];
    }),
  );
}

const rowsText = (book: BookFigures): string => `${book.lines} ${book.lines === 1 ? 'row' : 'rows'}`;

/** A book's heading, each party's impact, and the rows that could not be priced on either side. */
export function bookLines(title: string, impact: BookImpact, fmt: MoneyText): string[] {
  const heading = `${title} (${rowsText(impact.base)} priced on the base, ${rowsText(impact.other)} on the new): each party's impact`;
  const errors = [...impact.base.errors.map((e) => `base: ${e}`), ...impact.other.errors.map((e) => `new: ${e}`)];
  return [
    heading,
    ...indent(textTable(['Party', 'Figure', 'Base', 'New', 'Change', 'Change %'], impactRows(impact.parties, fmt), 2)),
    ...errors.map((e) => `  not priced, ${e}`),
  ];
}

/** A breach's message without the path the engine starts some with (the line gives it already). */
export const breachMessage = (b: Breach): string => (b.message.startsWith(`${b.path}: `) ? b.message.slice(b.path.length + 2) : b.message);

/** "error [vendor-margin-floor] prices[17]: …". */
export const breachLine = (b: Breach): string => `${b.severity} [${b.rule}] ${b.path}: ${breachMessage(b)}`;

function breachLines(title: string, list: readonly Breach[]): string[] {
  return list.length === 0 ? [`${title}: none`] : [`${title} (${list.length}):`, ...list.map((b) => `  ${breachLine(b)}`)];
}

const indent = (lines: readonly string[]): string[] => lines.map((l) => `  ${l}`);

/** The whole comparison, section by section, separated by blank lines. */
export function comparisonLines(c: Comparison, fmt: MoneyText, mixTitle: string): string[] {
  const sections: string[][] = [
    [`${c.baseName} → ${c.otherName}`],
    pricePointLines(c, fmt),
    settingLines(c),
    c.mix === null ? ['Mix: none (give one with --mix, or add "mix" to the new model)'] : bookLines(mixTitle, c.mix, fmt),
    c.quote === null ? ['Quote: no lines on either side'] : bookLines('Quote', c.quote, fmt),
    breachLines('Breaches that appear', c.breaches.appeared),
    breachLines('Breaches that disappear', c.breaches.disappeared),
    breachLines('New price cliffs', c.cliffs.appeared),
  ];
  return sections.flatMap((s, i) => (i === 0 ? s : ['', ...s]));
}
