/**
 * Rows of the Checks table for the price corridor: one per row of the MarketPrices table, its deviation
 * from the reference price against the corridor (rule 'price-corridor', the engine's path
 * "markets[0].prices[3]"). The market's own margin floors and price cliffs are reported by
 * `tiercraft validate` and the task pane, located on the Markets sheet, not repeated here.
 */
import { marketRowPath, outsideCorridor } from '../../engine';
import { formula } from './cells';
import type { CheckRow } from './checkRows';
import type { BuildContext } from './context';
import { guardrailCell } from './guardrailCells';
import { marketPriceCell, type MarketsRefs } from './markets';

export function marketCorridorRows(ctx: BuildContext, markets: MarketsRefs): CheckRow[] {
  const { model } = ctx;
  const corridor = guardrailCell(ctx, 'Price corridor');
  const limit = model.guardrails.priceCorridor;
  return markets.rows.map(({ market, row }, r): CheckRow => ({
    check: 'Market price within the price corridor',
    where: `${model.markets[market]?.id ?? ''} · ${'sku' in row.item ? row.item.sku : row.item.bundle} · ${row.tier} · ${row.term}`,
    path: marketRowPath(market, row),
    rule: 'price-corridor',
    format: 'percent',
    value: formula(`=${marketPriceCell(ctx, markets, r, 'Deviation')}`, row.deviation === null ? '' : Number(row.deviation.units) / 10 ** row.deviation.scale),
    limit: formula(`=IF(${corridor}="","",${corridor})`, limit ?? ''),
    status: (v, l) => `IF(${l}="","Off",IF(${v}="","Pass",IF(ABS(${v})>${l}+1E-9,"Breach","Pass")))`,
    result: limit === undefined ? 'Off' : outsideCorridor(row, limit) ? 'Breach' : 'Pass',
  }));
}
