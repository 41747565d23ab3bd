/**
 * The engine's figures for one priced line (a product or bundle, a quantity, a term, a channel and
 * level), used as the cached results of the waterfall formulas on the Channels and Quote sheets.
 *
 * Every figure comes from the engine: the ladder engine's rate-weighted quantity for the volume discount,
 * the shared waterfall steps (list or compound basis) on exact decimals, and `partyPrices` for the channel
 * half; each reported price is rounded once with `roundMoney`.
 */
import { add, dec, type Decimal, multiply, ONE, partyPrices, roundMoney, subtract, sum, toNumber, ZERO } from '../../engine';
import { compileDiscountLadder, rateWeightedQuantity } from '../../engine/ladder';
import type { Channel, Model, PartnerLevel } from '../../engine/model/schema';

export interface LineInput {
  readonly item: { readonly sku: string } | { readonly bundle: string };
  readonly quantity: number;
  readonly term: string;
  /** Product lines: the price-book tier. Bundles are priced in their own tier. */
  readonly tier?: string;
  readonly channel: string;
  readonly level?: string;
  readonly dealRegistration: boolean;
  readonly discount: number;
}

export interface LineFigures {
  readonly kind: 'product' | 'bundle';
  readonly tier: string;
  readonly listUnitPrice: number;
  readonly extendedList: number;
  /** W(q): quantity weighted by the ladder's band rates (0 without a ladder, and for bundles). */
  readonly weightedUnits: number;
  readonly afterVolume: number;
  readonly afterTerm: number;
  /** Customer price before rounding. */
  readonly customerExact: number;
  readonly customerPrice: number;
  readonly resellerBuy: number | null;
  readonly distributorBuy: number | null;
  readonly vendorInvoice: number;
  readonly rebate: number;
  readonly mdf: number;
  readonly vendorNet: number;
  readonly resellerMargin: number | null;
  readonly distributorMargin: number | null;
  readonly cost: number;
  readonly vendorMargin: number;
}

const listPriceOf = (model: Model, sku: string, tier: string, term: string): number =>
  model.prices.find((p) => p.sku === sku && p.tier === tier && p.term === term)?.listPrice ?? 0;

/** The bundle's price for a term: fixed, or the components' list in its tier less the bundle discount (rounded). */
export function bundleUnitPrice(model: Model, bundleId: string, term: string): Decimal {
  const b = model.bundles.find((x) => x.id === bundleId);
  if (b === undefined) return ZERO;
  if (b.pricing.kind === 'fixed') return dec(b.pricing.prices[term] ?? 0);
  const standalone = sum(b.components.map((c) => multiply(dec(listPriceOf(model, c.sku, b.tier, term)), dec(c.quantity))));
  return roundMoney(multiply(standalone, subtract(ONE, dec(b.pricing.discount))), model.rounding.minorUnits);
}

function ladderOf(model: Model, sku: string, tier: string) {
  const product = model.products.find((p) => p.sku === sku);
  const id = product?.ladder ?? model.tiers.find((t) => t.id === tier)?.ladder;
  const ladder = id === undefined ? undefined : model.ladders.find((l) => l.id === id);
  return ladder === undefined ? undefined : compileDiscountLadder(ladder.bands.map((b) => ({ upTo: b.upTo, discount: b.discount })), ladder.mode);
}

export function lineFigures(model: Model, line: LineInput): LineFigures {
  const mu = model.rounding.minorUnits;
  const isBundle = 'bundle' in line.item;
  const bundle = 'bundle' in line.item ? model.bundles.find((b) => 'bundle' in line.item && b.id === line.item.bundle) : undefined;
  const tier = bundle?.tier ?? line.tier ?? '';
  const sku = 'sku' in line.item ? line.item.sku : '';
  const P = isBundle ? bundleUnitPrice(model, bundle?.id ?? '', line.term) : dec(listPriceOf(model, sku, tier, line.term));
  const Q = dec(line.quantity);
  const ext = multiply(P, Q);
  const ladder = isBundle ? undefined : ladderOf(model, sku, tier);
  const W = ladder === undefined ? ZERO : rateWeightedQuantity(ladder, Q);
  const afterVolume = subtract(ext, multiply(P, W));
  const t = dec(model.terms.find((x) => x.id === line.term)?.discount ?? 0);
  const n = dec(line.discount);
  const compound = model.discountBasis === 'compound';
  const afterTerm = compound ? multiply(afterVolume, subtract(ONE, t)) : subtract(afterVolume, multiply(ext, t));
  const customer = compound ? multiply(afterTerm, subtract(ONE, n)) : subtract(afterTerm, multiply(ext, n));
  const channel: Channel | undefined = model.channels.find((c) => c.id === line.channel);
  const level: PartnerLevel | undefined = model.levels.find((l) => l.id === line.level);
  const kind = channel?.kind ?? 'direct';
  const resellerDiscount = level === undefined ? ZERO : add(dec(level.discount), line.dealRegistration ? dec(level.dealRegistration) : ZERO);
  const p = partyPrices(
    {
      kind,
      basis: model.discountBasis,
      list: ext,
      customerPrice: customer,
      resellerDiscount,
      distributorDiscount: dec(kind === 'two-tier' ? (channel?.distributorDiscount ?? 0) : 0),
      rebate: dec(level?.rebate ?? 0),
      mdf: dec(level?.mdf ?? 0),
    },
    mu,
  );
  const unitCost = isBundle
    ? sum((bundle?.components ?? []).map((c) => multiply(dec(model.products.find((x) => x.sku === c.sku)?.unitCost ?? 0), dec(c.quantity))))
    : dec(model.products.find((x) => x.sku === sku)?.unitCost ?? 0);
  const cost = multiply(unitCost, Q);
  const orNull = (d: Decimal | null): number | null => (d === null ? null : toNumber(d));
  return {
    kind: isBundle ? 'bundle' : 'product',
    tier,
    listUnitPrice: toNumber(P),
    extendedList: toNumber(ext),
    weightedUnits: toNumber(W),
    afterVolume: toNumber(roundMoney(afterVolume, mu)),
    afterTerm: toNumber(roundMoney(afterTerm, mu)),
    customerExact: toNumber(customer),
    customerPrice: toNumber(p.customerPrice),
    resellerBuy: orNull(p.resellerBuy),
    distributorBuy: orNull(p.distributorBuy),
    vendorInvoice: toNumber(p.vendorInvoice),
    rebate: toNumber(p.rebate),
    mdf: toNumber(p.mdf),
    vendorNet: toNumber(p.vendorNet),
    resellerMargin: orNull(p.resellerMargin),
    distributorMargin: orNull(p.distributorMargin),
    cost: toNumber(cost),
    vendorMargin: toNumber(subtract(p.vendorNet, cost)),
  };
}
