/**
 * Scenarios sheet: the selector whose scenario every live formula of the workbook follows, the scenarios
 * and their changes (inputs, scenarioInputs.ts), the values in use for the scenario selected
 * (scenarioInUse.ts), the live totals of the quote in that scenario, and the engine's comparison of the
 * base with every scenario (scenarioComparison.ts).
 *
 * Layout: the selector in row 3; the live totals below it (fixed rows); then every table side by side
 * from one header row, each clear of the one before it, so that tables growing down never meet.
 */
import type { Model } from '../../engine/model/schema';
import { a1, columnLetters } from '../a1';
import type { CellAddress, DefinedNameSpec, LooseCellSpec, SheetSpec, TableSpec } from '../spec';
import { formula, heading, loose, sheet, text } from './cells';
import type { ChannelsRefs } from './channels';
import { type BuildContext, on, placeClear } from './context';
import { NAME_PREFIX } from './definedNames';
import { COMPARISON_COLUMNS, comparisonTable } from './scenarioComparison';
import type { PriceBookRefs } from './priceBook';
import type { QuoteRefs } from './quote';
import { changeRefs, changesTable, scenariosTable, scenarioValidations, SELECTOR_AT, selectorCells } from './scenarioInputs';
import { type ChangeRefs, channelRefsInUse, channelTablesInUse, type InUsePlaces, priceBookInUse, priceTablesInUse } from './scenarioInUse';

/** The defined name of the selector. */
export const SCENARIO_NAME = `${NAME_PREFIX}Scenario`;
/** The live block: a heading in row 5, then one row per quote total. */
const LIVE_ROW = 4;
/** How many totals the live block shows (the Quote sheet's totals). */
const LIVE_TOTALS = 12;
/** The mix's live totals, right of the quote's (a heading, the figures' header, one row per party). */
const MIX_LIVE_ROW = LIVE_ROW + 2;
/** The tables' header row: below the live block, a blank row and the captions. */
export const SCENARIO_TABLES_ROW = LIVE_ROW + 1 + LIVE_TOTALS + 2;

/** The inputs and the price tables in use, placed before the sheets that read them are built. */
export interface ScenarioPrices {
  readonly scenarios: TableSpec;
  readonly changes: TableSpec;
  readonly changeRefs: ChangeRefs;
  readonly places: InUsePlaces;
  readonly terms: TableSpec;
  readonly prices: TableSpec;
  readonly shapePrices: TableSpec;
  /** The price book as the live formulas read it (redirected only when the model has scenarios). */
  readonly pb: PriceBookRefs;
}

/** Whether the live formulas read the values in use: only when the model has scenarios (else they stay as they were). */
const redirected = (ctx: BuildContext): boolean => ctx.model.scenarios.length > 0;

/**
 * The Scenarios sheet's inputs and price tables in use (`ctx`: the base model; `applied`: the model with
 * the selected scenario applied, whose values the in-use cells hold).
 */
export function scenarioPrices(ctx: BuildContext, applied: Model, pb: PriceBookRefs): ScenarioPrices {
  const row = SCENARIO_TABLES_ROW;
  const scenarios = scenariosTable(ctx, placeClear(ctx, 'Scenarios', { row, col: 0 }, 3, []));
  const changes = changesTable(ctx, placeClear(ctx, 'ScenarioChanges', { row, col: scenarios.at.col + scenarios.columns.length + 1 }, 11, [scenarios]));
  const c = changeRefs(ctx, changes);
  const placed = [scenarios, changes];
  const after = (at: CellAddress, width: number): CellAddress => ({ row, col: at.col + width + 1 });
  const levels = placeClear(ctx, 'LevelsInUse', after(changes.at, changes.columns.length), 8, placed);
  const channels = placeClear(ctx, 'ChannelsInUse', after(levels, 8), 2, placed);
  const terms = placeClear(ctx, 'TermsInUse', after(channels, 2), 4, placed);
  const prices = placeClear(ctx, 'PricesInUse', after(terms, 4), 5 + ctx.model.terms.length, placed);
  const shapePrices = placeClear(ctx, 'ShapePricesInUse', after(prices, 5 + ctx.model.terms.length), 3, placed);
  const places = { levels, channels, terms, prices, shapePrices };
  const inUse = priceTablesInUse(ctx, applied, c, places, pb);
  return { scenarios, changes, changeRefs: c, places, ...inUse, pb: redirected(ctx) ? priceBookInUse(ctx, pb, inUse) : pb };
}

/** The partner levels and channels in use, and the channel refs as the live formulas read them. */
export function scenarioChannels(ctx: BuildContext, applied: Model, prices: ScenarioPrices, channels: ChannelsRefs): { levels: TableSpec; channels: TableSpec; ref: ChannelsRefs['ref'] } {
  const inUse = channelTablesInUse(ctx, applied, prices.changeRefs, prices.places, channels);
  return { ...inUse, ref: redirected(ctx) ? channelRefsInUse(ctx, channels.ref, inUse) : channels.ref };
}

