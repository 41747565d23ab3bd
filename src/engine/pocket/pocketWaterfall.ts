/**
 * Every party's pocket-price waterfall of a priced line (Marn and Rosiello's price waterfall, per channel
 * party): from list through the on-invoice discounts to the invoice price, then the off-invoice elements
 * (rebate and MDF accrued, co-op claimed) to the pocket price, then the cost to serve to the pocket margin.
 *
 * Each element says what it is a share of (basis: list, invoice or cost), when it is paid (timing) and
 * who pays whom. Amounts are signed (a discount is negative) and the elements of a party add up: every
 * 'total' equals the running sum of the elements before it, exactly, because the engine's discounts and
 * margins are differences of rounded prices.
 *
 * Vendor, two-tier Gold line, list 1,000, 10% negotiated under partner funding, reseller 30%, distributor
 * 10% on top, rebate 2%: List 1,000 − Negotiated 100 (paid by the reseller) − Reseller margin 200 −
 * Distributor margin 100 = Vendor invoice 600 − Rebate 12 = Pocket price 588 − Cost to serve = Pocket margin.
 */
import { type Decimal, add, negate, subtract } from '../decimal';
import type { Party } from '../channel/channelWaterfall';
import type { QuoteLineResult } from '../quote/types';

export type PocketBasis = 'list' | 'invoice' | 'cost';
export type PocketTiming = 'on-invoice' | 'accrued' | 'claimed';

export interface PocketElement {
  readonly label: string;
  /** start: the first price; step: a change (signed); total: a subtotal, equal to the running sum. */
  readonly kind: 'start' | 'step' | 'total';
  readonly amount: Decimal;
  /** The running total after this element. */
  readonly running: Decimal;
  readonly basis: PocketBasis | null;
  readonly timing: PocketTiming | null;
  readonly paidBy: Party | null;
  readonly paidTo: Party | null;
}

export interface PartyWaterfall {
  readonly party: Party;
  readonly elements: readonly PocketElement[];
  /** What the party keeps of its sale after the off-invoice elements it pays (the customer: what it pays). */
  readonly pocketPrice: Decimal;
  /** Pocket price less what the sale cost the party (its buy price less funds received, or the cost to serve); null for the customer. */
  readonly pocketMargin: Decimal | null;
}

type Step = Omit<PocketElement, 'running' | 'kind'>;

/** Elements from steps: a start, then steps and totals whose running sums follow (a step of 0 is kept, so every line of a route has the same rows). */
function chain(start: Step, parts: readonly (Step | { readonly total: string })[]): PocketElement[] {
  let running = start.amount;
  const out: PocketElement[] = [{ ...start, kind: 'start', running }];
  for (const p of parts) {
    if ('total' in p) {
      out.push({ label: p.total, kind: 'total', amount: running, running, basis: null, timing: null, paidBy: null, paidTo: null });
    } else {
      running = add(running, p.amount);
      out.push({ ...p, kind: 'step', running });
    }
  }
  return out;
}

const down = (d: Decimal): Decimal => negate(d);

/** The customer's discounts, from list to the customer price, with who funds each. */
function customerSteps(line: QuoteLineResult): Step[] {
  const partnerFunded = line.funding === 'partner' && line.channelKind !== 'direct';
  const negotiated = subtract(line.lineDiscount, line.specialBidDiscount);
  const onInvoice = (label: string, amount: Decimal, paidBy: Party): Step => ({ label, amount: down(amount), basis: 'list', timing: 'on-invoice', paidBy, paidTo: 'Customer' });
  return [
    onInvoice('Volume discount', line.volumeDiscount, 'Vendor'),
    onInvoice('Term discount', line.termDiscount, 'Vendor'),
    onInvoice('Negotiated discount', negotiated, partnerFunded ? 'Reseller' : 'Vendor'),
    onInvoice('Special bid', line.specialBidDiscount, 'Vendor'),
  ];
}

