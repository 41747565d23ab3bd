/**
 * Read-back of the Mix sheet: the MixSettings table (the mix's name and Partner purchases) and the
 * MixRows table (one mix row per row with an item) into `model.mix`. Each id is checked against the
 * model's tables as read (an item is a product's SKU, else a bundle's id), so a typo names its cell:
 * `Mix!C12: no term 'anual'`. A workbook without a mix and nothing typed keeps the model without one.
 */
import type { ModelInput } from '../../engine/model/schema';
import type { RowReader } from './cells';
import { readMessages as m } from './messages';

type Mix = NonNullable<ModelInput['mix']>;

/** The ids of a section of the model as read (`out`), else as stored. */
function ids(out: Record<string, unknown>, key: string, field: string): ReadonlySet<string> {
  const list = (out[key] as Record<string, unknown>[] | undefined) ?? [];
  return new Set(list.map((x) => String(x[field] ?? '')));
}

export function readMix(
  stored: ModelInput,
  table: (name: string, required: readonly string[]) => RowReader[] | undefined,
  out: Record<string, unknown>,
  issues: string[],
): void {
  const settings = table('MixSettings', ['Mix', 'Partner purchases']);
  const rows = table('MixRows', ['Item', 'Term', 'Channel', 'Quantity']);
  if (!settings && !rows) return;
  const skus = ids(out, 'products', 'sku');
  const bundles = ids(out, 'bundles', 'id');
  const known = { tier: ids(out, 'tiers', 'id'), term: ids(out, 'terms', 'id'), channel: ids(out, 'channels', 'id'), level: ids(out, 'levels', 'id') };
  const checked = (r: RowReader, header: string, what: keyof typeof known, optional: boolean): string | undefined => {
    const v = optional ? r.text(header)?.trim() || undefined : r.id(header, what);
    if (v !== undefined && !known[what].has(v)) issues.push(m.noSuch(r.where(header), what === 'level' ? 'partner level' : what, v));
    return v;
  };
  const setting = settings?.[0];
  const name = setting?.text('Mix')?.trim() || (stored.mix?.name ?? 'Mix');
  const purchases = setting === undefined ? stored.mix?.partnerPurchases : setting.price('Partner purchases', false);
  const read = rows
    ? rows
        .filter((r) => r.text('Item') !== undefined)
        .map((r) => {
          const item = r.id('Item', 'item') ?? '';
          if (!skus.has(item) && !bundles.has(item)) issues.push(m.noSuch(r.where('Item'), 'product or bundle', item));
          const tier = checked(r, 'Tier', 'tier', true);
          const level = checked(r, 'Level', 'level', true);
          return {
            item: skus.has(item) || !bundles.has(item) ? { sku: item } : { bundle: item },
            ...(tier === undefined ? {} : { tier }),
            term: checked(r, 'Term', 'term', false),
            channel: checked(r, 'Channel', 'channel', false),
            ...(level === undefined ? {} : { level }),
            dealRegistration: r.yesNo('Deal registration', false),
            quantity: r.positive('Quantity') ?? undefined,
            discount: r.share('Discount', 0),
          };
        })
    : (stored.mix?.rows ?? []);
  // Nothing typed where the model had no mix: still none.
  if (stored.mix === undefined && read.length === 0 && purchases === undefined && name === 'Mix') return;
  out.mix = { name, ...(purchases === undefined ? {} : { partnerPurchases: purchases }), rows: read } as Mix;
}
