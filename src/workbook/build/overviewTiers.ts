/**
 * The Overview's tiers at a glance: one row per tier with its name, the persona it serves and that
 * persona's job (read live from the Packaging sheet), how many products are priced in it for the headline
 * term, and the lowest and highest list unit price of those priced per unit: live MINIFS/MAXIFS over the
 * Price book (Excel 2019 and later, LibreOffice 5.2 and later), the engine's figures as cached results.
 */
import type { Model, Term } from '../../engine/model/schema';
import type { CellAddress, CellSpec, TableSpec } from '../spec';
import { blank, col, columnRange, formula, tableCell } from './cells';
import { type BuildContext, on, place } from './context';
import { type PackagingRefs, TIER_COLUMNS } from './packaging';
import { livePriceTables, type PriceBookRefs } from './priceBook';
import { isPerUnit } from './priceShapes';

export const OVERVIEW_TIER_COLUMNS = ['Tier', 'Name', 'Serves', 'Job', 'New job', 'Products', 'Lowest list price', 'Highest list price'] as const;

/**
 * The term a pricing manager reads list prices in: the annual one (12 months) when the model has one,
 * else the first. List prices are per unit for the whole term (Price book sheet).
 */
export function headlineTerm(model: Model): { readonly term: Term; readonly index: number } | null {
  const annual = model.terms.findIndex((t) => t.months === 12);
  const index = annual >= 0 ? annual : 0;
  const term = model.terms[index];
  return term === undefined ? null : { term, index };
}

/** The engine's figures for a tier in the headline term: products priced, lowest and highest list unit price. */
export function tierPriceRange(model: Model, tier: string, term: string): { products: number; lowest: number | null; highest: number | null } {
  const priced = model.prices.filter((p) => p.tier === tier && p.term === term);
  const unit = priced.filter((p) => isPerUnit(model, p.sku)).map((p) => p.listPrice);
  // A loop, not Math.min(...unit): a catalogue of many products would overflow the call's arguments.
  const lowest = unit.reduce<number | null>((m, p) => (m === null || p < m ? p : m), null);
  const highest = unit.reduce<number | null>((m, p) => (m === null || p > m ? p : m), null);
  return { products: priced.length, lowest, highest };
}

/** The text of a Packaging cell, live; blank stays blank (a bare reference to a blank cell shows 0). */
const textOf = (ref: string, value: string): CellSpec => formula(`=IF(${ref}="","",${ref})`, value);

export function overviewTiersTable(ctx: BuildContext, at: CellAddress, packaging: PackagingRefs, pb: PriceBookRefs): TableSpec {
  const { model } = ctx;
  const tableAt = place(ctx, 'TiersAtGlance', at);
  const headline = headlineTerm(model);
  const pack = (r: number, header: (typeof TIER_COLUMNS)[number]): string => on(ctx, 'packaging', tableCell(packaging.tiers, r, TIER_COLUMNS.indexOf(header), true));
  const live = livePriceTables(pb);
  const tierCol = on(ctx, live.key, columnRange(live.prices, 1));
  const termCol = headline === null ? null : on(ctx, live.key, columnRange(live.prices, 3 + headline.index));
  const termId = headline === null ? null : on(ctx, live.key, tableCell(live.terms, headline.index, 0, true));
  const shapes = pb.ref.shapes;
  const rows = model.tiers.map((t, r): CellSpec[] => {
    const packagingRow = packaging.tiers.rows[r] ?? [];
    const shown = (c: number): string => {
      const cell = packagingRow[c];
      return cell?.kind === 'text' ? cell.value : cell?.kind === 'formula' && typeof cell.result === 'string' ? cell.result : '';
    };
    const tier = tableCell({ at: tableAt }, r, 0);
    const base = [
      textOf(pack(r, 'Tier'), t.id),
      textOf(pack(r, 'Name'), t.name),
      textOf(pack(r, 'Serves'), shown(TIER_COLUMNS.indexOf('Serves'))),
      textOf(pack(r, 'Job'), t.job ?? ''),
      textOf(pack(r, 'New job'), shown(TIER_COLUMNS.indexOf('New job'))),
    ];
    if (headline === null || termCol === null || termId === null) return [...base, blank, blank, blank];
    const range = tierPriceRange(model, t.id, headline.term.id);
    const perUnit = `COUNTIFS(${tierCol},${tier},${termCol},"<>")`;
    const extreme = (fn: 'MINIFS' | 'MAXIFS', value: number | null): CellSpec =>
      formula(`=IF(${perUnit}=0,"",${fn}(${termCol},${tierCol},${tier},${termCol},"<>"))`, value ?? '');
    return [
      ...base,
      formula(`=${perUnit}+COUNTIFS(${shapes.Tier},${tier},${shapes.Term},${termId})`, range.products),
      extreme('MINIFS', range.lowest),
      extreme('MAXIFS', range.highest),
    ];
  });
  const termWords = headline === null ? 'no term' : `the ${headline.term.name} term (${headline.term.months} months)`;
  return {
    name: 'TiersAtGlance',
    at: tableAt,
    style: 'TableStyleMedium2',
    caption: `Tiers at a glance: products priced for ${termWords}; list prices in ${model.currency} per unit for that term, of products priced per unit`,
    columns: [
      col('Tier', 'text', 'formula'),
      col('Name', 'text', 'formula'),
      col('Serves', 'text', 'formula'),
      col('Job', 'text', 'formula'),
      col('New job', 'text', 'formula'),
      col('Products', 'integer', 'formula'),
      col('Lowest list price', 'money', 'formula'),
      col('Highest list price', 'money', 'formula'),
    ],
    rows,
  };
}
