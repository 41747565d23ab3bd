/**
 * A line's price maths in words: the one wording of the engine, which the workbook's formula repeats.
 *
 * Numbers are written as format.ts says: money M(x) with the model's minor unit ("1,225.00"), unit
 * prices P(x) likewise unless they have more decimals ("0.0006"), quantities Q(x) as typed with
 * grouping ("1,200", "2.5"); U is the product's unit as typed in the
 * model (product.unit, not pluralised). The parts, for quantity q:
 *
 *   per-unit and bundles   Q(q) × P(unit list) = M(List)                     "25 × 49.00 = 1,225.00"
 *   tiered, graduated      one term per band reached, in band order, joined by " + ":
 *                          Q(units in the band) × P(unit price), then " + M(flat fee) fee" when the
 *                          band has a flat fee                "10 × 9.00 + 40 × 8.10 + 10.00 fee"
 *   tiered, volume         Q(q) × P(unit price) [+ M(flat fee) fee]           "75 × 7.50"
 *   tiered, stairstep      "up to Q(upTo): M(price)" for a bounded band, "over Q(previous upTo):
 *                          M(price)" for the unbounded last band, "any quantity: M(price)" for a
 *                          ladder of one unbounded band                         "up to 20: 180.00"
 *   package                Q(q) U [− Q(included) included = Q(billable)] → N packages × P(listPrice)
 *                          ("package" when N = 1)  "12 units − 2 included = 10 → 2 packages × 10.00"
 *   usage                  with included units: Q(q) U − Q(included) included = Q(billable) × P(listPrice)
 *                          without: Q(q) × P(listPrice)  "1,200 GB − 1,000 included = 200 × 0.02"
 *   platform               M(platformFee) fee + Q(q) × P(listPrice)          "500.00 fee + 25 × 3.00"
 *   quantity 0 of a tiered entry (no band reached): "0"
 * Then, for every shape but per-unit:
 *   a platform fee on a shape other than platform is added at the end: " + M(platformFee) fee";
 *   " = M(raw)" follows, except for a stairstep entry without a platform fee (its band shows the total);
 *   when the minimum tops the charge up: "; topped up to the minimum M(minimumCharge) (true-up M(t))"
 *   with t = M(minimum) − M(raw) as rounded amounts.
 * So the last figure is the List column, or, after a true-up, the minimum is the List column.
 */
import { type Decimal, type RoundingMode, ZERO, compare, isZero, min, normalize, sign, subtract } from '../decimal';
import type { PriceLadder } from '../ladder';
import { roundMoney } from '../rounding/roundMoney';
import * as format from './format';
import type { ShapeCharge, ShapedEntry } from './types';

// Bound once: a quote prices its lines' words through here (see quote/priceQuoteLine.ts).
const { formatMoney, formatQuantity, formatUnitPrice } = format;

export interface ExplainOptions {
  /** The model's minor unit and rounding mode (the List column's). */
  readonly minorUnits: number;
  readonly mode: RoundingMode;
  /** What one unit is (product.unit). */
  readonly unit: string;
}

// The text of a unit list price, by its decimal (a model's prices are one decimal each, memoised by
// its index), so a quote of many lines of one price writes it once.
const priceTexts = new WeakMap<Decimal, { readonly minorUnits: number; readonly mode: RoundingMode; readonly text: string }>();

function unitPriceText(price: Decimal, minorUnits: number, mode: RoundingMode): string {
  const hit = priceTexts.get(price);
  if (hit !== undefined && hit.minorUnits === minorUnits && hit.mode === mode) return hit.text;
  const text = formatUnitPrice(price, minorUnits, mode);
  priceTexts.set(price, { minorUnits, mode, text });
  return text;
}

/** "25 × 49.00 = 1,225.00": a per-unit or bundle line, `listPrice` being its List column. */
export function explainUnitPrice(quantity: Decimal, unitListPrice: Decimal, listPrice: Decimal, minorUnits: number, mode: RoundingMode): string {
  return `${quantityText(quantity)} × ${unitPriceText(unitListPrice, minorUnits, mode)} = ${formatMoney(listPrice, minorUnits, mode)}`;
}

