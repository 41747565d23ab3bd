/**
 * A quote line's result straight from the fast path's figures (fastCore.ts: whole minor units held
 * exactly in doubles below 2^53). The line keeps those whole numbers and nothing else; each money column
 * becomes a decimal when it is read, so a quote of many lines holds a few hundred bytes a line instead of
 * two dozen decimals and bigints, and what reads only some columns (a total, a mix's customer prices)
 * builds only those. Every column reads exactly what priceQuoteLine.ts's bigint path gives (see the quote
 * specs, which compare both column by column). A column's decimal is built anew on each read: read it
 * once where it is used many times.
 */
import * as decimal from '../decimal';
import type { Decimal, RoundingMode } from '../decimal';
import * as bundles from '../bundle/bundlePrice';
import type { BundlePriceResult } from '../bundle/bundlePrice';
import * as shapes from '../shapes';
import type { ChannelKind } from '../channel/partyPrices';
import type { DiscountFunding } from '../model/schema';
import type { CoreFigures } from './fastCore';
import type { LineTerms } from './exactCore';
import type { LinePlan } from './linePlan';
import * as share from './share';
import type { AllocatedComponent, Margin, QuoteLineResult } from './types';

// Bound once (see priceQuoteLine.ts): under a CommonJS transform each `module.f` access is a getter.
const { ZERO } = decimal;
const { allocateMinorUnits } = bundles;
const { explainUnitPrice } = shapes;
const { rateOfDoubles } = share;

const SAFE = 2 ** 53;
const P10: readonly number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** 0 at each minor unit, shared by every line's columns of 0. */
const zeros: Decimal[] = [];
function zeroAt(mu: number): Decimal {
  let z = zeros[mu];
  if (z === undefined) {
    z = { units: 0n, scale: mu };
    zeros[mu] = z;
  }
  return z;
}

/** A product line's allocation: one frozen empty list shared by every such line. */
const NO_COMPONENTS: readonly AllocatedComponent[] = Object.freeze([]);

/** The programme rates a line of a plan earned: one object per plan, shared by its lines. */
const planRates = new WeakMap<LinePlan, QuoteLineResult['rates']>();
function ratesOf(plan: LinePlan): QuoteLineResult['rates'] {
  let rates = planRates.get(plan);
  if (rates === undefined) {
    rates = { rebate: plan.rebate, mdf: plan.mdf, coop: plan.coop };
    planRates.set(plan, rates);
  }
  return rates;
}

/**
 * customer × 10^k / quantity units rounded by mode, as decimal.divideIntegers would (customer ≥ 0,
 * quantity > 0), or NaN when the numbers are too large to divide exactly in doubles.
 */
function unitPriceUnits(customer: number, k: number, quantity: number, mode: RoundingMode): number {
  const n = customer * (P10[k] as number);
  if (!(n < SAFE / 2 && quantity < SAFE / 2)) return NaN;
  let q = Math.floor(n / quantity);
  let r = n - q * quantity;
  if (r < 0) {
    q -= 1;
    r += quantity;
  } else if (r >= quantity) {
    q += 1;
    r -= quantity;
  }
  if (r === 0) return q;
  const twice = r * 2;
  return twice > quantity || (twice === quantity && (mode === 'halfAwayFromZero' || q % 2 !== 0)) ? q + 1 : q;
}

/** A line's money columns as whole minor units, for the quote's totals: the fast line's own numbers. */
export interface LineUnits {
  readonly figures: CoreFigures;
  /** What the vendor invoices: the distributor's buy, else the reseller's, else the customer price. */
  readonly invoiceUnits: number;
  /** The vendor's pocket price: invoice − rebate − MDF − co-op. */
  readonly net: number;
  /** The partners' margins (null without that partner on the route). */
  readonly resellerMarginUnits: number | null;
  readonly distributorMarginUnits: number | null;
  /** The minor unit every figure is counted in. */
  readonly minorUnits: number;
}

class FastQuoteLine implements QuoteLineResult, LineUnits {
  readonly net: number;
  private explained: string | undefined = undefined;

  constructor(
    private readonly plan: LinePlan,
    readonly quantity: Decimal,
    readonly minorUnits: number,
    private readonly mode: RoundingMode,
    private readonly terms: LineTerms,
    readonly figures: CoreFigures,
    private readonly unitPrice: number,
  ) {
    this.net = this.invoiceUnits - figures.rebate - figures.mdf - figures.coop;
  }

  get invoiceUnits(): number {
    const f = this.figures;
    return f.distributorBuy ?? f.resellerBuy ?? f.customer;
  }

  get resellerMarginUnits(): number | null {
    const f = this.figures;
    return f.resellerBuy === null ? null : f.customer - f.resellerBuy + f.rebate + f.mdf + f.coop;
  }

  get distributorMarginUnits(): number | null {
    const f = this.figures;
    return f.resellerBuy === null || f.distributorBuy === null ? null : f.resellerBuy - f.distributorBuy;
  }

  private money(units: number): Decimal {
    return units === 0 ? zeroAt(this.minorUnits) : { units: BigInt(units), scale: this.minorUnits };
  }

