/**
 * What the Scenarios panel shows, from the engine's `compareScenarios` and `compareModels`: each party's
 * revenue, pocket and margin on the mix and on the quote (base, the other side, the change and the change
 * as a percentage), the price points and settings that changed, and the breaches that appear or
 * disappear. Nothing is recomputed here; the panel only formats the engine's figures.
 */
import { compareModels, compareScenarios, PARTY_NAMES, toNumber, type Breach, type BookImpact, type Comparison, type Decimal, type FigureChange, type Mix, type Model, type PartyName, type PricePointChange, type ScenarioComparison } from '../../engine';
import { formatMoney, formatPercent } from './format';
import { failed, type Figures } from './pricing';

export const PARTY_LABELS: Readonly<Record<PartyName, string>> = { vendor: 'Vendor', distributor: 'Distributor', reseller: 'Reseller', customer: 'Customer' };

const FIGURES = [
  ['revenue', 'revenue'],
  ['pocket', 'pocket'],
  ['margin', 'margin'],
] as const;

/** Money in the model's minor units; none ("—") where a side has no such figure. */
export const moneyText = (d: Decimal | null, minorUnits: number): string => (d === null ? '—' : formatMoney(toNumber(d), '', minorUnits));

/** A change with its sign: "+20.00", "−5.00", "0.00". */
export function signedMoney(d: Decimal | null, minorUnits: number): string {
  if (d === null) return '—';
  const n = toNumber(d);
  const text = formatMoney(Math.abs(n), '', minorUnits);
  return n > 0 ? `+${text}` : n < 0 ? `−${text}` : text;
}

/** A relative change with its sign, to a tenth of a percent: "+2.5%"; "—" when the base is 0. */
export function signedPercent(d: Decimal | null): string {
  if (d === null) return '—';
  const n = toNumber(d);
  const text = formatPercent(Math.abs(n));
  return n > 0 ? `+${text}` : n < 0 ? `−${text}` : text;
}

/** "+20.00 (+2.0%)": the change and the change against base, in one cell. */
export const changeText = (c: FigureChange, minorUnits: number): string => `${signedMoney(c.change, minorUnits)} (${signedPercent(c.changePct)})`;

/** One row per party and figure: "Vendor pocket", base, other, change. Parties with nothing on either side are left out. */
export function impactRows(impact: BookImpact, minorUnits: number): string[][] {
  const rows: string[][] = [];
  for (const party of PARTY_NAMES) {
    const p = impact.parties.find((x) => x.party === party);
    if (!p) continue;
    const all = FIGURES.flatMap(([key]) => [p[key].base, p[key].other]);
    if (all.every((d) => toNumber(d) === 0)) continue;
    for (const [key, word] of FIGURES) rows.push([`${PARTY_LABELS[party]} ${word}`, moneyText(p[key].base, minorUnits), moneyText(p[key].other, minorUnits), changeText(p[key], minorUnits)]);
  }
  return rows;
}

/** A price point's row: what, field, base, other, change. */
export function pricePointRow(p: PricePointChange, minorUnits: number): string[] {
  return [`${p.label} · ${p.field}`, moneyText(p.base, minorUnits), moneyText(p.other, minorUnits), p.change === null ? '—' : `${signedMoney(p.change, minorUnits)} (${signedPercent(p.changePct)})`];
}

const SEVERITY: Readonly<Record<Breach['severity'], string>> = { error: 'error', warning: 'warning' };

/** The breaches a comparison makes appear and disappear, each a line: "New error: …", "Gone warning: …". */
export function breachLines(c: Comparison): string[] {
  return [
    ...c.breaches.appeared.map((b) => `New ${SEVERITY[b.severity]}: ${b.message}`),
    ...c.breaches.disappeared.map((b) => `Resolved ${SEVERITY[b.severity]}: ${b.message}`),
  ];
}

/** "2 errors, 1 warning" of a list of breaches. */
export function breachCount(breaches: readonly Breach[]): string {
  const errors = breaches.filter((b) => b.severity === 'error').length;
  const warnings = breaches.length - errors;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/** Base against every scenario of a valid model, on its mix and its quote, or why it cannot be compared. */
export function scenarioComparison(model: Model): Figures<ScenarioComparison> {
  try {
    return { ok: true, value: compareScenarios(model) };
  } catch (error) {
    return failed(error);
  }
}

/** Two valid models compared on the base's mix (the model being edited keeps its mix either way). */
export function modelComparison(base: Model, other: Model, names: { readonly baseName: string; readonly otherName: string }, mix: Mix | null): Figures<Comparison> {
  try {
    return { ok: true, value: compareModels(base, other, { mix, ...names }) };
  } catch (error) {
    return failed(error);
  }
}

/** Scenarios side by side on one book: the vendor's pocket and margin change, and the breaches each makes appear and disappear. */
export function glanceRows(compared: ScenarioComparison['scenarios'], book: 'mix' | 'quote', minorUnits: number): string[][] {
  return compared.map(({ scenario, comparison }) => {
    const vendor = comparison[book]?.parties.find((p) => p.party === 'vendor');
    const { appeared, disappeared } = comparison.breaches;
    return [scenario.name, vendor ? changeText(vendor.pocket, minorUnits) : '—', vendor ? changeText(vendor.margin, minorUnits) : '—', `+${appeared.length} / −${disappeared.length}`];
  });
}
