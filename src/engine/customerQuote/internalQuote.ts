/**
 * Finance's view of a priced quote: each line's money down the chain (customer price, buy prices,
 * vendor invoice, back-end funds, vendor net, cost), each party's margin, and for a bundle line its
 * customer price and vendor net allocated to its components on the standalone-selling-price basis (each
 * component's standalone list price in the bundle's tier for the term, as bundleAllocation splits a
 * bundle; allocateToComponents), in minor units that add up exactly.
 */
import { type Decimal, ZERO, divide, multiply } from '../decimal';
import { type AllocatedPart, allocateToComponents, bundlePrice } from '../bundle/bundlePrice';
import { percent } from '../guardrails/messages';
import { indexModel } from '../model/modelIndex';
import type { Model } from '../model/schema';
import { type QuoteInput, pricingModel } from '../quote/priceQuote';
import type { QuoteLineInput } from '../quote/linePlan';
import type { Margin, QuoteLineResult, QuoteResult } from '../quote/types';
import { RATE_SCALE } from '../rounding/roundMoney';
import { type Money, type Quantity, moneyWriter } from './money';

export interface PartyMargin {
  readonly party: 'Vendor' | 'Reseller' | 'Distributor';
  readonly amount: Money;
  /** The margin as a share of what the party sells for (null when it sells for 0), and as "63.56%" ("n/a"). */
  readonly rate: Decimal | null;
  readonly rateText: string;
}

export interface AllocatedComponentView {
  readonly sku: string;
  readonly name: string;
  /** Units on the line: per bundle × bundles. */
  readonly quantity: Quantity;
  /** The basis: the component's standalone list price on the line (unit list price × units). */
  readonly standaloneList: Money;
  /** Its share of the bundle's standalone list, to 10 decimals, and as text. */
  readonly share: Decimal;
  readonly shareText: string;
  readonly customerPrice: Money;
  readonly vendorNet: Money;
}

export interface InternalQuoteLine {
  readonly item: string;
  readonly customerPrice: Money;
  readonly resellerBuy: Money | null;
  readonly distributorBuy: Money | null;
  readonly vendorInvoice: Money;
  readonly rebate: Money;
  readonly mdf: Money;
  readonly coop: Money;
  readonly vendorNet: Money;
  readonly cost: Money;
  /** Vendor first, then the reseller's and the distributor's where the line has them. */
  readonly margins: readonly PartyMargin[];
  /** A bundle line's allocation to its components; [] for a product. */
  readonly allocation: readonly AllocatedComponentView[];
}

export interface InternalQuote {
  readonly currency: string;
  readonly lines: readonly InternalQuoteLine[];
  readonly totals: {
    readonly customerPrice: Money;
    readonly vendorInvoice: Money;
    readonly vendorNet: Money;
    readonly cost: Money;
    readonly margins: readonly PartyMargin[];
  };
}

type Writer = ReturnType<typeof moneyWriter>;

const partyMargin = (party: PartyMargin['party'], margin: Margin, w: Writer): PartyMargin => ({
  party,
  amount: w.money(margin.amount),
  rate: margin.rate,
  rateText: margin.rate === null ? 'n/a' : percent(margin.rate),
});

/** `quote` is the quote `result` was priced from (default: the model's), for its market and bundle configurations. */
export function internalQuote(model: Model, result: QuoteResult, quote: QuoteInput = model.quote): InternalQuote {
  const priced = pricingModel(model, quote);
  const w = moneyWriter(priced.rounding.minorUnits, priced.rounding.mode);
  const t = result.totals;
  const margins = [partyMargin('Vendor', t.vendorMargin, w)];
  if (result.lines.some((l) => l.resellerMargin !== null)) margins.push(partyMargin('Reseller', { amount: t.resellerMargin, rate: null }, w));
  if (result.lines.some((l) => l.distributorMargin !== null)) margins.push(partyMargin('Distributor', { amount: t.distributorMargin, rate: null }, w));
  return {
    currency: priced.currency,
    lines: result.lines.map((line, i) => internalLine(priced, line, quote.lines[i], w)),
    totals: { customerPrice: w.money(t.customerPrice), vendorInvoice: w.money(t.vendorInvoice), vendorNet: w.money(t.vendorNet), cost: w.money(t.cost), margins },
  };
}

function internalLine(model: Model, line: QuoteLineResult, input: QuoteLineInput | undefined, w: Writer): InternalQuoteLine {
  const margins = [partyMargin('Vendor', line.vendorMargin, w)];
  if (line.resellerMargin) margins.push(partyMargin('Reseller', line.resellerMargin, w));
  if (line.distributorMargin) margins.push(partyMargin('Distributor', line.distributorMargin, w));
  return {
    item: line.item.name,
    customerPrice: w.money(line.customerPrice),
    resellerBuy: line.resellerBuy === null ? null : w.money(line.resellerBuy),
    distributorBuy: line.distributorBuy === null ? null : w.money(line.distributorBuy),
    vendorInvoice: w.money(line.vendorInvoice),
    rebate: w.money(line.rebate),
    mdf: w.money(line.mdf),
    coop: w.money(line.coop),
    vendorNet: w.money(line.vendorNet),
    cost: w.money(line.cost),
    margins,
    allocation: line.item.kind === 'bundle' ? allocation(model, line, line.item.id, input, w) : [],
  };
}

function allocation(model: Model, line: QuoteLineResult, bundleId: string, input: QuoteLineInput | undefined, w: Writer): AllocatedComponentView[] {
  const index = indexModel(model);
  const { minorUnits, mode } = model.rounding;
  const bundle = bundlePrice(model, bundleId, line.term, input?.components);
  const customer: AllocatedPart[] = allocateToComponents(bundle, line.customerPrice, minorUnits);
  const net: AllocatedPart[] = allocateToComponents(bundle, line.vendorNet, minorUnits);
  return bundle.components.map((c, i) => {
    const share = bundle.standalone.units === 0n ? ZERO : divide(c.standalone, bundle.standalone, RATE_SCALE, mode);
    return {
      sku: c.sku,
      name: index.products.get(c.sku)?.name ?? c.sku,
      quantity: w.quantity(multiply(c.quantity, line.quantity)),
      standaloneList: w.money(multiply(c.standalone, line.quantity)),
      share,
      shareText: percent(share),
      customerPrice: w.money(customer[i]?.amount ?? ZERO),
      vendorNet: w.money(net[i]?.amount ?? ZERO),
    };
  });
}
