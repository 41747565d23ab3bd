/**
 * Read-back of the Markets sheet: the Markets table (one market per row) and the overrides typed in the
 * MarketPrices table's Override column (a product row with a price there overrides that entry in that
 * market; a blank cell, none). A market's minor unit is written to the model only where it differs from
 * its currency's, or where the stored model gave it. Overrides keep their stored order.
 */
import { minorUnitsOf } from '../../engine/model/defaults';
import type { ModelInput } from '../../engine/model/schema';
import type { RowReader } from './cells';
import { readMessages as m } from './messages';

type Markets = NonNullable<ModelInput['markets']>;
type Override = { sku?: string; tier?: string; term?: string; listPrice?: number };

export function readMarkets(stored: ModelInput, table: (name: string, required: readonly string[]) => RowReader[] | undefined, out: Record<string, unknown>, issues: string[]): void {
  const markets = table('Markets', ['Market', 'Name', 'Currency', 'Rate']);
  const prices = table('MarketPrices', ['Market', 'Kind', 'Item', 'Tier', 'Term', 'Override']);
  if (!markets && !prices) return;
  const storedMarkets = stored.markets ?? [];
  const base = markets
    ? markets.map((r) => {
        const id = r.id('Market', 'market id');
        const currency = r.id('Currency', 'currency')?.toUpperCase();
        const before = storedMarkets.find((s) => s.id === id);
        const minorUnits = r.whole('Minor units');
        const ending = r.share('Ending');
        const step = r.positive('Step');
        const keepMinor = minorUnits !== undefined && (before?.minorUnits !== undefined || currency === undefined || minorUnits !== minorUnitsOf(currency));
        return {
          id,
          name: r.id('Name', 'market name'),
          currency,
          rate: r.positive('Rate') ?? undefined,
          factor: r.positive('Factor') ?? 1,
          ...(keepMinor ? { minorUnits } : {}),
          ...(ending !== undefined ? { ending } : {}),
          ...(step !== null && step !== undefined ? { step } : {}),
          overrides: before?.overrides ?? [],
        };
      })
    : storedMarkets.map((s) => ({ ...s, overrides: s.overrides ?? [] }));
  if (prices) {
    const ids = new Set(base.map((b) => b.id));
    const found = new Map<string, Override[]>();
    for (const r of prices) {
      const listPrice = r.price('Override', false);
      if (listPrice === undefined) continue;
      const market = r.id('Market', 'market id');
      if (market === undefined) continue;
      if (!ids.has(market)) issues.push(m.unknownMarket(r.where('Market'), market));
      if (r.text('Kind')?.trim() === 'bundle') {
        issues.push(m.bundleOverride(r.where('Override')));
        continue;
      }
      found.set(market, [...(found.get(market) ?? []), { sku: r.id('Item', 'SKU'), tier: r.id('Tier', 'tier'), term: r.id('Term', 'term'), listPrice }]);
    }
    for (const b of base) {
      const before = storedMarkets.find((s) => s.id === b.id)?.overrides ?? [];
      const rank = (o: Override): number => {
        const i = before.findIndex((x) => x.sku === o.sku && x.tier === o.tier && x.term === o.term);
        return i < 0 ? Number.MAX_SAFE_INTEGER : i;
      };
      b.overrides = [...(found.get(b.id ?? '') ?? [])].sort((x, y) => rank(x) - rank(y)) as Markets[number]['overrides'] & Override[];
    }
  }
  // A model file without markets stays without the key when the workbook holds none.
  if (base.length === 0 && stored.markets === undefined) return;
  out.markets = base as Markets;
}
