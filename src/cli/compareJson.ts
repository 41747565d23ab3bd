/**
 * Comparisons as JSON for scripts (`tiercraft diff --json`, `tiercraft compare --json`): every amount a
 * decimal string as the engine holds it (money at the minor unit; a change % is a share to 10 decimals,
 * "0.05" = +5%), null where the engine has none. The keys are stable: scripts may rely on them.
 */
import { breachMessage } from './compareText';
import { type Breach, type BookFigures, type BookImpact, type Comparison, type Decimal, type FigureChange, type PartyFigures, PARTY_NAMES, type ScenarioComparison, toFixedString } from '../engine';

const text = (d: Decimal): string => toFixedString(d);
const textOrNull = (d: Decimal | null): string | null => (d === null ? null : toFixedString(d));

const figuresJson = (f: PartyFigures) => ({ revenue: text(f.revenue), pocket: text(f.pocket), margin: text(f.margin) });

export function bookJson(book: BookFigures) {
  return {
    lines: book.lines,
    extendedList: text(book.extendedList),
    parties: Object.fromEntries(PARTY_NAMES.map((p) => [p, figuresJson(book.parties[p])])),
    errors: book.errors,
  };
}

const changeJson = (f: FigureChange) => ({ base: text(f.base), other: text(f.other), change: text(f.change), changePct: textOrNull(f.changePct) });

function impactJson(impact: BookImpact | null) {
  if (impact === null) return null;
  return {
    base: bookJson(impact.base),
    other: bookJson(impact.other),
    parties: impact.parties.map((p) => ({ party: p.party, revenue: changeJson(p.revenue), pocket: changeJson(p.pocket), margin: changeJson(p.margin) })),
  };
}

export const breachJson = (b: Breach) => ({ rule: b.rule, severity: b.severity, path: b.path, message: breachMessage(b) });

/** One comparison: base and other named, then every change and its impact. */
export function comparisonJson(c: Comparison) {
  return {
    base: c.baseName,
    other: c.otherName,
    pricePoints: c.pricePoints.map((p) => ({
      item: p.item,
      label: p.label,
      tier: p.tier,
      term: p.term,
      field: p.field,
      base: textOrNull(p.base),
      other: textOrNull(p.other),
      change: textOrNull(p.change),
      changePct: textOrNull(p.changePct),
    })),
    settings: c.settings.map((s) => ({ path: s.path, label: s.label, base: s.base, other: s.other })),
    mix: impactJson(c.mix),
    quote: impactJson(c.quote),
    breaches: { appeared: c.breaches.appeared.map(breachJson), disappeared: c.breaches.disappeared.map(breachJson) },
    cliffs: { appeared: c.cliffs.appeared.map(breachJson), disappeared: c.cliffs.disappeared.map(breachJson) },
    introducesErrors: c.introducesErrors,
  };
}

/** The document of `tiercraft diff --json`. */
export function diffDocument(c: Comparison, files: { base: string; other: string }, currency: string) {
  return { files, currency, ...comparisonJson(c) };
}

/** The document of `tiercraft compare --json`: the base's figures, then each scenario compared with it. */
export function scenariosDocument(result: ScenarioComparison, file: string, currency: string) {
  return {
    file,
    currency,
    base: { mix: result.mix === null ? null : bookJson(result.mix), quote: result.quote === null ? null : bookJson(result.quote), breaches: result.breaches.map(breachJson) },
    scenarios: result.scenarios.map((s) => ({ id: s.scenario.id, name: s.scenario.name, description: s.scenario.description, comparison: comparisonJson(s.comparison) })),
  };
}
