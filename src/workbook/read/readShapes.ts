/**
 * Read-back of the price shapes: the PriceShapes table (entries of products not priced per unit, Price
 * book sheet), the PriceBands table (price ladders, Ladders sheet) and the QuoteCommitment table (the
 * quote's minimum commitment). A table that is missing (a workbook built before price shapes) leaves its
 * part of the model as stored. An entry in both the Prices and the PriceShapes tables is taken from
 * PriceShapes.
 */
import type { ModelInput } from '../../engine/model/schema';
import { entryKey } from '../build/priceShapes';
import { PRICE_LADDER_MODES } from '../build/priceLadders';
import type { RowReader } from './cells';
import { readMessages as m } from './messages';

type Input = ModelInput;
type Section<K extends keyof Input> = NonNullable<Input[K]>;
type Table = (name: string, required: readonly string[]) => RowReader[] | undefined;
type PriceInput = Section<'prices'>[number];

export function readShapes(stored: ModelInput, table: Table, out: Record<string, unknown>, issues: string[]): void {
  const shaped = table('PriceShapes', ['SKU', 'Tier', 'Term']);
  if (shaped) {
    const entries = shaped.map((r): PriceInput => {
      const optional = <K extends string, V>(k: K, v: V | undefined | null): Partial<Record<K, V>> => (v === undefined || v === null ? {} : ({ [k]: v } as Record<K, V>));
      const ladder = r.text('Price ladder')?.trim();
      return {
        sku: r.id('SKU', 'SKU') ?? '',
        tier: r.id('Tier', 'tier') ?? '',
        term: r.id('Term', 'term') ?? '',
        listPrice: r.price('List price', false) ?? 0,
        ...optional('ladder', ladder === '' ? undefined : ladder),
        ...optional('packageSize', r.positive('Package size')),
        ...optional('includedUnits', r.price('Included units', false)),
        ...optional('platformFee', r.price('Platform fee', false)),
        ...optional('minimumCharge', r.price('Minimum charge', false)),
      };
    });
    const keys = new Set(entries.map(entryKey));
    const perUnit = ((out.prices ?? stored.prices ?? []) as PriceInput[]).filter((p) => !keys.has(entryKey(p)));
    // Keep the stored order of prices; new ones go last.
    const order = new Map((stored.prices ?? []).map((p, i) => [entryKey(p), i]));
    const rank = (p: PriceInput): number => order.get(entryKey(p)) ?? Number.MAX_SAFE_INTEGER;
    out.prices = [...perUnit, ...entries].sort((a, b) => rank(a) - rank(b));
  } else if (out.prices !== undefined) {
    // No PriceShapes table (none was needed when the workbook was built): the stored shaped entries stay.
    const perUnit = new Set((stored.products ?? []).filter((p) => (p.shape ?? 'per-unit') === 'per-unit').map((p) => p.sku));
    const read = new Set((out.prices as PriceInput[]).map(entryKey));
    out.prices = [...(out.prices as PriceInput[]), ...(stored.prices ?? []).filter((p) => !perUnit.has(p.sku) && !read.has(entryKey(p)))];
  }
  const bands = table('PriceBands', ['Ladder', 'Name', 'Mode', 'Up to', 'Unit price']);
  if (bands) {
    const ladders = new Map<string, { id: string; name: string; mode: (typeof PRICE_LADDER_MODES)[number]; bands: { upTo: number | null; unitPrice: number; flatFee: number }[] }>();
    for (const r of bands) {
      const id = r.id('Ladder', 'price ladder id');
      const name = r.id('Name', 'price ladder name');
      const mode = r.oneOf('Mode', PRICE_LADDER_MODES);
      const upTo = r.positive('Up to') ?? null;
      const unitPrice = r.price('Unit price');
      const flatFee = r.price('Flat fee', false) ?? 0;
      if (id === undefined || name === undefined || mode === undefined || unitPrice === undefined) continue;
      const ladder = ladders.get(id) ?? { id, name, mode, bands: [] };
      if (ladder.mode !== mode) issues.push(m.modeDiffers(r.where('Mode'), id, ladder.mode));
      ladder.bands.push({ upTo, unitPrice, flatFee });
      ladders.set(id, ladder);
    }
    // None, in a model file that wrote none: left unwritten, as the default.
    if (ladders.size > 0 || stored.priceLadders !== undefined) out.priceLadders = [...ladders.values()] as Section<'priceLadders'>;
  }
  const commitment = table('QuoteCommitment', ['Minimum commitment']);
  if (commitment) {
    const minimum = commitment[0]?.price('Minimum commitment', false);
    const quote = { ...((out.quote ?? stored.quote ?? {}) as Section<'quote'>) };
    delete quote.minimumCommitment;
    out.quote = minimum === undefined ? quote : { ...quote, minimumCommitment: minimum };
  }
}
