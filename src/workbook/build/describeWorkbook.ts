/** The whole workbook description of a model. */
import { loadModel } from '../../engine/model/loadModel';
import type { Model, ModelInput } from '../../engine/model/schema';
import { withPrint } from '../print';
import { planSheetNames } from '../registry';
import type { CellAddress, SheetKey, SheetSpec, WorkbookSpec } from '../spec';
import { buildBundles } from './bundles';
import { columnRange } from './cells';
import { buildChannels } from './channels';
import { buildChecks } from './checks';
import { type BuildContext, on } from './context';
import { buildLadders, PRICE_BANDS_AT } from './ladders';
import { buildMarkets } from './markets';
import { buildMix } from './mix';
import { marketPricedQuote, quoteRefused, refuseMarketQuote } from './marketQuote';
import { quoteModel } from '../../engine/markets/marketModel';
import { buildPriceLadders } from './priceLadders';
import { buildModelSheet } from './modelSheet';
import { listPriceNames, mixTotalNames, quoteTotalNames } from './definedNames';
import { buildOverview } from './overview';
import { buildPackaging } from './packaging';
import { buildPriceBook } from './priceBook';
import { buildQuote } from './quote';
import { buildCustomerQuote } from './customerQuoteSheet';
import { buildRoutes } from './routes';
import { routeMarginSteps } from './routeMargins';
import { buildHistory } from './history';
import type { BuildRecord } from '../history/buildRecord';
import { buildScenarios, scenarioChannels, scenarioPrices } from './scenarios';
import { selectedScenario } from './scenarioInputs';
import { applyScenario, scenarioModels } from '../../engine';

export interface DescribeOptions {
  /** Final sheet names (see registry.ts planSheetNames); defaults to the default names. */
  readonly sheetNames?: Readonly<Record<SheetKey, string>>;
  /** The model as written, stored in the model sheet; defaults to the loaded model. */
  readonly source?: ModelInput;
  /** Where Tiercraft's tables stand in the workbook being updated (lower-case table name → header cell). */
  readonly anchors?: ReadonlyMap<string, CellAddress>;
  /**
   * The workbook's change history, this build's record last (history/nextHistory.ts): the History sheet's
   * rows, kept with the model this build writes on the model sheet. Without it the History sheet is
   * empty and the model sheet keeps no history (a preview, or a description only read).
   */
  readonly history?: readonly BuildRecord[];
}

/** Every sheet but the History and model sheets, and the defined names: what depends on the model alone. */
interface ModelSheets {
  readonly ctx: BuildContext;
  readonly sheets: readonly SheetSpec[];
  readonly definedNames: WorkbookSpec['names'];
}

/**
 * The sheets of a model described with the default names and places, by model: the task pane's checks
 * describe the model they check, and a build of the same model then reuses that description (for a
 * 1,000-product model, some hundreds of milliseconds). Models are never changed once loaded.
 */
const described = new WeakMap<Model, ModelSheets>();

export function describeWorkbook(model: Model, options: DescribeOptions = {}): WorkbookSpec {
  const reusable = options.sheetNames === undefined && options.anchors === undefined;
  const modelSheets = (reusable ? described.get(model) : undefined) ?? describeModelSheets(model, options);
  if (reusable) described.set(model, modelSheets);
  const { ctx, sheets: modelOnly, definedNames } = modelSheets;
  const sheets = [...modelOnly, withPrint(buildHistory(ctx, options.history ?? []), model.name)];
  const modelSheet = buildModelSheet(ctx.names.model, sheets, options.source ?? model, options.history);
  return { currency: model.currency, minorUnits: model.rounding.minorUnits, sheets: [...sheets, modelSheet], names: definedNames };
}

/**
 * Most of the work describeWorkbook(model) does (each checked entry priced on every route, for the
 * Checks sheet's RouteMargins table), in steps a page can run in turns of their own before it: each
 * leaves its result kept with the model, and the description then finds it done. None for a model
 * with a scenario selected: its sheets are priced on the scenario's model, made as it is described.
 */
export function describeSteps(model: Model): (() => void)[] {
  return selectedScenario(model.scenarios, model.selectedScenario) === undefined ? routeMarginSteps(model) : [];
}