  private margin(amount: number, of: number): Margin {
    return { amount: this.money(amount), rate: rateOfDoubles(amount, of, this.mode) };
  }

  get item(): QuoteLineResult['item'] { return this.plan.item; }
  get tier(): string { return this.plan.tier; }
  get term(): string { return this.plan.term; }
  get channel(): string { return this.plan.channel; }
  get channelKind(): ChannelKind { return this.plan.kind; }
  get level(): string | null { return this.plan.level; }
  get dealRegistration(): boolean { return this.plan.dealRegistration; }
  get funding(): DiscountFunding { return this.terms.funding; }
  get discountRate(): Decimal { return this.terms.d; }
  get specialBidRate(): Decimal { return this.terms.s; }
  get unitListPrice(): Decimal { return this.plan.unitListPrice; }
  get listPrice(): Decimal { return this.money(this.figures.listPrice); }
  get trueUp(): Decimal { return zeroAt(this.minorUnits); }
  get explanation(): string {
    this.explained ??= explainUnitPrice(this.quantity, this.plan.unitListPrice, this.listPrice, this.minorUnits, this.mode);
    return this.explained;
  }
  get volumeDiscount(): Decimal { return this.money(this.figures.listPrice - this.figures.afterVolume); }
  get afterVolume(): Decimal { return this.money(this.figures.afterVolume); }
  get termDiscount(): Decimal { return this.money(this.figures.afterVolume - this.figures.afterTerm); }
  get afterTerm(): Decimal { return this.money(this.figures.afterTerm); }
  get lineDiscount(): Decimal { return this.money(this.figures.afterTerm - this.figures.customer); }
  get specialBidDiscount(): Decimal { return this.money(this.figures.specialBid); }
  get customerPrice(): Decimal { return this.money(this.figures.customer); }
  get customerUnitPrice(): Decimal { return this.money(this.unitPrice); }
  get customerDiscountRate(): Decimal {
    const f = this.figures;
    return f.listPrice === 0 ? ZERO : (rateOfDoubles(f.listPrice - f.customer, f.listPrice, this.mode) ?? ZERO);
  }
  get resellerBuy(): Decimal | null { return this.figures.resellerBuy === null ? null : this.money(this.figures.resellerBuy); }
  get distributorBuy(): Decimal | null { return this.figures.distributorBuy === null ? null : this.money(this.figures.distributorBuy); }
  get vendorInvoice(): Decimal { return this.money(this.invoiceUnits); }
  get rebate(): Decimal { return this.money(this.figures.rebate); }
  get mdf(): Decimal { return this.money(this.figures.mdf); }
  get coop(): Decimal { return this.money(this.figures.coop); }
  get rates(): QuoteLineResult['rates'] { return ratesOf(this.plan); }
  get vendorNet(): Decimal { return this.money(this.net); }
  get cost(): Decimal { return this.money(this.figures.cost); }
  get resellerMargin(): Margin | null {
    const amount = this.resellerMarginUnits;
    return amount === null ? null : this.margin(amount, this.figures.customer);
  }
  get distributorMargin(): Margin | null {
    const amount = this.distributorMarginUnits;
    const buy = this.figures.resellerBuy;
    return amount === null || buy === null ? null : this.margin(amount, buy);
  }
  get vendorMargin(): Margin { return this.margin(this.net - this.figures.cost, this.net); }
  get allocation(): readonly AllocatedComponent[] {
    const bundle = this.plan.bundle;
    return bundle === null ? NO_COMPONENTS : allocateLine(bundle, this.quantity, BigInt(this.figures.customer), BigInt(this.net), this.minorUnits);
  }
}

/** A line priced on the fast path, whose numbers the quote's totals read without building decimals. */
export const isFastLine = (line: QuoteLineResult): line is QuoteLineResult & LineUnits => line instanceof FastQuoteLine;

/** The line's result from the fast figures; null when a figure falls outside what doubles hold exactly. */
export function fastLine(plan: LinePlan, q: Decimal, mu: number, mode: RoundingMode, terms: LineTerms, f: CoreFigures): QuoteLineResult | null {
  const unitPrice = unitPriceUnits(f.customer, q.scale, Number(q.units), mode);
  return Number.isNaN(unitPrice) ? null : new FastQuoteLine(plan, q, mu, mode, terms, f, unitPrice);
}

/** A bundle line's customer price and vendor net split over its components (see priceQuoteLine.ts). */
export function allocateLine(priced: BundlePriceResult, bundles: Decimal, customer: bigint, net: bigint, mu: number): AllocatedComponent[] {
  const customerParts = allocateMinorUnits(priced, customer);
  const netParts = allocateMinorUnits(priced, net);
  return priced.components.map((c, i) => ({
    sku: c.sku,
    quantity: { units: c.quantity.units * bundles.units, scale: c.quantity.scale + bundles.scale },
    customerPrice: { units: customerParts[i] ?? 0n, scale: mu },
    vendorNet: { units: netParts[i] ?? 0n, scale: mu },
  }));
}
