/**
 * `tiercraft markets model.json`: each market's price book, derived from the reference price book: the
 * reference price, the converted price (reference × rate × factor), the derived price (rounded to the
 * minor unit and snapped to the market's price ending), the override, the final price, the price back in
 * the reference currency and its deviation; "outside" marks a row beyond the price corridor.
 * `--market <id>` prints one market; `--json` prints the rows as one JSON document. Exit 1 when the
 * model is invalid (its issues printed as validate prints them), 2 for an unknown market.
 */
import { type MarketPriceRow, marketPriceBook, marketRounding, outsideCorridor, roundMoney, toFixedString } from '../../engine';
import type { Model } from '../../engine/model/schema';
import { CliError, EXIT, type ExitCode } from '../exitCodes';
import type { CliIO } from '../io';
import { loadModelFile } from '../modelFile';
import { cliMessages as m } from '../messages';
import { textTable } from '../table';

export interface MarketsOptions {
  readonly market?: string;
  readonly json?: boolean;
}

const HEADERS = ['Item', 'Tier', 'Term', 'Reference', 'Converted', 'Derived', 'Override', 'Price', 'In reference', 'Deviation', 'Corridor'] as const;

function cells(model: Model, r: MarketPriceRow, corridor: number | undefined): string[] {
  const ref = model.rounding.minorUnits;
  const deviation = r.deviation === null ? '' : `${(Number(toFixedString(r.deviation)) * 100).toFixed(2)}%`;
  return [
    'sku' in r.item ? r.item.sku : `bundle ${r.item.bundle}`,
    r.tier,
    r.term,
    toFixedString(roundMoney(r.reference, ref)),
    toFixedString(r.converted),
    toFixedString(r.derived),
    r.override === null ? '' : toFixedString(r.override),
    toFixedString(r.price),
    toFixedString(roundMoney(r.inReference, ref)),
    deviation,
    corridor === undefined || r.deviation === null ? '' : outsideCorridor(r, corridor) ? 'outside' : 'inside',
  ];
}

/** The rows as an aligned text table: item, tier and term, then the figures. */
const table = (rows: readonly (readonly string[])[]): string[] => textTable(HEADERS, rows, 3);

export async function marketsCommand(file: string, options: MarketsOptions, io: CliIO): Promise<ExitCode> {
  const model = await loadModelFile(file, io);
  if (model === null) return EXIT.invalid;
  const markets = options.market === undefined ? model.markets : model.markets.filter((x) => x.id === options.market);
  if (options.market !== undefined && markets.length === 0) throw new CliError(EXIT.usage, m.unknownMarket(options.market, model.markets.map((x) => x.id)));
  const corridor = model.guardrails.priceCorridor;
  if (options.json === true) {
    const doc = markets.map((market) => ({
      market: market.id,
      name: market.name,
      currency: market.currency,
      minorUnits: marketRounding(model, market).minorUnits,
      rows: marketPriceBook(model, market).map((r) => {
        const [item, tier, term, reference, converted, derived, override, price, inReference, , status] = cells(model, r, corridor);
        return { item, tier, term, reference, converted, derived, override: override === '' ? null : override, price, inReference, deviation: r.deviation === null ? null : toFixedString(r.deviation), corridor: status === '' ? null : status };
      }),
    }));
    io.out(JSON.stringify({ currency: model.currency, priceCorridor: corridor ?? null, markets: doc }, null, 2));
    return EXIT.ok;
  }
  if (markets.length === 0) io.out(m.noMarkets(file));
  for (const market of markets) {
    io.out(m.marketHeading(market.id, market.name, market.currency, market.rate, market.factor, model.currency));
    for (const l of table(marketPriceBook(model, market).map((r) => cells(model, r, corridor)))) io.out(`  ${l}`);
  }
  return EXIT.ok;
}
