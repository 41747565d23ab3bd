/**
 * The defined names Tiercraft publishes, so that a user's formula can link to a figure by what it is
 * rather than by where it stands: `=Tiercraft.ListPrice.BK_CLI.product.annual` is the list price of that
 * price-book entry whichever row a rebuild puts it in, and `=Tiercraft.Quote.VendorNet` the quote's total
 * for the vendor. Every name starts with `Tiercraft.`; ids are made legal by turning every character other
 * than a letter, digit or underscore into `_` (a clash after that, or in case, takes `_2`, `_3` …).
 */
import type { DefinedNameSpec, SheetKey, TableSpec } from '../spec';
import { a1, qualified } from '../a1';
import type { BuildContext } from './context';
import { priceKey } from './priceBook';

export const NAME_PREFIX = 'Tiercraft.';
/** Above this many price-book entries no list-price names are published (Excel's Name Manager would drown). */
export const MAX_PRICE_NAMES = 5_000;

const part = (id: string): string => id.replace(/[^A-Za-z0-9_]/g, '_') || '_';
/** 'Vendor margin' → 'VendorMargin'. */
const pascal = (label: string): string =>
  label
    .split(/[^A-Za-z0-9]+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

/** The sheet a Tiercraft name belongs to, from its prefix; null for a name that is not Tiercraft's. */
export function nameKey(name: string): SheetKey | null {
  const lower = name.toLowerCase();
  if (lower.startsWith('tiercraft.listprice.')) return 'priceBook';
  if (lower.startsWith('tiercraft.quote.')) return 'quote';
  if (lower.startsWith('tiercraft.mix.')) return 'mix';
  if (lower === 'tiercraft.scenario') return 'scenarios';
  return null;
}

/** Names made unique case-insensitively, in order. */
function unique(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((n) => {
    let name = n;
    for (let k = 2; seen.has(name.toLowerCase()); k += 1) name = `${n}_${k}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/**
 * Whether the price book has more named list prices than MAX_PRICE_NAMES (each priced entry × term on a
 * row of the Prices table): counted up to one past the limit, without making the names of a big price book.
 */
function tooManyNames({ model }: BuildContext, rowOf: ReadonlyMap<string, number>): boolean {
  const terms = new Set(model.terms.map((t) => t.id));
  const seen = new Set<string>();
  for (const p of model.prices) {
    const key = `${priceKey(p.sku, p.tier)}|${p.term}`;
    if (!terms.has(p.term) || !rowOf.has(priceKey(p.sku, p.tier)) || seen.has(key)) continue;
    seen.add(key);
    if (seen.size > MAX_PRICE_NAMES) return true;
  }
  return false;
}

/** One name per list price (entry × term) of the Prices table, when the price book is not too big. */
export function listPriceNames(ctx: BuildContext, prices: TableSpec, rowOf: ReadonlyMap<string, number>): DefinedNameSpec[] {
  const { model } = ctx;
  if (tooManyNames(ctx, rowOf)) return [];
  const entries = [...rowOf].flatMap(([key, row]) => {
    const [sku = '', tier = ''] = key.split('|');
    return model.terms.map((term, t) => ({ sku, tier, term: term.id, row, col: 3 + t }));
  });
  const priced = new Set(model.prices.map((p) => `${priceKey(p.sku, p.tier)}|${p.term}`));
  const named = entries.filter((e) => priced.has(`${priceKey(e.sku, e.tier)}|${e.term}`));
  if (named.length > MAX_PRICE_NAMES) return [];
  const names = unique(named.map((e) => `${NAME_PREFIX}ListPrice.${part(e.sku)}.${part(e.tier)}.${part(e.term)}`));
  return named.map((e, i) => ({
    name: names[i] as string,
    key: 'priceBook',
    formula: `=${qualified(ctx.names.priceBook, a1({ row: prices.at.row + 1 + e.row, col: prices.at.col + e.col }, true))}`,
    comment: `List price of ${e.sku}, ${e.tier} tier, ${e.term} term`,
  }));
}

/** One name per quote total, by what it is (`Tiercraft.Quote.CustomerPrice`). */
export function quoteTotalNames(ctx: BuildContext, totals: readonly { readonly column: string; readonly at: { row: number; col: number } }[]): DefinedNameSpec[] {
  return totals.map((t) => ({
    name: `${NAME_PREFIX}Quote.${pascal(t.column)}`,
    key: 'quote',
    formula: `=${qualified(ctx.names.quote, a1(t.at, true))}`,
    comment: `Quote total: ${t.column}`,
  }));
}

/** One name per party figure of the mix (`Tiercraft.Mix.VendorPocket`): the MixTotals table's Party rows × its figure columns. */
export function mixTotalNames(ctx: BuildContext, totals: TableSpec): DefinedNameSpec[] {
  return totals.rows.flatMap((row, r) => {
    const party = row[0]?.kind === 'text' ? row[0].value : '';
    return totals.columns.slice(1).map((c, k) => ({
      name: `${NAME_PREFIX}Mix.${pascal(party)}${pascal(c.header)}`,
      key: 'mix' as const,
      formula: `=${qualified(ctx.names.mix, a1({ row: totals.at.row + 1 + r, col: totals.at.col + 1 + k }, true))}`,
      comment: `Mix total: ${party} ${c.header.toLowerCase()}`,
    }));
  });
}
