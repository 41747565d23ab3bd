/**
 * `tiercraft routes model.json --item SKU`: every route to market for one item side by side, from the
 * engine's compareRoutes: each direct channel once, each partner channel at every level with the deal
 * registered and not. Per route: who funds the discount, the customer price, each partner's buy price and
 * margin (with rebate, MDF and co-op), the vendor invoice, the vendor's pocket price and pocket margin %,
 * and the guardrail status, the breaches listed below the table. `--matrix` prints the engine's
 * pocketMatrix instead: the vendor pocket price as a share of list for every item × route.
 * Exit 1 for an invalid model (its issues printed as validate prints them), 2 for a bad option.
 */
import { type Decimal, dec, toFixedString } from '../../engine/decimal';
import type { Model } from '../../engine/model/schema';
import { compareRoutes, pocketMatrix, type PocketMatrix, type RouteQuery, type RouteRow } from '../../engine/routes';
import { formatMoney } from '../../engine/shapes/format';
import { EXIT, type ExitCode } from '../exitCodes';
import type { CliIO } from '../io';
import { loadModelFile } from '../modelFile';
import { cliMessages as m } from '../messages';
import { amountOption, routeQuery, type RoutesOptions, termOption, tierOption } from '../routeOptions';
import { percent, textTable } from '../table';

export const ROUTE_HEADERS = ['Route', 'Funding', 'Customer', 'Reseller buy', 'Reseller margin', 'Distributor buy', 'Distributor margin', 'Vendor invoice', 'Pocket price', 'Pocket margin %', 'Status'] as const;

const fixed = (d: Decimal | null | undefined): string | null => (d === null || d === undefined ? null : toFixedString(d));

function routeCells(row: RouteRow, minorUnits: number): string[] {
  const l = row.line;
  if (l === null) return [row.label, '', '', '', '', '', '', '', '', '', row.status];
  const money = (d: Decimal | null | undefined): string => (d === null || d === undefined ? '' : formatMoney(d, minorUnits));
  return [
    row.label,
    l.channelKind === 'direct' ? '' : l.funding,
    money(l.customerPrice),
    money(l.resellerBuy),
    money(l.resellerMargin?.amount),
    money(l.distributorBuy),
    money(l.distributorMargin?.amount),
    money(l.vendorInvoice),
    money(l.vendorNet),
    l.vendorMargin.rate === null ? '' : percent(l.vendorMargin.rate),
    row.status,
  ];
}

export function routesJson(query: RouteQuery, rows: readonly RouteRow[]): unknown {
  return {
    item: query.item,
    tier: query.tier ?? null,
    term: query.term,
    quantity: query.quantity,
    discount: query.discount ?? 0,
    partnerPurchases: query.partnerPurchases ?? 0,
    routes: rows.map((r) => ({
      route: r.label,
      channel: r.channel.id,
      level: r.level?.id ?? null,
      dealRegistration: r.dealRegistration,
      funding: r.line === null || r.line.channelKind === 'direct' ? null : r.line.funding,
      customerPrice: fixed(r.line?.customerPrice),
      resellerBuy: fixed(r.line?.resellerBuy),
      resellerMargin: fixed(r.line?.resellerMargin?.amount),
      distributorBuy: fixed(r.line?.distributorBuy),
      distributorMargin: fixed(r.line?.distributorMargin?.amount),
      vendorInvoice: fixed(r.line?.vendorInvoice),
      pocketPrice: fixed(r.line?.vendorNet),
      pocketMargin: fixed(r.line?.vendorMargin.amount),
      pocketMarginRate: fixed(r.line?.vendorMargin.rate),
      status: r.status,
      error: r.error,
      breaches: r.breaches.map((b) => ({ rule: b.rule, severity: b.severity, message: b.message })),
    })),
  };
}

/** The table, then one line per route that could not be priced or breaks a guardrail. */
export function routesLines(model: Model, query: RouteQuery, rows: readonly RouteRow[]): string[] {
  const minor = model.rounding.minorUnits;
  const item = 'sku' in query.item ? query.item.sku : `bundle ${query.item.bundle}`;
  const out = [m.routesHeading(item, query.tier, query.term, query.quantity, percent(dec(query.discount ?? 0)), formatMoney(dec(query.partnerPurchases ?? 0), minor))];
  out.push(...textTable(ROUTE_HEADERS, rows.map((r) => routeCells(r, minor)), 2));
  for (const r of rows) {
    if (r.error !== null) out.push(`${r.label}: cannot be priced: ${r.error}`);
    for (const b of r.breaches) out.push(`${r.label}: ${b.severity} ${b.rule}: ${b.message}`);
  }
  return out;
}

export function matrixLines(matrix: PocketMatrix): string[] {
  const headers = ['Item', ...matrix.routes.map((r) => r.label)];
  return textTable(headers, matrix.rows.map((row) => [row.label, ...row.shares.map((s) => (s === null ? '–' : percent(s)))]), 1);
}

export function matrixJson(matrix: PocketMatrix, query: { tier: string; term: string; quantity: number; partnerPurchases: number }): unknown {
  return {
    ...query,
    routes: matrix.routes,
    rows: matrix.rows.map((r) => ({ item: r.item, label: r.label, shares: r.shares.map((s) => fixed(s)) })),
  };
}

export async function routesCommand(file: string, options: RoutesOptions, io: CliIO): Promise<ExitCode> {
  const model = await loadModelFile(file, io);
  if (model === null) return EXIT.invalid;
  if (options.matrix === true) {
    const query = { tier: tierOption(model, options.tier), term: termOption(model, options.term), quantity: amountOption('--quantity', options.quantity, 1) };
    const partnerPurchases = amountOption('--purchases', options.purchases, model.quote.partnerPurchases ?? 0);
    const matrix = pocketMatrix(model, { ...query, partnerPurchases });
    if (options.json === true) io.out(JSON.stringify(matrixJson(matrix, { ...query, partnerPurchases }), null, 2));
    else for (const l of [m.matrixHeading(query.tier, query.term, query.quantity, formatMoney(dec(partnerPurchases), model.rounding.minorUnits)), ...matrixLines(matrix)]) io.out(l);
    return EXIT.ok;
  }
  const query = routeQuery(model, options);
  const rows = compareRoutes(model, query);
  if (options.json === true) io.out(JSON.stringify(routesJson(query, rows), null, 2));
  else for (const l of routesLines(model, query, rows)) io.out(l);
  return EXIT.ok;
}
