/**
 * What the Routes panel shows, from the engine's `compareRoutes`: every route to market for one item,
 * tier, term and quantity (each direct channel once, each partner channel at every level, deal registered
 * and not), with the customer price, the reseller's and distributor's margins, the vendor's pocket price
 * and margin, and the route's guardrail status with the breaches' messages. Nothing is recomputed here;
 * the panel only formats and orders the engine's figures.
 */
import { compareRoutes, toNumber, type Decimal, type RouteRow } from '../../engine';
import type { Model, QuoteItem } from '../../engine/model/schema';
import { failed, type Figures } from './pricing';

export interface RouteQuestion {
  readonly item: QuoteItem;
  /** A product's price-book tier; a bundle is priced in its own. */
  readonly tier?: string;
  readonly term: string;
  readonly quantity: number;
  /** Negotiated discount off list. */
  readonly discount: number;
}

export interface RouteFigures {
  /** "Distribution · Gold · registered". */
  readonly label: string;
  readonly status: RouteRow['status'];
  /** The breaches' messages, or why the route cannot price the item. */
  readonly messages: readonly string[];
  readonly customer: number | null;
  readonly resellerMargin: number | null;
  readonly distributorMargin: number | null;
  readonly vendorPocket: number | null;
  readonly vendorMarginRate: number | null;
}

export type RouteOrder = 'vendorPocket' | 'customer' | 'model';

export const ROUTE_ORDERS: readonly { readonly value: RouteOrder; readonly label: string }[] = [
  { value: 'vendorPocket', label: 'Vendor pocket price, highest first' },
  { value: 'customer', label: 'Customer price, lowest first' },
  { value: 'model', label: 'As the model lists the channels' },
];

const n = (d: Decimal | null | undefined): number | null => (d === null || d === undefined ? null : toNumber(d));

function figuresOf(r: RouteRow): RouteFigures {
  const l = r.line;
  return {
    label: r.label,
    status: r.status,
    messages: r.error !== null ? [r.error] : r.breaches.map((b) => b.message),
    customer: n(l?.customerPrice),
    resellerMargin: n(l?.resellerMargin?.amount),
    distributorMargin: n(l?.distributorMargin?.amount),
    vendorPocket: n(l?.vendorNet),
    vendorMarginRate: n(l?.vendorMargin.rate),
  };
}

/** Ascending or descending by a figure, routes without one last, ties in the model's order. */
function byFigure(rows: readonly RouteFigures[], figure: (r: RouteFigures) => number | null, direction: 1 | -1): RouteFigures[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const x = figure(a.row);
      const y = figure(b.row);
      if (x === null || y === null) return x === y ? a.index - b.index : x === null ? 1 : -1;
      return x === y ? a.index - b.index : (x - y) * direction;
    })
    .map((e) => e.row);
}

export function orderRoutes(rows: readonly RouteFigures[], order: RouteOrder): readonly RouteFigures[] {
  if (order === 'vendorPocket') return byFigure(rows, (r) => r.vendorPocket, -1);
  if (order === 'customer') return byFigure(rows, (r) => r.customer, 1);
  return rows;
}

export function routeFigures(model: Model, q: RouteQuestion): Figures<{ readonly rows: readonly RouteFigures[]; readonly currency: string; readonly minorUnits: number }> {
  try {
    const rows = compareRoutes(model, { item: q.item, tier: 'sku' in q.item ? q.tier : undefined, term: q.term, quantity: q.quantity, discount: q.discount });
    return { ok: true, value: { rows: rows.map(figuresOf), currency: model.currency, minorUnits: model.rounding.minorUnits } };
  } catch (error) {
    return failed(error);
  }
}
