/**
 * Read-back of the Quote sheet: the customer, the QuoteLines table (one quote line per row with an item)
 * and the QuoteConfigurations table, whose rows give a bundle line's components their units per bundle
 * by the line's number (the Line column). A workbook built before the configurations table keeps each
 * line's stored configuration.
 */
import type { ModelInput } from '../../engine/model/schema';
import type { RowReader } from './cells';
import type { ReadBackInput } from './readBack';
import { readMessages as m } from './messages';
import { FUNDINGS } from '../build/partners';

type Lines = NonNullable<ModelInput['quote']>['lines'];

export function readQuote(
  input: ReadBackInput,
  table: (name: string, required: readonly string[]) => RowReader[] | undefined,
  out: Record<string, unknown>,
  issues: string[],
): void {
  const { stored } = input;
  const lines = table('QuoteLines', ['Item', 'Quantity', 'Term']);
  if (!lines && input.customer === undefined) return;
  const configurations = table('QuoteConfigurations', ['Line', 'Component', 'Units per bundle']);
  const bundleIds = new Set(((out.bundles as { id?: string }[] | undefined) ?? []).map((b) => b.id));
  const customer = input.customer === undefined || input.customer === null ? (stored.quote?.customer ?? '') : String(input.customer);
  const storedLines = stored.quote?.lines ?? [];
  const purchases = partnerPurchases(input, issues);
  if (!lines) {
    out.quote = withPurchases({ ...stored.quote, customer, lines: storedLines }, purchases);
    return;
  }
  const rows = lines.filter((r) => r.text('Item') !== undefined);
  const numbers = rows.map((r) => (r.has('Line') ? r.whole('Line') : undefined));
  const components = configurations ? configured(configurations, numbers, issues) : undefined;
  const quoteLines = rows.map((r, i) => {
    const item = r.id('Item', 'item') ?? '';
    const tier = r.text('Tier')?.trim();
    const level = r.text('Level')?.trim();
    const specialBid = r.share('Special bid', 0);
    const funding = r.optionalOneOf('Funding', FUNDINGS);
    const before = storedLines[i];
    const sameItem = before !== undefined && ('sku' in before.item ? before.item.sku : before.item.bundle) === item;
    // Without the configurations table (an older workbook), a line keeps the configuration it had.
    const own = components ? components[i] : sameItem ? before.components : undefined;
    return {
      item: bundleIds.has(item) ? { bundle: item } : { sku: item },
      quantity: r.positive('Quantity') ?? undefined,
      term: r.id('Term', 'term'),
      ...(tier ? { tier } : {}),
      channel: r.id('Channel', 'channel'),
      ...(level ? { level } : {}),
      dealRegistration: r.yesNo('Deal registration', false),
      discount: r.share('Line discount', 0),
      ...(specialBid === undefined || specialBid === 0 ? {} : { specialBid }),
      ...(funding === undefined ? {} : { funding }),
      ...(own !== undefined ? { components: own } : {}),
    };
  });
  out.quote = withPurchases({ ...stored.quote, customer, lines: quoteLines as Lines }, purchases);
}

type Quote = NonNullable<ModelInput['quote']>;

/** The Partner purchases cell: a money amount ≥ 0, or blank (none); undefined when the cell was not read. */
function partnerPurchases(input: ReadBackInput, issues: string[]): { readonly value: number | undefined } | undefined {
  const cell = input.partnerPurchases;
  if (cell === undefined) return undefined;
  const v = cell.value;
  if (v === null || (typeof v === 'string' && v.trim() === '')) return { value: undefined };
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : NaN;
  if (Number.isFinite(n) && n >= 0) return { value: n };
  issues.push(typeof v === 'number' ? m.negative(cell.where, v) : m.notAPrice(cell.where, v));
  return undefined;
}

/** The quote with the purchases read (as stored when the cell was not read). */
function withPurchases(quote: Quote, purchases: { readonly value: number | undefined } | undefined): Quote {
  if (purchases === undefined) return quote;
  const { partnerPurchases: _, ...rest } = quote;
  return purchases.value === undefined ? rest : { ...rest, partnerPurchases: purchases.value };
}

/** Each line's components (by position among the lines), from the configuration rows naming its number. */
function configured(rows: readonly RowReader[], numbers: readonly (number | undefined)[], issues: string[]): (Record<string, number> | undefined)[] {
  const out: (Record<string, number> | undefined)[] = numbers.map(() => undefined);
  for (const r of rows) {
    // A spare row: its inputs blank (its formula cells may hold anything).
    if (['Line', 'Component', 'Units per bundle'].every((h) => r.text(h) === undefined || r.text(h)?.trim() === '')) continue;
    const line = r.whole('Line');
    const sku = r.id('Component', 'component SKU');
    const units = r.whole('Units per bundle');
    if (line === undefined) {
      if (r.text('Line') === undefined) issues.push(m.blank(r.where('Line'), 'line number'));
      continue;
    }
    if (sku === undefined) continue;
    if (units === undefined) {
      if (r.text('Units per bundle') === undefined) issues.push(m.blank(r.where('Units per bundle'), 'units per bundle'));
      continue;
    }
    const at = numbers.indexOf(line);
    if (at < 0) issues.push(m.unknownLine(r.where('Line'), line));
    else if (numbers.indexOf(line, at + 1) >= 0) issues.push(m.lineNumberTwice(r.where('Line'), line));
    else if (out[at]?.[sku] !== undefined) issues.push(m.componentTwice(r.where('Component'), sku, line));
    else out[at] = { ...(out[at] ?? {}), [sku]: units };
  }
  return out;
}
