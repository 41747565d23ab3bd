/**
 * What the Quote, Bundles and Channels panels show, from the model engine: the quote's price waterfall
 * line by line and its totals (in the quote's market, when it names one), a bundle's price and allocation,
 * and each party's margin on one unit.
 */
import { bundleAllocation, bundlePrice, isZero, negate, percentOneDecimal, pocketWaterfalls, priceQuote, priceQuoteLine, quoteApproval, quoteModel, toNumber, ZERO, type ApprovalStatus, type Decimal, type LineApproval, type Margin, type QuoteLineResult } from '../../engine';
import type { Model } from '../../engine/model/schema';
import { failed, type Figures } from './pricing';

export interface FigureRow {
  readonly label: string;
  readonly amount: number | null;
  /** A margin's share of what the party sells for, or null. */
  readonly share: number | null;
}

export interface QuoteLineFigures {
  readonly label: string;
  readonly rows: readonly FigureRow[];
  /** The engine's words for the List's maths, "10 × 9.00 + 40 × 8.10 + 25 × 7.50 = 511.50". */
  readonly explanation: string;
  /** Who funds the negotiated discount, as the engine's vendor pocket waterfall says: "Funding: partner; the reseller funds the negotiated discount". */
  readonly funding: string;
  /** What the customer pays for the line, as the engine priced it (its configured components included). */
  readonly customerPrice: number;
  /** Who must approve the line and why, from the model's approval matrix; null without one. */
  readonly approval: LineApprovalFigures | null;
}

export interface LineApprovalFigures {
  /** The approver of the line's discount (the first step's role when within authority). */
  readonly role: string;
  /** The roles whose approval the line needs: none within authority. */
  readonly required: readonly string[];
  readonly reasons: readonly string[];
  /** The discount the matrix measured, "28.0%". */
  readonly discount: string;
}

export interface QuoteApprovalFigures {
  readonly status: ApprovalStatus;
  readonly required: readonly string[];
  /** Required roles with no approval given yet. */
  readonly missing: readonly string[];
}

export interface QuoteFigures {
  readonly lines: readonly QuoteLineFigures[];
  readonly totals: readonly FigureRow[];
  /** The currency and minor unit the quote is priced in: its market's, else the model's. */
  readonly currency: string;
  readonly minorUnits: number;
  /** The quote's approval status, from the model's approval matrix; null without one. */
  readonly approval: QuoteApprovalFigures | null;
}

const n = (d: Decimal | null): number | null => (d === null ? null : toNumber(d));
const row = (label: string, amount: Decimal | null, share: Decimal | null = null): FigureRow => ({ label, amount: n(amount), share: n(share) });
const marginRow = (label: string, m: Margin | null): FigureRow[] => (m === null ? [] : [row(label, m.amount, m.rate)]);
const less = negate;

/** Who pays the negotiated discount of a line, from the engine's vendor waterfall. */
export function fundingText(l: QuoteLineResult): string {
  const negotiated = pocketWaterfalls(l).find((w) => w.party === 'Vendor')?.elements.find((e) => e.label === 'Negotiated discount');
  const payer = (negotiated?.paidBy ?? 'Vendor').toLowerCase();
  return l.channelKind === 'direct' ? `Direct: the ${payer} funds the negotiated discount` : `Funding: ${l.funding}; the ${payer} funds the negotiated discount`;
}

/** The waterfall of one priced line, step by step, each step as the engine rounded it. */
export function waterfallRows(l: QuoteLineResult): FigureRow[] {
  return [
    row('List price', l.listPrice),
    // A line's minimum charge is in its List: the true-up says how much of it.
    ...(isZero(l.trueUp) ? [] : [row('of which true-up to the minimum', l.trueUp)]),
    row('Volume discount', less(l.volumeDiscount)),
    row('Term discount', less(l.termDiscount)),
    row('Line discount', less(l.lineDiscount)),
    // The vendor funds a special bid; it is part of the line discount.
    ...(isZero(l.specialBidDiscount) ? [] : [row('of which special bid', less(l.specialBidDiscount))]),
    row('Customer price', l.customerPrice, l.customerDiscountRate),
    ...(l.resellerBuy ? [row('Reseller buys at', l.resellerBuy)] : []),
    ...(l.distributorBuy ? [row('Distributor buys at', l.distributorBuy)] : []),
    row('Vendor invoice', l.vendorInvoice),
    ...(l.channelKind === 'direct' ? [] : [row('Rebate', less(l.rebate)), row('MDF', less(l.mdf))]),
    ...(isZero(l.coop) ? [] : [row('Co-op', less(l.coop))]),
    row('Vendor net', l.vendorNet),
    ...marginRow('Reseller margin', l.resellerMargin),
    ...marginRow('Distributor margin', l.distributorMargin),
    row('Cost to serve', l.cost),
    ...marginRow('Vendor margin', l.vendorMargin),
  ];
}