function describeModelSheets(model: Model, options: Pick<DescribeOptions, 'sheetNames' | 'anchors'>): ModelSheets {
  const names = options.sheetNames ?? planSheetNames({ existing: [], registry: [], renameOnClash: false }).names;
  const variants = model.scenarios.length === 0 ? [] : scenarioModels(model).map((s) => s.model);
  const ctx: BuildContext = { model, names, anchors: options.anchors, ...(variants.length === 0 ? {} : { scenarioModels: variants }) };
  // The scenario selected on the Scenarios sheet: the input tables show the model as it stands; every
  // live formula reads the values in use (scenarios.ts), so its cached result is the scenario's figure.
  const chosen = selectedScenario(model.scenarios, model.selectedScenario);
  const applied = chosen === undefined ? model : applyScenario(model, chosen);
  const live: BuildContext = applied === model ? ctx : { ...ctx, model: applied };
  const packaging = buildPackaging(ctx);
  const priceLadders = buildPriceLadders(ctx, PRICE_BANDS_AT);
  const basePriceBook = buildPriceBook(ctx, priceLadders.refs);
  const scenarioPb = scenarioPrices(ctx, applied, basePriceBook);
  const priceBook = scenarioPb.pb;
  const ladders = buildLadders(live, priceBook, priceLadders);
  const bundles = buildBundles(live, priceBook);
  const markets = buildMarkets(live, priceBook, bundles);
  const lookups = {
    pb: priceBook,
    bands: ladders.bandRefs,
    priceBands: priceLadders.refs,
    tierIds: on(ctx, 'packaging', columnRange(packaging.tiers, 0)),
    tierLadders: on(ctx, 'packaging', columnRange(packaging.tiers, 8)),
    ...bundles.ref,
  };
  const channels = buildChannels(ctx, quoteRefused(ctx) ? null : markets.quoteMoney);
  const scenarioCh = scenarioChannels(ctx, applied, scenarioPb, channels);
  const { quoteTierApplies, ...channelRefs } = scenarioCh.ref;
  const refs = { ...lookups, ...channelRefs };
  // A quote in a market is priced on the market's model from the market's prices (marketQuote.ts).
  const quoteCtx: BuildContext = markets.quotePb === null || quoteRefused(live) ? live : { ...live, model: quoteModel(applied) };
  // Its partner programme's thresholds (MDF caps, rebate tiers) in the market's currency too.
  const quoteMoney = markets.quoteMoney;
  const quoteRefs =
    quoteCtx === live || markets.quotePb === null || quoteMoney === null
      ? refs
      : { ...refs, pb: markets.quotePb, money: quoteMoney, ...(quoteTierApplies === undefined ? {} : { tierApplies: quoteTierApplies }) };
  const built = buildQuote(quoteCtx, quoteRefs, {
    tierIds: lookups.tierIds,
    termIds: priceBook.ref.termIds,
    channelIds: channels.ref.channelIds,
    levelIds: channels.ref.levelIds,
  });
  const quote = quoteRefused(live) ? refuseMarketQuote(live, built) : quoteCtx === live ? built : marketPricedQuote(live, built);
  const routes = buildRoutes(live, refs, { itemIds: on(ctx, 'quote', columnRange(quote.items, 0)), tierIds: lookups.tierIds, termIds: priceBook.ref.termIds });
  // The mix is priced in the model's own currency (`refs`, not the quote's market's), whatever the quote's
  // market, and like every live formula it follows the scenario selected.
  const lists = { itemIds: on(ctx, 'quote', columnRange(quote.items, 0)), tierIds: lookups.tierIds, termIds: priceBook.ref.termIds, channelIds: channels.ref.channelIds, levelIds: channels.ref.levelIds };
  const mix = buildMix(live, refs, lists, channels.rebateTiers);
  const scenarios = buildScenarios(ctx, { prices: scenarioPb, channels: scenarioCh }, quote, { skus: priceBook.ref.productSkus, tierIds: lookups.tierIds, termIds: priceBook.ref.termIds }, mix.totals);
  const customerQuote = buildCustomerQuote(live, quote, { ids: priceBook.ref.termIds, names: on(ctx, 'priceBook', columnRange(priceBook.terms, 1)) });
  const checks = buildChecks(live, refs, ladders, quote, packaging, markets, quoteCtx);
  const overview = buildOverview(live, packaging, priceBook, checks);
  // Tab order is SHEET_KEYS order (the registry's rows follow it: sheetLinks.ts relies on that).
  // The History sheet, last before the model sheet, follows (describeWorkbook).
  const sheets = [overview, packaging.sheet, priceBook.sheet, markets.sheet, ladders.sheet, bundles.sheet, channels.sheet, routes.sheet, quote.sheet, customerQuote, scenarios.sheet, mix.sheet, checks.sheet].map((s) => withPrint(s, model.name));
  const definedNames = [...listPriceNames(ctx, basePriceBook.prices, basePriceBook.rowOf), ...quoteTotalNames(ctx, quote.totals), ...scenarios.names, ...mixTotalNames(ctx, mix.totals)];
  return { ctx, sheets, definedNames };
}

/**
 * The description of a model as stored in a workbook (parsed JSON, not yet validated), or null when it
 * is not a valid model: what a failed rebuild puts Tiercraft's rules and charts back from.
 */
export function describeStoredModel(stored: unknown, options: Omit<DescribeOptions, 'source'>): WorkbookSpec | null {
  if (stored === null || stored === undefined) return null;
  const loaded = loadModel(stored);
  if (!loaded.ok) return null;
  try {
    return describeWorkbook(loaded.model, { ...options, source: stored as ModelInput });
  } catch {
    return null;
  }
}
