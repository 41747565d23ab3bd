/**
 * Discounts stated off list must not add up past 100% of list on any line that can be priced: past it,
 * the customer price (term + volume + negotiated discount) or a partner's buy price (those less the
 * reseller's and distributor's discounts) would be negative. Only the 'list' basis can get there: on
 * the 'compound' basis each discount is a share of what is left, and nothing goes below 0.
 *
 * - On the model: every term with the deepest band of each ladder its lines can reach, through the
 *   deepest partner route (deal registered) when the model sells through partners;
 * - on each quote line with a negotiated discount: that discount on top of the line's own volume
 *   discount (at its quantity), term discount and partner route.
 * Partner discounts alone past 100% are reported by validateChannels.
 */
import { type Decimal, ONE, ZERO, add, compare, dec, min, multiply, subtract, toNumber } from '../decimal';
import { type IssueLog } from './issues';
import { modelMessages as m } from './messages';
import type { DiscountLadder, Model, QuoteLine } from './schema';

/** One discount off list, and whose price it comes out of first. */
interface Part {
  readonly text: string;
  readonly rate: Decimal;
  readonly party: 'customer' | 'reseller' | 'distributor';
}

const over = (parts: readonly Part[]): Decimal => parts.reduce((total, p) => add(total, p.rate), ZERO);
const pastList = (parts: readonly Part[]): boolean => compare(over(parts), ONE) > 0;
const pct = (rate: Decimal): string => `${Math.round(toNumber(rate) * 1e6) / 1e4}%`;
const partsText = (parts: readonly Part[]): string => parts.map((p) => `${p.text} ${pct(p.rate)}`).join(' + ');

/** The partner discounts off list of a route: the level (deal registered or not) and the distributor. */
function partnerParts(model: Model, channelId: string, levelId: string | undefined, registered: boolean): Part[] | null {
  const channel = model.channels.find((c) => c.id === channelId);
  const level = model.levels.find((l) => l.id === levelId);
  if (!channel || channel.kind === 'direct' || !level) return channel?.kind === 'direct' ? [] : null;
  const parts: Part[] = [{ text: `level "${level.id}"`, rate: dec(level.discount), party: 'reseller' }];
  if (registered && level.dealRegistration > 0) parts.push({ text: 'deal registration', rate: dec(level.dealRegistration), party: 'reseller' });
  if (channel.kind === 'two-tier') parts.push({ text: `distributor on channel "${channel.id}"`, rate: dec(channel.distributorDiscount), party: 'distributor' });
  return parts;
}

/** The partner route that takes the most off list, unless its discounts alone pass 100% (reported elsewhere). */
function deepestRoute(model: Model): Part[] {
  let deepest: Part[] = [];
  for (const channel of model.channels) {
    for (const level of channel.kind === 'direct' ? [] : model.levels) {
      const parts = partnerParts(model, channel.id, level.id, true) ?? [];
      if (!pastList(parts) && compare(over(parts), over(deepest)) > 0) deepest = parts;
    }
  }
  return deepest;
}

/** The first price of the chain that goes below 0: the customer's, the reseller's or the distributor's. */
function whose(parts: readonly Part[]): string {
  if (pastList(parts.filter((p) => p.party === 'customer'))) return 'customer price';
  return pastList(parts.filter((p) => p.party !== 'distributor')) ? "reseller's buy price" : "distributor's buy price";
}

/** The first entry of each id, looked up once per model (a large price book stays linear). */
function firstById<T>(list: readonly T[], key: (t: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of list) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}
const lookups = new WeakMap<Model, (line: Pick<QuoteLine, 'item' | 'tier'>) => DiscountLadder | undefined>();

function ladderOf(model: Model, line: Pick<QuoteLine, 'item' | 'tier'>): DiscountLadder | undefined {
  let find = lookups.get(model);
  if (find === undefined) {
    const products = firstById(model.products, (p) => p.sku);
    const bundles = firstById(model.bundles, (b) => b.id);
    const tiers = firstById(model.tiers, (t) => t.id);
    const ladders = firstById(model.ladders, (l) => l.id);
    find = (l) => {
      const tierId = 'sku' in l.item ? l.tier : bundles.get(l.item.bundle)?.tier;
      const ladderId = ('sku' in l.item ? products.get(l.item.sku)?.ladder : undefined) ?? (tierId === undefined ? undefined : tiers.get(tierId)?.ladder);
      return ladderId === undefined ? undefined : ladders.get(ladderId);
    };
    lookups.set(model, find);
  }
  return find(line);
}

/** Every (term, ladder) a line can be priced on: from the price book and the bundles. */
function termLadders(model: Model): Map<string, Set<DiscountLadder | undefined>> {
  const out = new Map<string, Set<DiscountLadder | undefined>>();
  const add = (term: string, ladder: DiscountLadder | undefined): void => void out.set(term, (out.get(term) ?? new Set()).add(ladder));
  for (const p of model.prices) add(p.term, ladderOf(model, { item: { sku: p.sku }, tier: p.tier }));
  for (const b of model.bundles) {
    const terms = b.pricing.kind === 'fixed' ? Object.keys(b.pricing.prices) : model.terms.map((t) => t.id);
    for (const term of terms) add(term, ladderOf(model, { item: { bundle: b.id } }));
  }
  return out;
}

