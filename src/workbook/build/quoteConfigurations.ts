/**
 * The Quote sheet's QuoteConfigurations table: the bundle lines' configurations as data a user edits.
 * One row per component whose units per bundle differ from the bundle's default (Line | Component |
 * Units per bundle, the line being the number in the QuoteLines Line column); the other columns follow by
 * formula: the line's bundle, the component's default units, its list price in the bundle's tier for the
 * line's term, whether the row is in bounds as the engine checks (a component of the bundle, within
 * min..max, a required one not left out, listed once), and the changes in list price and monthly cost
 * per bundle, (units − default) × list price or unit cost. The bundle line's formulas add the changes to
 * the default bundle (see waterfall.ts); a row out of bounds makes the line's figures #N/A.
 */
import { indexModel, priceKey, toNumber } from '../../engine';
import type { Model } from '../../engine/model/schema';
import type { CellAddress, CellSpec, ConditionalFormatSpec, TableSpec, ValidationSpec } from '../spec';
import { blank, col, columnRange, formula, num, tableCell, text } from './cells';
import { listPriceLookup, unitCostLookup } from './lookups';
import type { BundlesRefs } from './bundles';
import type { LineConfiguration, WaterfallRefs } from './waterfall';

/** What the configurations look up: the bundles' components and bounds, prices and costs. */
export type ConfigurationRefs = WaterfallRefs & Pick<BundlesRefs['ref'], 'compSku' | 'compRequired' | 'compMin' | 'compMax'>;

/** Spare blank rows under the configurations. */
export const SPARE_CONFIGURATIONS = 3;
export const CONFIGURATION_HEADERS = ['Line', 'Component', 'Units per bundle', 'Bundle', 'Default units', 'Unit list price', 'In bounds', 'List change', 'Monthly cost change'] as const;

/** The QuoteLines columns the configurations look up (absolute ranges on the Quote sheet). */
export interface QuoteLineRanges {
  readonly line: string;
  readonly item: string;
  readonly term: string;
}

interface Row {
  readonly line: number;
  readonly sku: string;
  readonly units: number;
}

/** The figures of a configuration row as the engine sees them (cached results). */
function figures(model: Model, row: Row): { bundle: string; defaultUnits: number; listPrice: number; inBounds: boolean; listChange: number; costChange: number } {
  const index = indexModel(model);
  const line = model.quote.lines[row.line - 1];
  const bundleId = line !== undefined && 'bundle' in line.item ? line.item.bundle : '';
  const bundle = index.bundles.get(bundleId);
  const c = bundle?.components.find((x) => x.sku === row.sku);
  const defaultUnits = c?.quantity ?? 0;
  const listPrice = bundle === undefined || line === undefined ? 0 : toNumber(index.listPrices.get(priceKey(row.sku, bundle.tier, line.term)) ?? { units: 0n, scale: 0 });
  const inBounds =
    c !== undefined && (c.min === undefined || row.units >= c.min) && (c.max === undefined || row.units <= c.max) && !(c.required && row.units === 0);
  const unitCost = index.products.get(row.sku)?.unitCost ?? 0;
  const delta = row.units - defaultUnits;
  return { bundle: line === undefined ? '' : 'sku' in line.item ? line.item.sku : line.item.bundle, defaultUnits, listPrice, inBounds, listChange: inBounds ? delta * listPrice : 0, costChange: inBounds ? delta * unitCost : 0 };
}

