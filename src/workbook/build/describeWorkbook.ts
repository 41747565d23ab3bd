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
import { marketPricedQuote, quoteRefused, refuseMarketQuote } from './marketQuote';
import { quoteModel } from '../../engine/markets/marketModel';
import { buildPriceLadders } from './priceLadders';
import { buildModelSheet } from './modelSheet';
import { listPriceNames, quoteTotalNames } from './definedNames';
import { buildOverview } from './overview';
import { buildPackaging } from './packaging';
import { buildPriceBook } from './priceBook';
import { buildQuote } from './quote';
import { buildRoutes } from './routes';

export interface DescribeOptions {
  /** Final sheet names (see registry.ts planSheetNames); defaults to the default names. */
  readonly sheetNames?: Readonly<Record<SheetKey, string>>;
  /** The model as written, stored in the model sheet; defaults to the loaded model. */
  readonly source?: ModelInput;
  /** Where Tiercraft's tables stand in the workbook being updated (lower-case table name → header cell). */
  readonly anchors?: ReadonlyMap<string, CellAddress>;
}

export function describeWorkbook(model: Model, options: DescribeOptions = {}): WorkbookSpec {
  const names = options.sheetNames ?? planSheetNames({ existing: [], registry: [], renameOnClash: false }).names;
  const ctx: BuildContext = { model, names, anchors: options.anchors };
  const packaging = buildPackaging(ctx);
  const priceLadders = buildPriceLadders(ctx, PRICE_BANDS_AT);
  const priceBook = buildPriceBook(ctx, priceLadders.refs);
  const ladders = buildLadders(ctx, priceBook, priceLadders);
  const bundles = buildBundles(ctx, priceBook);
  const markets = buildMarkets(ctx, priceBook, bundles);
  const lookups = {
    pb: priceBook,
    bands: ladders.bandRefs,
    priceBands: priceLadders.refs,
    tierIds: on(ctx, 'packaging', columnRange(packaging.tiers, 0)),
    tierLadders: on(ctx, 'packaging', columnRange(packaging.tiers, 8)),
    ...bundles.ref,
  };
  const channels = buildChannels(ctx, quoteRefused(ctx) ? null : markets.quoteMoney);
  const { quoteTierApplies, ...channelRefs } = channels.ref;
  const refs = { ...lookups, ...channelRefs };
  // A quote in a market is priced on the market's model from the market's prices (marketQuote.ts).
  const quoteCtx: BuildContext = markets.quotePb === null || quoteRefused(ctx) ? ctx : { ...ctx, model: quoteModel(model) };
  // Its partner programme's thresholds (MDF caps, rebate tiers) in the market's currency too.
  const quoteMoney = markets.quoteMoney;
  const quoteRefs =
    quoteCtx === ctx || markets.quotePb === null || quoteMoney === null
      ? refs
      : { ...refs, pb: markets.quotePb, money: quoteMoney, ...(quoteTierApplies === undefined ? {} : { tierApplies: quoteTierApplies }) };
  const built = buildQuote(quoteCtx, quoteRefs, {
    tierIds: lookups.tierIds,
    termIds: priceBook.ref.termIds,
    channelIds: channels.ref.channelIds,
    levelIds: channels.ref.levelIds,
  });
  const quote = quoteRefused(ctx) ? refuseMarketQuote(ctx, built) : quoteCtx === ctx ? built : marketPricedQuote(ctx, built);
  const routes = buildRoutes(ctx, refs, { itemIds: on(ctx, 'quote', columnRange(quote.items, 0)), tierIds: lookups.tierIds, termIds: priceBook.ref.termIds });
  const checks = buildChecks(ctx, refs, ladders, quote, packaging, markets, quoteCtx);
  const overview = buildOverview(ctx, packaging, priceBook, checks);
  // Tab order is SHEET_KEYS order (the registry's rows follow it: sheetLinks.ts relies on that).
  const described: SheetSpec[] = [overview, packaging.sheet, priceBook.sheet, markets.sheet, ladders.sheet, bundles.sheet, channels.sheet, routes.sheet, quote.sheet, checks.sheet];
  const sheets = described.map((s) => withPrint(s, model.name));
  const modelSheet = buildModelSheet(names.model, sheets, options.source ?? model);
  const definedNames = [...listPriceNames(ctx, priceBook.prices, priceBook.rowOf), ...quoteTotalNames(ctx, quote.totals)];
  return { currency: model.currency, minorUnits: model.rounding.minorUnits, sheets: [...sheets, modelSheet], names: definedNames };
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
