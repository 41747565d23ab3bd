/**
 * The engine's figures for one priced line (a product or bundle, a quantity, a term, a channel and
 * level): the cached results of the waterfall formulas on the Channels and Quote sheets. Everything comes
 * from the quote engine's `priceQuoteLine`, plus the ladder engine's rate-weighted quantity, which the
 * sheet shows as a step of its own.
 */
import { type Decimal, dec, indexModel, isPricingError, multiply, ONE, subtract, ZERO, priceQuoteLine, type QuoteLineInput, rateWeightedQuantity, routes, toNumber } from '../../engine';
import { priceKey } from '../../engine/model/modelIndex';
import type { Model } from '../../engine/model/schema';
import { shapeCharge, shapedEntry } from '../../engine/shapes';

export type LineInput = QuoteLineInput;

export interface LineFigures {
  readonly kind: 'product' | 'bundle';
  /** The product's price shape ('per-unit' for a bundle). */
  readonly shape: string;
  readonly tier: string;
  /** A shaped line's units charged for (after its included units) and charge before its minimum, exact (null for a per-unit line). */
  readonly unitsCharged: number | null;
  readonly chargeBeforeMinimum: number | null;
  /** The extended list, exact: a shaped line's charge, else unit list price × quantity. */
  readonly exactList: number;
  /** What a minimum charge adds to the line's list (0 when none). */
  readonly trueUp: number;
  /** The line's price maths in words. */
  readonly explanation: string;
  readonly listUnitPrice: number;
  /** Extended list, rounded to the minor unit. */
  readonly extendedList: number;
  /** W(q): quantity weighted by the ladder's band rates (0 without a ladder). */
  readonly weightedUnits: number;
  readonly afterVolume: number;
  readonly afterTerm: number;
  /** The customer price before any price ending, exact (the chain from the exact extended list). */
  readonly beforeEnding: number;
  /** The published price, exact: the chain without the negotiated discount (what partner-funded buy prices start from). */
  readonly published: number;
  readonly customerPrice: number;
  /** What the special bid took off the customer price. */
  readonly specialBidDiscount: number;
  /** The funding the buy prices follow (the line's, else its channel's, else the model's). */
  readonly funding: string;
  /** The effective rebate, MDF and co-op rates (by the partner's purchases; 0 for a direct line). */
  readonly rates: { readonly rebate: number; readonly mdf: number; readonly coop: number };
  readonly coop: number;
  /** 1 − customer price / list. */
  readonly customerDiscount: number;
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
  /** Vendor margin / vendor net; null when the net is 0. */
  readonly vendorMarginRate: number | null;
  /** Direct lines: the lowest reseller buy over every partner route (deal registered, no line discount). */
  readonly partnerFloor: number | null;
}

/** The least a partner's customer can be charged for a direct line (as the channel-conflict guardrail). */
function partnerFloor(model: Model, line: LineInput): number | null {
  let best: number | null = null;
  for (const route of routes(model)) {
    if (route.level === null) continue;
    try {
      const buy = priceQuoteLine(model, { ...line, channel: route.channel.id, level: route.level.id, dealRegistration: true, discount: 0 }).resellerBuy;
      if (buy !== null && (best === null || toNumber(buy) < best)) best = toNumber(buy);
    } catch (e) {
      if (!isPricingError(e)) throw e;
    }
  }
  return best;
}

/** The ladder id a line is discounted by: the product's own, else its tier's (a bundle: its tier's). */
export function lineLadder(model: Model, line: LineInput, tier: string): string | undefined {
  const index = indexModel(model);
  const own = 'sku' in line.item ? index.products.get(line.item.sku)?.ladder : undefined;
  return own ?? index.tiers.get(tier)?.ladder;
}

/** A shaped line's shape, units charged, charge before the minimum and charge, exact (nulls for a per-unit line). */
function shapeFigures(model: Model, line: LineInput, tier: string): Pick<LineFigures, 'shape' | 'unitsCharged' | 'chargeBeforeMinimum'> & { charge: Decimal | null } {
  const index = indexModel(model);
  const product = 'sku' in line.item ? index.products.get(line.item.sku) : undefined;
  const price = product === undefined ? undefined : index.prices.get(priceKey(product.sku, tier, line.term));
  if (product === undefined || product.shape === 'per-unit' || price === undefined) return { shape: 'per-unit', unitsCharged: null, chargeBeforeMinimum: null, charge: null };
  const charged = shapeCharge(shapedEntry(product.shape, price, index.priceLadders), dec(line.quantity));
  return { shape: product.shape, unitsCharged: toNumber(charged.billable), chargeBeforeMinimum: toNumber(charged.raw), charge: charged.charge };
}