/** The configurations table at `at`, for a quote whose lines are numbered 1, 2, … in the Line column. */
export function configurationsTable(model: Model, at: CellAddress, lines: QuoteLineRanges, refs: ConfigurationRefs): TableSpec {
  const configured: Row[] = model.quote.lines.flatMap((l, i) => Object.entries(l.components ?? {}).map(([sku, units]) => ({ line: i + 1, sku, units })));
  const count = configured.length + SPARE_CONFIGURATIONS;
  const shape = { at, rows: Array.from({ length: count }, (): CellSpec[] => []) };
  const range = (k: number): string => columnRange(shape, k);
  const rows = [...configured, ...new Array<undefined>(SPARE_CONFIGURATIONS).fill(undefined)].map((row, r): CellSpec[] => {
    const c = (k: number): string => tableCell({ at }, r, k);
    const [L, S, U, B] = [c(0), c(1), c(2), c(3)];
    const empty = `AND(${L}="",${S}="")`;
    const guarded = (e: string): string => `=IF(${empty},"",${e})`;
    const lineOf = (r0: string): string => `INDEX(${r0},MATCH(${L},${lines.line},0))`;
    const ofComponent = `${refs.compBundle},${B},${refs.compSku},${S}`;
    const inBounds = [
      `${B}<>""`,
      `COUNTIFS(${range(0)},${L},${range(1)},${S})=1`,
      `COUNTIFS(${ofComponent})=1`,
      `ISNUMBER(${U})`,
      `${U}=INT(${U})`,
      `${U}>=0`,
      `COUNTIFS(${ofComponent},${refs.compMin},">"&${U})=0`,
      `COUNTIFS(${ofComponent},${refs.compMax},"<"&${U})=0`,
      `OR(${U}>0,COUNTIFS(${ofComponent},${refs.compRequired},TRUE)=0)`,
    ];
    const tier = `INDEX(${refs.bundleTiers},MATCH(${B},${refs.bundleIds},0))`;
    const delta = `(${U}-${c(4)})`;
    const f = row === undefined ? null : figures(model, row);
    const inputs = row === undefined ? [blank, blank, blank] : [num(row.line), text(row.sku), num(row.units)];
    return [
      ...inputs,
      formula(guarded(`IFERROR(${lineOf(lines.item)}&"","")`), f?.bundle ?? ''),
      formula(guarded(`SUMIFS(${refs.compQuantity},${ofComponent})`), f?.defaultUnits ?? ''),
      formula(guarded(`IFERROR(${listPriceLookup(refs.pb, S, tier, lineOf(lines.term))},0)`), f?.listPrice ?? ''),
      formula(guarded(`IFERROR(AND(${inBounds.join(',')}),FALSE)`), f?.inBounds ?? ''),
      formula(guarded(`IF(${c(6)}=TRUE,${delta}*${c(5)},0)`), f?.listChange ?? ''),
      formula(guarded(`IF(${c(6)}=TRUE,${delta}*IFERROR(${unitCostLookup(refs.pb, S)},0),0)`), f?.costChange ?? ''),
    ];
  });
  return {
    name: 'QuoteConfigurations',
    at,
    style: 'TableStyleLight9',
    caption: 'Bundle configurations (components that differ from the default)',
    columns: [
      col('Line', 'integer', 'input', 'quote.lines[].components (line number)'),
      col('Component', 'text', 'input', 'quote.lines[].components (SKU)'),
      col('Units per bundle', 'integer', 'input', 'quote.lines[].components[sku]'),
      col('Bundle', 'text', 'formula'),
      col('Default units', 'integer', 'formula'),
      col('Unit list price', 'money', 'formula'),
      col('In bounds', 'general', 'formula'),
      col('List change', 'money', 'formula'),
      col('Monthly cost change', 'money', 'formula'),
    ],
    rows,
  };
}

/** A QuoteLines row's configuration expressions, for the line numbered in cell `line`. */
export function lineConfiguration(table: TableSpec, line: string): LineConfiguration {
  const range = (k: number): string => columnRange(table, k);
  return {
    rows: `IF(${line}="",0,COUNTIF(${range(0)},${line}))`,
    inBounds: `COUNTIFS(${range(0)},${line},${range(6)},TRUE)`,
    listChange: `SUMIFS(${range(7)},${range(0)},${line})`,
    costChange: `SUMIFS(${range(8)},${range(0)},${line})`,
  };
}

/** The Component column's drop-down (the price book's products) and a row out of bounds highlighted. */
export function configurationRules(table: TableSpec, productSkus: string): { validations: ValidationSpec[]; conditionalFormats: ConditionalFormatSpec[] } {
  const rows = Math.max(1, table.rows.length);
  const column = (k: number) => ({ at: { row: table.at.row + 1, col: table.at.col + k }, rows, cols: 1 });
  return {
    validations: [{ range: column(1), source: { kind: 'range', formula: `=${productSkus}` }, allowBlank: true, error: 'Pick a product from the Price book' }],
    conditionalFormats: [{ range: column(6), formula: `=${tableCell(table, 0, 6)}=FALSE`, style: 'breach' }],
  };
}
