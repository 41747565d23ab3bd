/**
 * The customer's view of a priced quote: what a quote sent to a customer shows, and nothing else. Per
 * line: the item's name, its List's maths in words (the line's explanation), term, quantity, list, the
 * discounts as the customer sees them — volume, term, and "Your discount" (the negotiated discount, the
 * special bid and any price ending's rounding, as one: after term − customer price) — and the customer
 * price; a bundle line lists its components with their configured quantities (never their allocation).
 * Totals: list, discounts, the lines' subtotal, the true-up to the quote's minimum commitment, total.
 * No cost, margin, buy price, rebate, MDF, co-op, funding, channel or partner figure is in it.
 */
import { type Decimal, ZERO, add, multiply } from '../decimal';
import { indexModel } from '../model/modelIndex';
import type { Contact } from '../model/approvalSchema';
import type { Model, Quote } from '../model/schema';
import { type QuoteInput, pricingModel } from '../quote/priceQuote';
import type { QuoteLineInput } from '../quote/linePlan';
import type { QuoteLineResult, QuoteResult } from '../quote/types';
import { type Money, type Quantity, moneyWriter } from './money';

export interface CustomerQuoteComponent {
  readonly sku: string;
  readonly name: string;
  /** Units in one bundle, as configured on the line (the bundle's default where the line says nothing). */
  readonly perBundle: Quantity;
  /** Units on the line: per bundle × bundles. */
  readonly quantity: Quantity;
}

export interface CustomerQuoteLine {
  readonly kind: 'product' | 'bundle';
  readonly item: string;
  /** The List's maths in words: "10 × 9.00 + 40 × 8.10 = 414.00". */
  readonly explanation: string;
  /** The term's name ("3-year") and months. */
  readonly term: string;
  readonly months: number;
  readonly quantity: Quantity;
  readonly unitListPrice: Money;
  /** Extended list, with any top-up to the line's minimum charge (trueUp) in it. */
  readonly list: Money;
  readonly trueUp: Money;
  readonly volumeDiscount: Money;
  readonly termDiscount: Money;
  /** Negotiated discount + special bid (+ the price ending's rounding): after term − customer price. */
  readonly yourDiscount: Money;
  readonly customerPrice: Money;
  readonly customerUnitPrice: Money;
  /** A bundle's components ([] for a product), components left out (0 units) omitted. */
  readonly components: readonly CustomerQuoteComponent[];
}

export interface CustomerQuoteTotals {
  readonly list: Money;
  readonly volumeDiscount: Money;
  readonly termDiscount: Money;
  readonly yourDiscount: Money;
  /** Σ the lines' customer prices. */
  readonly subtotal: Money;
  /** The top-up to the quote's minimum commitment (0 when none). */
  readonly trueUp: Money;
  /** What the customer pays: subtotal + true-up (priceQuote's totals.customerPrice). */
  readonly total: Money;
}

export interface CustomerQuote {
  readonly number: string;
  readonly date: string;
  readonly validUntil: string;
  /** ISO 4217 code of the quote's currency (its market's, when it names one). */
  readonly currency: string;
  readonly currencyNote: string;
  readonly vendor: Contact;
  /** customerDetails, else the quote's customer as the name. */
  readonly customer: Contact;
  readonly terms: string;
  readonly notes: string;
  readonly lines: readonly CustomerQuoteLine[];
  readonly totals: CustomerQuoteTotals;
}

/** A quote as priceQuote takes it, with the details a customer quote shows (a model's quote is one). */
export type QuoteToSend = QuoteInput & Partial<Pick<Quote, 'number' | 'date' | 'validUntil' | 'currencyNote' | 'vendor' | 'customerDetails' | 'terms' | 'notes'>>;

const noContact: Contact = { name: '', address: '', contact: '', email: '' };

/** `quote` is the quote `result` was priced from (default: the model's), for its details and bundle configurations. */
export function customerQuote(model: Model, result: QuoteResult, quote: QuoteToSend = model.quote): CustomerQuote {
  const priced = pricingModel(model, quote);
  const { minorUnits, mode } = priced.rounding;
  const w = moneyWriter(minorUnits, mode);
  const lines = result.lines.map((line, i) => customerLine(priced, line, quote.lines[i], w));
  const sum = (pick: (l: CustomerQuoteLine) => Money): Decimal => lines.reduce((total, l) => add(total, pick(l).amount), ZERO);
  return {
    number: quote.number ?? '',
    date: quote.date ?? '',
    validUntil: quote.validUntil ?? '',
    currency: priced.currency,
    currencyNote: quote.currencyNote ?? '',
    vendor: { ...noContact, ...quote.vendor },
    customer: quote.customerDetails ? { ...quote.customerDetails } : { ...noContact, name: quote.customer || result.customer },
    terms: quote.terms ?? '',
    notes: quote.notes ?? '',
    lines,
    totals: {
      list: w.money(sum((l) => l.list)),
      volumeDiscount: w.money(sum((l) => l.volumeDiscount)),
      termDiscount: w.money(sum((l) => l.termDiscount)),
      yourDiscount: w.money(sum((l) => l.yourDiscount)),
      subtotal: w.money(sum((l) => l.customerPrice)),
      trueUp: w.money(result.totals.trueUp),
      total: w.money(result.totals.customerPrice),
    },
  };
}

function customerLine(model: Model, line: QuoteLineResult, input: QuoteLineInput | undefined, w: ReturnType<typeof moneyWriter>): CustomerQuoteLine {
  const index = indexModel(model);
  const term = index.terms.get(line.term);
  return {
    kind: line.item.kind,
    item: line.item.name,
    explanation: line.explanation,
    term: term?.name ?? line.term,
    months: term?.months ?? 0,
    quantity: w.quantity(line.quantity),
    unitListPrice: w.money(line.unitListPrice),
    list: w.money(line.listPrice),
    trueUp: w.money(line.trueUp),
    volumeDiscount: w.money(line.volumeDiscount),
    termDiscount: w.money(line.termDiscount),
    yourDiscount: w.money(line.lineDiscount),
    customerPrice: w.money(line.customerPrice),
    customerUnitPrice: w.money(line.customerUnitPrice),
    components: line.item.kind === 'bundle' ? components(model, line.item.id, line.quantity, input, w) : [],
  };
}

function components(model: Model, bundleId: string, bundles: Decimal, input: QuoteLineInput | undefined, w: ReturnType<typeof moneyWriter>): CustomerQuoteComponent[] {
  const index = indexModel(model);
  const bundle = index.bundles.get(bundleId);
  if (!bundle) return [];
  return bundle.components.flatMap((c) => {
    const units = input?.components?.[c.sku] ?? c.quantity;
    if (units === 0) return [];
    const perBundle = index.decimal(units);
    return [{ sku: c.sku, name: index.products.get(c.sku)?.name ?? c.sku, perBundle: w.quantity(perBundle), quantity: w.quantity(multiply(perBundle, bundles)) }];
  });
}