const listStart = (line: QuoteLineResult): Step => ({ label: 'List price', amount: line.listPrice, basis: 'list', timing: null, paidBy: null, paidTo: null });

/** Each party's waterfall of one line: Customer, then the Reseller and Distributor where present, then the Vendor. */
export function pocketWaterfalls(line: QuoteLineResult): PartyWaterfall[] {
  const out: PartyWaterfall[] = [];
  out.push({ party: 'Customer', elements: chain(listStart(line), [...customerSteps(line), { total: 'Customer price' }]), pocketPrice: line.customerPrice, pocketMargin: null });
  const funds = (sign: 1 | -1, paidTo: Party | null): Step[] => [
    { label: 'Rebate', amount: sign > 0 ? line.rebate : down(line.rebate), basis: 'invoice', timing: 'accrued', paidBy: 'Vendor', paidTo },
    { label: 'MDF', amount: sign > 0 ? line.mdf : down(line.mdf), basis: 'invoice', timing: 'accrued', paidBy: 'Vendor', paidTo },
    { label: 'Co-op', amount: sign > 0 ? line.coop : down(line.coop), basis: 'invoice', timing: 'claimed', paidBy: 'Vendor', paidTo },
  ];
  const supplierOfReseller: Party = line.distributorBuy === null ? 'Vendor' : 'Distributor';
  if (line.resellerBuy !== null && line.resellerMargin !== null) {
    const start: Step = { label: 'Sell price', amount: line.customerPrice, basis: 'invoice', timing: 'on-invoice', paidBy: 'Customer', paidTo: 'Reseller' };
    const buy: Step = { label: 'Buy price', amount: down(line.resellerBuy), basis: 'list', timing: 'on-invoice', paidBy: 'Reseller', paidTo: supplierOfReseller };
    out.push({ party: 'Reseller', elements: chain(start, [buy, { total: 'Front margin' }, ...funds(1, 'Reseller'), { total: 'Pocket margin' }]), pocketPrice: line.customerPrice, pocketMargin: line.resellerMargin.amount });
  }
  if (line.resellerBuy !== null && line.distributorBuy !== null && line.distributorMargin !== null) {
    const start: Step = { label: 'Sell price', amount: line.resellerBuy, basis: 'list', timing: 'on-invoice', paidBy: 'Reseller', paidTo: 'Distributor' };
    const buy: Step = { label: 'Buy price', amount: down(line.distributorBuy), basis: 'list', timing: 'on-invoice', paidBy: 'Distributor', paidTo: 'Vendor' };
    out.push({ party: 'Distributor', elements: chain(start, [buy, { total: 'Margin' }]), pocketPrice: line.resellerBuy, pocketMargin: line.distributorMargin.amount });
  }
  // Every vendor waterfall has the same rows (a direct line's partner margins are 0), so that lines add up row by row.
  const none = { units: 0n, scale: line.customerPrice.scale };
  const front: Step[] = [
    { label: 'Reseller margin', amount: line.resellerBuy === null ? none : down(subtract(line.customerPrice, line.resellerBuy)), basis: 'list', timing: 'on-invoice', paidBy: 'Vendor', paidTo: 'Reseller' },
    { label: 'Distributor margin', amount: line.resellerBuy === null || line.distributorBuy === null ? none : down(subtract(line.resellerBuy, line.distributorBuy)), basis: 'list', timing: 'on-invoice', paidBy: 'Vendor', paidTo: 'Distributor' },
  ];
  const cost: Step = { label: 'Cost to serve', amount: down(line.cost), basis: 'cost', timing: null, paidBy: 'Vendor', paidTo: null };
  const vendor = chain(listStart(line), [
    ...customerSteps(line), ...front, { total: 'Vendor invoice' }, ...funds(-1, 'Reseller'), { total: 'Pocket price' }, cost, { total: 'Pocket margin' },
  ]);
  out.push({ party: 'Vendor', elements: vendor, pocketPrice: line.vendorNet, pocketMargin: line.vendorMargin.amount });
  return out;
}