/** One error per place at fault (a term, or a ladder band), for the deepest combination through it. */
function checkModelDiscounts(log: IssueLog, model: Model): void {
  const route = deepestRoute(model);
  const reachable = termLadders(model);
  const worst = new Map<string, { total: Decimal; message: string; value: number }>();
  model.terms.forEach((term, i) => {
    const termOnly: Part[] = [{ text: `term "${term.id}"`, rate: dec(term.discount), party: 'customer' }, ...route];
    if (term.discount > 0 && pastList(termOnly)) {
      // The term is at fault whatever the ladder: reported once, on the term.
      log.error(`terms[${i}].discount`, m.discountsPastList(partsText(termOnly), pct(over(termOnly)), whose(termOnly)), term.discount);
      return;
    }
    for (const ladder of reachable.get(term.id) ?? []) {
      const bands = ladder?.bands ?? [];
      const deepest = bands.reduce((best, band, j) => (band.discount > (bands[best]?.discount ?? 0) ? j : best), -1);
      const band = ladder ? bands[deepest] : undefined;
      if (term.discount === 0 && band === undefined) continue; // partner discounts alone: validateChannels
      const customer: Part[] = term.discount > 0 ? [{ text: `term "${term.id}"`, rate: dec(term.discount), party: 'customer' }] : [];
      if (ladder && band) customer.push({ text: `ladder "${ladder.id}" band ${deepest + 1}`, rate: dec(band.discount), party: 'customer' });
      const all = [...customer, ...route];
      const total = over(all);
      if (compare(total, ONE) <= 0) continue;
      const path = ladder && band ? `ladders[${model.ladders.indexOf(ladder)}].bands[${deepest}].discount` : `terms[${i}].discount`;
      const before = worst.get(path);
      if (before === undefined || compare(total, before.total) > 0) {
        worst.set(path, { total, message: m.discountsPastList(partsText(all), pct(total), whose(all)), value: band?.discount ?? term.discount });
      }
    }
  });
  for (const [path, found] of worst) log.error(path, found.message, found.value);
}

/** Units × the volume discount the ladder gives `quantity` units (graduated: band by band); null past the last band. */
function volumeOff(ladder: DiscountLadder, quantity: Decimal): Decimal | null {
  let lower = ZERO;
  let off = ZERO;
  for (const band of ladder.bands) {
    const upTo = band.upTo === null ? null : dec(band.upTo);
    const reached = upTo === null || compare(quantity, upTo) <= 0;
    if (ladder.mode === 'volume') {
      if (reached) return multiply(quantity, dec(band.discount));
    } else {
      off = add(off, multiply(subtract(upTo === null ? quantity : min(quantity, upTo), lower), dec(band.discount)));
      if (reached) return off;
    }
    lower = upTo ?? lower;
  }
  return null;
}

/** What a line's discounts off list depend on: a quote line or a mix row. */
export type DiscountedLine = Pick<QuoteLine, 'item' | 'tier' | 'term' | 'channel' | 'level' | 'dealRegistration' | 'discount' | 'quantity'>;

/** One line (at `path`): its negotiated discount on top of its volume, term and partner discounts stays within list. */
export function checkLine(log: IssueLog, model: Model, line: DiscountedLine, path: string): void {
  const term = model.terms.find((t) => t.id === line.term);
  const route = partnerParts(model, line.channel, line.level, line.dealRegistration);
  if (line.discount === 0 || !term || route === null) return;
  const quantity = dec(line.quantity);
  const ladder = ladderOf(model, line);
  const off = ladder ? volumeOff(ladder, quantity) : ZERO;
  if (off === null) return; // no band for the quantity: reported as a line that cannot be priced
  const lineOff: Part = { text: 'line discount', rate: dec(line.discount), party: 'customer' };
  const termOff: Part[] = term.discount > 0 ? [{ text: `term "${term.id}"`, rate: dec(term.discount), party: 'customer' }] : [];
  const fixed = [lineOff, ...termOff, ...route];
  // Exact: the volume discount in units (off) plus quantity × the other rates, against the quantity.
  if (compare(add(off, multiply(quantity, over(fixed))), quantity) <= 0) return;
  const volume: Part[] = ladder && off.units !== 0n ? [{ text: `volume (ladder "${ladder.id}" at ${line.quantity} units)`, rate: dec(toNumber(off) / line.quantity), party: 'customer' }] : [];
  const all = [lineOff, ...volume, ...termOff, ...route];
  log.error(`${path}.discount`, m.discountsPastList(partsText(all), pct(over(all)), whose(all)), line.discount);
}

/** The model's terms and ladders through its deepest partner route (lines apart). */
export function validateModelDiscounts(log: IssueLog, model: Model): void {
  if (model.discountBasis === 'list') checkModelDiscounts(log, model);
}

export function validateDiscounts(log: IssueLog, model: Model): void {
  if (model.discountBasis !== 'list') return;
  checkModelDiscounts(log, model);
  model.quote.lines.forEach((line, i) => checkLine(log, model, line, `quote.lines[${i}]`));
  model.mix?.rows.forEach((row, i) => checkLine(log, model, row, `mix.rows[${i}]`));
}