export function quoteFigures(model: Model): Figures<QuoteFigures> {
  try {
    const q = priceQuote(model);
    const priced = quoteModel(model);
    const t = q.totals;
    const approval = model.approvals ? quoteApproval(model, q) : null;
    const lineApprovalFigures = (a: LineApproval | undefined): LineApprovalFigures | null =>
      a ? { role: a.role, required: a.required, reasons: a.reasons, discount: percentOneDecimal(a.discount) } : null;
    return {
      ok: true,
      value: {
        lines: q.lines.map((l, i) => ({ label: `${n(l.quantity)} × ${l.item.name}, ${l.term}, ${l.channel}${l.level ? ` (${l.level})` : ''}`, rows: waterfallRows(l), explanation: l.explanation, funding: fundingText(l), customerPrice: toNumber(l.customerPrice), approval: lineApprovalFigures(approval?.lines[i]) })),
        totals: [
          row('List price', t.listPrice),
          // The quote's minimum commitment: billed by the vendor directly, in the customer price and the vendor's figures.
          ...(isZero(t.trueUp) ? [] : [row('Quote true-up to the minimum commitment', t.trueUp)]),
          ...(isZero(t.specialBidDiscount) ? [] : [row('Special bids', less(t.specialBidDiscount))]),
          row('Customer price', t.customerPrice),
          row('Reseller margins', t.resellerMargin),
          row('Distributor margins', t.distributorMargin),
          row('Vendor invoice', t.vendorInvoice),
          row('Rebates', less(t.rebate)),
          row('MDF', less(t.mdf)),
          ...(isZero(t.coop) ? [] : [row('Co-op', less(t.coop))]),
          row('Vendor net', t.vendorNet),
          row('Cost to serve', t.cost),
          row('Vendor margin', t.vendorMargin.amount, t.vendorMargin.rate),
        ],
        currency: priced.currency,
        minorUnits: priced.rounding.minorUnits,
        approval: approval ? { status: approval.status, required: approval.required, missing: approval.missing } : null,
      },
    };
  } catch (error) {
    return failed(error);
  }
}

export interface AllocationRow {
  readonly sku: string;
  readonly name: string;
  readonly quantity: number;
  readonly standalone: number;
  readonly allocated: number;
}

export interface BundleFigures {
  readonly standalone: number;
  readonly price: number;
  readonly rows: readonly AllocationRow[];
}

/** One bundle's price on a term and its allocation to the components by standalone list price. */
export function bundleFigures(model: Model, bundleId: string, term: string): Figures<BundleFigures> {
  try {
    const priced = bundlePrice(model, bundleId, term);
    const parts = bundleAllocation(model, bundleId, term);
    return {
      ok: true,
      value: {
        standalone: toNumber(priced.standalone),
        price: toNumber(priced.price),
        rows: priced.components.map((c, i) => ({
          sku: c.sku,
          name: model.products.find((p) => p.sku === c.sku)?.name ?? c.sku,
          quantity: toNumber(c.quantity),
          standalone: toNumber(c.standalone),
          allocated: toNumber(parts[i]?.amount ?? ZERO),
        })),
      },
    };
  } catch (error) {
    return failed(error);
  }
}

export interface MarginQuestion {
  readonly sku: string;
  readonly tier: string;
  readonly term: string;
  readonly channel: string;
  readonly level: string;
  readonly dealRegistration: boolean;
}

export interface PartyRow {
  readonly party: string;
  readonly buys: number | null;
  readonly sells: number | null;
  readonly margin: number | null;
  readonly share: number | null;
}

/** Each party's price and margin for one unit of a product through a channel, priced as a quote line. */
export function channelMargins(model: Model, q: MarginQuestion): Figures<readonly PartyRow[]> {
  try {
    const channel = model.channels.find((c) => c.id === q.channel);
    const l = priceQuoteLine(model, {
      item: { sku: q.sku },
      quantity: 1,
      term: q.term,
      tier: q.tier,
      channel: q.channel,
      level: channel && channel.kind !== 'direct' ? q.level : undefined,
      dealRegistration: q.dealRegistration,
    });
    const rows: PartyRow[] = [{ party: 'Customer', buys: n(l.customerPrice), sells: null, margin: null, share: null }];
    if (l.resellerBuy && l.resellerMargin) rows.push({ party: 'Reseller', buys: n(l.resellerBuy), sells: n(l.customerPrice), margin: n(l.resellerMargin.amount), share: n(l.resellerMargin.rate) });
    if (l.distributorBuy && l.distributorMargin && l.resellerBuy) rows.push({ party: 'Distributor', buys: n(l.distributorBuy), sells: n(l.resellerBuy), margin: n(l.distributorMargin.amount), share: n(l.distributorMargin.rate) });
    rows.push({ party: 'Vendor', buys: n(l.cost), sells: n(l.vendorNet), margin: n(l.vendorMargin.amount), share: n(l.vendorMargin.rate) });
    return { ok: true, value: rows };
  } catch (error) {
    return failed(error);
  }
}
