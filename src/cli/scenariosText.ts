/**
 * The base against every scenario (the engine's compareScenarios) as lines of text for `tiercraft
 * compare`: what each scenario changes, each party's revenue, pocket and margin on the mix and on the
 * quote with the change against the base, then the breaches of each (errors, warnings, how many new)
 * and the new ones in full. Pure: the command prints what it returns.
 */
import { type Breach, type BookFigures, type BookImpact, type ScenarioComparison, PARTY_NAMES, changeSummary, formatMoney } from '../engine';
import { breachLine, type MoneyText, signedMoney, signedPercent } from './compareText';
import { textTable } from './table';

const HEADERS = ['Scenario', 'Party', 'Revenue', 'Pocket', 'Margin', 'Revenue change', 'Pocket change', 'Margin change', 'Margin change %'];

/** The base's rows (figures only), then each scenario's (figures and change against the base). */
function bookTable(base: BookFigures, impacts: readonly { name: string; impact: BookImpact }[], fmt: MoneyText): string[] {
  const money = (d: Parameters<typeof formatMoney>[0]): string => formatMoney(d, fmt.minorUnits);
  const baseRows = PARTY_NAMES.map((party, i) => {
    const f = base.parties[party];
    return [i === 0 ? 'Base' : '', party, money(f.revenue), money(f.pocket), money(f.margin), '', '', '', ''];
  });
  const scenarioRows = impacts.flatMap(({ name, impact }) =>
    impact.parties.map((p, i) => [
      i === 0 ? name : '',
      p.party,
      money(p.revenue.other),
      money(p.pocket.other),
      money(p.margin.other),
      signedMoney(p.revenue.change, fmt),
      signedMoney(p.pocket.change, fmt),
      signedMoney(p.margin.change, fmt),
      signedPercent(p.margin.changePct),
    ]),
  );
  return textTable(HEADERS, [...baseRows, ...scenarioRows], 2).map((l) => `  ${l}`);
}

/** A scenario's breaches: the base's, plus those that appear, less those that disappear. */
const count = (list: readonly Breach[], severity: Breach['severity']): number => list.filter((b) => b.severity === severity).length;

function breachTable(result: ScenarioComparison): string[] {
  const rows = [
    ['Base', String(count(result.breaches, 'error')), String(count(result.breaches, 'warning')), '', '', ''],
    ...result.scenarios.map(({ scenario, comparison }) => {
      const { appeared, disappeared } = comparison.breaches;
      const total = (severity: Breach['severity']): number => count(result.breaches, severity) + count(appeared, severity) - count(disappeared, severity);
      return [scenario.name, String(total('error')), String(total('warning')), String(count(appeared, 'error')), String(count(appeared, 'warning')), String(disappeared.length)];
    }),
  ];
  return textTable(['Scenario', 'Errors', 'Warnings', 'New errors', 'New warnings', 'Gone'], rows, 1).map((l) => `  ${l}`);
}

/** Every section, separated by blank lines. */
export function scenariosLines(result: ScenarioComparison, fmt: MoneyText, mixTitle: string): string[] {
  const changes = result.scenarios.map(({ scenario, comparison }) => `  ${scenario.name} (${scenario.id}): ${changeSummary(comparison)}`);
  const sections: string[][] = [[`Scenarios (${result.scenarios.length}), each against the base:`, ...changes]];
  const book = (title: string, base: BookFigures | null, pick: (c: ScenarioComparison['scenarios'][number]) => BookImpact | null): string[] => {
    if (base === null) return [`${title}: none`];
    const impacts = result.scenarios.flatMap((s) => {
      const impact = pick(s);
      return impact === null ? [] : [{ name: s.scenario.name, impact }];
    });
    return [`${title} (${base.lines} ${base.lines === 1 ? 'row' : 'rows'}): each party's figures by scenario`, ...bookTable(base, impacts, fmt), ...base.errors.map((e) => `  not priced: ${e}`)];
  };
  sections.push(book(mixTitle, result.mix, (s) => s.comparison.mix));
  sections.push(book('Quote', result.quote, (s) => s.comparison.quote));
  sections.push(['Breaches by scenario:', ...breachTable(result)]);
  for (const { scenario, comparison } of result.scenarios) {
    if (comparison.breaches.appeared.length > 0) sections.push([`New in ${scenario.name}:`, ...comparison.breaches.appeared.map((b) => `  ${breachLine(b)}`)]);
  }
  return sections.flatMap((s, i) => (i === 0 ? s : ['', ...s]));
}
