/**
 * Guardrail breaches as sets of "rule|path|severity", from each surface: the engine (checkModel and
 * checkQuote), `tiercraft validate --json`, and the Checks sheet as a spreadsheet recalculated it (its
 * Status, Rule and Field columns). Comparing the sets compares what each surface reports, row for row.
 */
import { modelBreaches } from '../../../src/engine';
import type { Model } from '../../../src/engine/model/schema';
import type { WorkbookSpec } from '../../../src/workbook/spec';
import { CHECKS_COLUMNS } from '../../../src/workbook/build/checks';
import { isPerUnit } from '../../../src/workbook/build/priceShapes';
import { cliFolder } from '../../unit/cli/runCli';
import type { RawWorkbook } from './rawValues';

const key = (b: { rule: string; path: string; severity: string }): string => `${b.rule}|${b.path}|${b.severity}`;

export const engineBreaches = (model: Model): Set<string> => new Set(modelBreaches(model).map(key));

/**
 * The engine's breaches the Checks sheet shows: all but the guardrails run on a market's derived model
 * (margin floors and price cliffs in a market; its price corridor is shown), which `tiercraft validate`
 * reports at the market's row, and the lines of a quote in a market with a bundle line or a line of a
 * product not priced per unit, which the workbook refuses to price (build/marketQuote.ts quoteRefused; a
 * quote in a market of per-unit products only is priced and checked there).
 */
export const checksSheetBreaches = (model: Model): Set<string> =>
  new Set(
    modelBreaches(model)
      .filter((b) => b.rule === 'price-corridor' || !b.path.startsWith('markets['))
      .filter((b) => model.quote.market === undefined || !model.quote.lines.some((l) => 'bundle' in l.item || !isPerUnit(model, l.item.sku)) || !b.path.startsWith('quote.lines'))
      .map(key),
  );

/** What `tiercraft validate model.json --json` reports. */
export async function validateBreaches(source: unknown): Promise<Set<string>> {
  const folder = cliFolder();
  try {
    folder.write('model.json', JSON.stringify(source));
    const run = await folder.tiercraft('validate', 'model.json', '--json');
    const report = JSON.parse(run.out) as { breaches: { rule: string; path: string; severity: string }[] };
    return new Set(report.breaches.map(key));
  } finally {
    folder.remove();
  }
}

/** The breaches the recalculated Checks sheet reports. */
export function sheetBreaches(spec: WorkbookSpec, values: RawWorkbook): Set<string> {
  const sheet = spec.sheets.find((s) => s.key === 'checks');
  const table = sheet?.tables.find((t) => t.name === 'Checks');
  if (sheet === undefined || table === undefined) throw new Error('no Checks table');
  const cells = values.get(sheet.name);
  const at = (r: number, header: (typeof CHECKS_COLUMNS)[number]) => cells?.get(`${table.at.row + 1 + r},${table.at.col + CHECKS_COLUMNS.indexOf(header)}`);
  const out = new Set<string>();
  table.rows.forEach((_, r) => {
    const status = at(r, 'Status');
    if (status === 'Breach' || status === 'Warning') out.add(key({ rule: String(at(r, 'Rule')), path: String(at(r, 'Field')), severity: status === 'Breach' ? 'error' : 'warning' }));
  });
  return out;
}

/** Keys in one set and not the other, for the report. */
export const setDifference = (a: ReadonlySet<string>, b: ReadonlySet<string>): string[] => [...a].filter((k) => !b.has(k));