/** The exact chain to the customer price before any ending: (E − P·W) less the term and line discounts and the special bid, on the model's basis. */
function beforeEndingOf(model: Model, line: LineInput, unitList: Decimal, exactList: Decimal, weighted: Decimal, negotiated = true): number {
  const t = dec(model.terms.find((x) => x.id === line.term)?.discount ?? 0);
  const n = dec(negotiated ? (line.discount ?? 0) : 0);
  const s = dec(line.specialBid ?? 0);
  const afterVolume = subtract(exactList, multiply(unitList, weighted));
  if (model.discountBasis === 'compound') return toNumber(multiply(multiply(multiply(afterVolume, subtract(ONE, t)), subtract(ONE, n)), subtract(ONE, s)));
  return toNumber(subtract(subtract(subtract(afterVolume, multiply(exactList, t)), multiply(exactList, n)), multiply(exactList, s)));
}

/** `withPartnerFloor: false` skips pricing the line on every partner route (its partnerFloor is then null). */
export function lineFigures(model: Model, line: LineInput, withPartnerFloor = true): LineFigures {
  const r = priceQuoteLine(model, line);
  const ladderId = lineLadder(model, line, r.tier);
  const ladder = ladderId === undefined ? undefined : indexModel(model).ladders.get(ladderId);
  const n = (d: { units: bigint; scale: number } | null | undefined): number | null => (d === null || d === undefined ? null : toNumber(d));
  const shaped = shapeFigures(model, line, r.tier);
  const exactList = shaped.charge ?? multiply(r.unitListPrice, dec(line.quantity));
  const weighted = ladder === undefined || shaped.shape !== 'per-unit' ? ZERO : rateWeightedQuantity(ladder, dec(line.quantity));
  return {
    kind: r.item.kind,
    tier: r.tier,
    shape: shaped.shape,
    unitsCharged: shaped.unitsCharged,
    chargeBeforeMinimum: shaped.chargeBeforeMinimum,
    exactList: toNumber(exactList),
    trueUp: toNumber(r.trueUp),
    explanation: r.explanation,
    listUnitPrice: toNumber(r.unitListPrice),
    extendedList: toNumber(r.listPrice),
    weightedUnits: toNumber(weighted),
    afterVolume: toNumber(r.afterVolume),
    afterTerm: toNumber(r.afterTerm),
    beforeEnding: beforeEndingOf(model, line, r.unitListPrice, exactList, weighted),
    published: beforeEndingOf(model, line, r.unitListPrice, exactList, weighted, false),
    customerPrice: toNumber(r.customerPrice),
    specialBidDiscount: toNumber(r.specialBidDiscount),
    funding: r.funding,
    rates: { rebate: toNumber(r.rates.rebate), mdf: toNumber(r.rates.mdf), coop: toNumber(r.rates.coop) },
    coop: toNumber(r.coop),
    customerDiscount: toNumber(r.customerDiscountRate),
    resellerBuy: n(r.resellerBuy),
    distributorBuy: n(r.distributorBuy),
    vendorInvoice: toNumber(r.vendorInvoice),
    rebate: toNumber(r.rebate),
    mdf: toNumber(r.mdf),
    vendorNet: toNumber(r.vendorNet),
    resellerMargin: n(r.resellerMargin?.amount),
    distributorMargin: n(r.distributorMargin?.amount),
    cost: toNumber(r.cost),
    vendorMargin: toNumber(r.vendorMargin.amount),
    vendorMarginRate: n(r.vendorMargin.rate),
    partnerFloor: r.channelKind === 'direct' && withPartnerFloor ? partnerFloor(model, line) : null,
  };
}

/** The figures, or null when the engine cannot price the line (e.g. discounts beyond list): the sheet then shows what the formulas give. */
export function tryLineFigures(model: Model, line: LineInput, withPartnerFloor = true): LineFigures | null {
  try {
    return lineFigures(model, line, withPartnerFloor);
  } catch (e) {
    if (isPricingError(e)) return null;
    throw e;
  }
}