/** The live block: each total of the quote (the Quote sheet's cells, which follow the selector). */
function liveTotals(ctx: BuildContext, quote: QuoteRefs, mixTotals: TableSpec): LooseCellSpec[] {
  const resultAt = (at: CellAddress): number | string | boolean | null => {
    const cell = quote.sheet.cells.find((x) => x.at.row === at.row && x.at.col === at.col)?.cell;
    return cell?.kind === 'formula' ? cell.result : null;
  };
  return [
    loose({ row: LIVE_ROW, col: 0 }, text('The quote in the scenario selected'), 'heading', 'text'),
    ...quote.totals.slice(0, LIVE_TOTALS).flatMap((t, k) => [
      loose({ row: LIVE_ROW + 1 + k, col: 0 }, text(t.column), 'label', 'text'),
      loose({ row: LIVE_ROW + 1 + k, col: 1 }, formula(`=${on(ctx, 'quote', a1(t.at, true))}`, resultAt(t.at)), 'value', 'money'),
    ]),
    ...mixTotalCells(ctx, mixTotals),
  ];
}

/**
 * The live totals of the mix beside the quote's: each party's revenue, pocket and margin, read from the
 * Mix sheet's MixTotals table (whose rows follow the selector like every live formula).
 */
export function mixTotalCells(ctx: BuildContext, totals: TableSpec): LooseCellSpec[] {
  const at = { row: MIX_LIVE_ROW, col: 3 };
  const figures = totals.columns.slice(1);
  return [
    loose(at, text('The mix in the scenario selected'), 'heading', 'text'),
    loose({ row: at.row + 1, col: at.col }, text(totals.columns[0]?.header ?? 'Party'), 'label', 'text'),
    ...figures.map((c, k) => loose({ row: at.row + 1, col: at.col + 1 + k }, text(c.header), 'label', 'text')),
    ...totals.rows.flatMap((row, r) => [
      loose({ row: at.row + 2 + r, col: at.col }, row[0] ?? text(''), 'label', 'text'),
      ...figures.map((_, k) => {
        const cell = row[1 + k];
        const source = on(ctx, 'mix', a1({ row: totals.at.row + 1 + r, col: totals.at.col + 1 + k }, true));
        return loose({ row: at.row + 2 + r, col: at.col + 1 + k }, formula(`=${source}`, cell?.kind === 'formula' ? cell.result : null), 'value', 'money');
      }),
    ]),
  ];
}

export function buildScenarios(
  ctx: BuildContext,
  built: { prices: ScenarioPrices; channels: { levels: TableSpec; channels: TableSpec } },
  quote: QuoteRefs,
  lists: { skus: string; tierIds: string; termIds: string },
  mixTotals: TableSpec,
): { sheet: SheetSpec; names: DefinedNameSpec[] } {
  const { model } = ctx;
  const { scenarios, changes, prices, shapePrices } = built.prices;
  // Right of the values in use, two columns apart.
  const comparisonAt = placeClear(ctx, 'ScenarioComparison', { row: SCENARIO_TABLES_ROW, col: shapePrices.at.col + shapePrices.columns.length + 2 }, COMPARISON_COLUMNS.length, [
    scenarios,
    changes,
    built.channels.levels,
    built.channels.channels,
    built.prices.terms,
    prices,
    shapePrices,
  ]);
  const comparison = comparisonTable(ctx, comparisonAt);
  const cells: LooseCellSpec[] = [
    ...heading(
      `${model.name}: scenarios`,
      'Pick a scenario: every live formula of the workbook (quote, routes, checks, ladders, bundles, markets) reads the values in use on the right; Base is the model as it stands. Scenarios and their changes are inputs, read back by a rebuild.',
    ),
    ...selectorCells(ctx, scenarios),
    ...liveTotals(ctx, quote, mixTotals),
    loose({ row: LIVE_ROW, col: 3 }, text(`Base against every scenario, on the mix and on the quote: the ScenarioComparison table, from column ${columnLetters(comparisonAt.col)}.`), 'note', 'text'),
  ];
  return {
    sheet: sheet({
      key: 'scenarios',
      name: ctx.names.scenarios,
      tables: [scenarios, changes, built.channels.levels, built.channels.channels, built.prices.terms, prices, shapePrices, comparison.table],
      cells,
      validations: scenarioValidations(ctx, scenarios, changes, lists),
      charts: comparison.chart === null ? [] : [comparison.chart],
      tabColor: '2F5597',
    }),
    names: [{ name: SCENARIO_NAME, key: 'scenarios', formula: `=${on(ctx, 'scenarios', a1(SELECTOR_AT, true))}`, comment: 'The scenario the workbook’s live formulas follow (Base: none)' }],
  };
}