// The text of a quantity, by its decimal (a model index memoises the decimal of each number).
const quantityTexts = new WeakMap<Decimal, string>();

function quantityText(quantity: Decimal): string {
  let text = quantityTexts.get(quantity);
  if (text === undefined) {
    text = formatQuantity(quantity);
    quantityTexts.set(quantity, text);
  }
  return text;
}

const withFee = (term: string, fee: Decimal | null, money: (d: Decimal) => string): string =>
  fee === null || isZero(fee) ? term : `${term} + ${money(fee)} fee`;

/** How an explanation writes amounts (money) and unit prices (price). */
interface Writers {
  readonly money: (d: Decimal) => string;
  readonly price: (d: Decimal) => string;
}

function ladderTerms(ladder: PriceLadder, units: Decimal, { money, price }: Writers): string {
  if (sign(units) <= 0) return '0';
  if (ladder.mode === 'graduated') {
    const terms: string[] = [];
    let lower: Decimal = ZERO;
    for (const band of ladder.exact) {
      const top = band.upTo === null ? units : min(units, band.upTo);
      terms.push(withFee(`${formatQuantity(subtract(top, lower))} × ${price(band.unitPrice)}`, band.flatFee, money));
      if (band.upTo === null || compare(units, band.upTo) <= 0) break;
      lower = band.upTo;
    }
    return terms.join(' + ');
  }
  let previous: Decimal | null = null;
  for (const band of ladder.exact) {
    if (band.upTo === null || compare(units, band.upTo) <= 0) {
      if (ladder.mode === 'volume') return withFee(`${formatQuantity(units)} × ${price(band.unitPrice)}`, band.flatFee, money);
      const total = money(band.flatFee ?? band.unitPrice);
      if (band.upTo !== null) return `up to ${formatQuantity(band.upTo)}: ${total}`;
      return previous === null ? `any quantity: ${total}` : `over ${formatQuantity(previous)}: ${total}`;
    }
    previous = band.upTo;
  }
  return '0'; // not reached: the charge has already refused a quantity beyond the last band
}

function body(entry: ShapedEntry, charged: ShapeCharge, options: ExplainOptions, writers: Writers): string {
  const { money, price } = writers;
  const q = formatQuantity(charged.quantity);
  const included = isZero(entry.includedUnits) ? '' : ` − ${formatQuantity(entry.includedUnits)} included = ${formatQuantity(charged.billable)}`;
  switch (entry.shape) {
    case 'tiered':
      return ladderTerms(entry.ladder as PriceLadder, charged.billable, writers);
    case 'package': {
      const packages = charged.packages ?? 0;
      return `${q} ${options.unit}${included} → ${packages} ${packages === 1 ? 'package' : 'packages'} × ${price(entry.listPrice)}`;
    }
    case 'usage':
      return included === '' ? `${q} × ${price(entry.listPrice)}` : `${q} ${options.unit}${included} × ${price(entry.listPrice)}`;
    case 'platform':
      return `${money(entry.platformFee)} fee + ${q} × ${price(entry.listPrice)}`;
  }
}

/** The price maths of a shaped entry's charge in words (see the rules above). */
export function explainCharge(entry: ShapedEntry, charged: ShapeCharge, options: ExplainOptions): string {
  const { minorUnits, mode } = options;
  const money = (d: Decimal): string => formatMoney(d, minorUnits, mode);
  const text = body(entry, charged, options, { money, price: (d) => formatUnitPrice(d, minorUnits, mode) });
  const fee = entry.shape === 'platform' || isZero(entry.platformFee) ? text : `${text} + ${money(entry.platformFee)} fee`;
  const stairstepAlone = entry.shape === 'tiered' && entry.ladder?.mode === 'stairstep' && isZero(entry.platformFee) && sign(charged.billable) > 0;
  const maths = stairstepAlone ? fee : `${fee} = ${money(charged.raw)}`;
  const raw = roundMoney(charged.raw, minorUnits, mode);
  const charge = roundMoney(charged.charge, minorUnits, mode);
  if (compare(charge, raw) <= 0) return maths;
  return `${maths}; topped up to the minimum ${money(charged.charge)} (true-up ${money(normalize(subtract(charge, raw)))})`;
}
