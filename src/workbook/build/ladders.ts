/**
 * Ladders sheet: each discount ladder (mode), its bands, and the effective unit price and total at
 * representative quantities, with a line chart of unit price against quantity per ladder.
 */
import { dec, indexModel, ladderDiscountAmount, ladderUnitPrices, multiply, rateWeightedQuantity, representativeQuantities, roundMoney, subtract, toNumber } from '../../engine';
import type { DiscountLadder } from '../../engine/model/schema';
import type { CellAddress, CellSpec, SheetSpec, TableSpec, ValidationSpec } from '../spec';
import { col, columnRange, formula, heading, HEADER_ROW, num, numOrBlank, sheet, tableCell, text, unitPriceCharts } from './cells';
import { type BuildContext, on, place } from './context';
import { roundMoneyFormula } from './rounding';
import { bandHighlights } from './bandHighlights';
import { type BandRefs, UNBOUNDED_CAP, weightedUnits } from './ladderFormulas';
import type { PriceBookRefs } from './priceBook';
import { livePriceTables, priceKey } from './priceBook';
import type { PriceLaddersRefs } from './priceLadders';
import { priceLadderCurves } from './priceLadderCurves';

export interface LaddersRefs {
  readonly sheet: SheetSpec;
  readonly ladders: TableSpec;
  readonly bands: TableSpec;
  readonly prices: TableSpec;
  readonly bandRefs: BandRefs;
}

/** The list price the ladder is shown against: the first product using it (own ladder, else its tier's), first priced term. */
function referencePrice(ctx: BuildContext, ladder: DiscountLadder, pb: PriceBookRefs): { value: number; formula?: string } {
  const { model } = ctx;
  const index = indexModel(model);
  const termIndex = new Map(model.terms.map((t, i) => [t.id, i]));
  for (const price of model.prices) {
    const own = index.products.get(price.sku)?.ladder;
    const used = own !== undefined ? own === ladder.id : index.tiers.get(price.tier)?.ladder === ladder.id;
    if (!used) continue;
    const row = pb.rowOf.get(priceKey(price.sku, price.tier));
    const t = termIndex.get(price.term);
    if (row === undefined || t === undefined) continue;
    const live = livePriceTables(pb);
    return { value: price.listPrice, formula: `=${on(ctx, live.key, tableCell(live.prices, row, 3 + t, true))}` };
  }
  return { value: 100 };
}

const laddersTableAt = (ctx: BuildContext): CellAddress => place(ctx, 'Ladders', { row: HEADER_ROW, col: 0 });

/** The Ladders table's id column, qualified (known before the sheet is built). */
export const ladderIdsRange = (ctx: BuildContext): string =>
  on(ctx, 'ladders', columnRange({ at: laddersTableAt(ctx), rows: ctx.model.ladders.map((): CellSpec[] => []) }, 0));

/** Where the PriceBands table stands by default: right of the discount ladders' charts. */
export const PRICE_BANDS_AT: CellAddress = { row: HEADER_ROW, col: 27 };

export function buildLadders(ctx: BuildContext, pb: PriceBookRefs, priceLadders: PriceLaddersRefs): LaddersRefs {
  const { model } = ctx;
  const mu = model.rounding.minorUnits;
  const laddersAt = laddersTableAt(ctx);
  const ladders: TableSpec = {
    name: 'Ladders',
    at: laddersAt,
    style: 'TableStyleMedium2',
    caption: 'Ladders',
    columns: [col('Ladder', 'text', 'input', 'ladders[].id'), col('Name', 'text', 'input', 'ladders[].name'), col('Mode', 'text', 'input', 'ladders[].mode')],
    rows: model.ladders.map((l) => [text(l.id), text(l.name), text(l.mode)]),
  };
  const bandsAt = place(ctx, 'Bands', { row: HEADER_ROW, col: 4 });
  const bandRows = model.ladders.flatMap((l) => l.bands.map((b, i) => ({ ladder: l, band: b, first: i === 0, previous: l.bands[i - 1] })));
  const bands: TableSpec = {
    name: 'Bands',
    at: bandsAt,
    style: 'TableStyleMedium4',
    caption: 'Bands (Up to is inclusive; blank = no limit)',
    columns: [
      col('Ladder', 'text', 'input', 'ladders[].bands[] (ladder id)'),
      col('Up to', 'number', 'input', 'ladders[].bands[].upTo'),
      col('Discount', 'percent', 'input', 'ladders[].bands[].discount'),
      col('Above', 'number', 'formula'),
      col('Cap', 'number', 'formula'),
    ],
    rows: bandRows.map((r, i) => {
      const upTo = tableCell({ at: bandsAt }, i, 1);
      const above = r.first
        ? formula('=0', 0)
        : formula(`=IF(${tableCell({ at: bandsAt }, i, 0)}=${tableCell({ at: bandsAt }, i - 1, 0)},N(${tableCell({ at: bandsAt }, i - 1, 1)}),0)`, r.previous?.upTo ?? 0);
      return [text(r.ladder.id), numOrBlank(r.band.upTo), num(r.band.discount), above, formula(`=IF(${upTo}="",${UNBOUNDED_CAP},${upTo})`, r.band.upTo ?? 1e15)];
    }),
  };
  const bandRefs: BandRefs = {
    ladderIds: columnRange(ladders, 0),
    ladderModes: columnRange(ladders, 2),
    bandLadder: columnRange(bands, 0),
    bandDiscount: columnRange(bands, 2),
    bandAbove: columnRange(bands, 3),
    bandCap: columnRange(bands, 4),
  };
  const pricesAt = place(ctx, 'LadderPrices', { row: HEADER_ROW, col: 10 });
  const points = model.ladders.flatMap((l) => {
    const ref = referencePrice(ctx, l, pb);
    const compiled = indexModel(model).ladders.get(l.id);
    if (compiled === undefined) return [];
    const points = ladderUnitPrices(model, l.id, dec(ref.value), representativeQuantities(l.bands));
    return points.map((point) => ({ ladder: l, q: point.quantity, point, ref, compiled }));
  });
  const prices: TableSpec = {
    name: 'LadderPrices',
    at: pricesAt,
    style: 'TableStyleMedium2',
    caption: 'Effective unit price and total at representative quantities',
    columns: [
      col('Ladder', 'text', 'label'),
      col('Quantity', 'number', 'label'),
      col('List unit price', 'money', 'label'),
      col('Rate-weighted units', 'number', 'formula'),
      col('Effective discount', 'percent', 'formula'),
      col('Total', 'money', 'formula'),
      col('Unit price', 'money', 'formula'),
    ],
    rows: points.map((p, i) => {
      const c = (k: number): string => tableCell({ at: pricesAt }, i, k);
      const q = dec(p.q);
      const list = dec(p.ref.value);
      const w = toNumber(rateWeightedQuantity(p.compiled, q));
      const total = toNumber(roundMoney(subtract(multiply(list, q), ladderDiscountAmount(p.compiled, list, q)), mu, model.rounding.mode));
      return [
        text(p.ladder.id),
        num(p.q),
        p.ref.formula !== undefined ? formula(p.ref.formula, p.ref.value) : num(p.ref.value),
        formula(`=${weightedUnits(bandRefs, c(1), c(0))}`, w),
        formula(`=${c(3)}/${c(1)}`, toNumber(p.point.discountRate)),
        formula(`=${roundMoneyFormula(model, `${c(2)}*${c(1)}-${c(2)}*${c(3)}`)}`, total),
        formula(`=${roundMoneyFormula(model, roundMoneyFormula(model, `(${c(2)}*${c(1)}-${c(2)}*${c(3)})/${c(1)}`, mu + 6))}`, toNumber(p.point.unitPrice)),
      ];
    }),
  };
  const charts = unitPriceCharts(
    model.currency,
    pricesAt,
    pricesAt.col + prices.columns.length + 1,
    model.ladders.map((l) => ({ name: l.name, points: points.filter((p) => p.ladder === l).length })),
    { quantity: 1, unitPrice: 6 },
  );
  const validations: ValidationSpec[] = [
    {
      range: { at: { row: laddersAt.row + 1, col: laddersAt.col + 2 }, rows: Math.max(1, ladders.rows.length), cols: 1 },
      source: { kind: 'values', values: ['graduated', 'volume'] },
      allowBlank: false,
      error: 'Pick graduated or volume',
    },
    {
      range: { at: { row: bandsAt.row + 1, col: bandsAt.col }, rows: Math.max(1, bands.rows.length), cols: 1 },
      source: { kind: 'range', formula: `=${bandRefs.ladderIds}` },
      allowBlank: false,
      error: 'Pick a ladder from the Ladders table',
    },
  ];
  const bandsTable = priceLadders.bands;
  const curves = priceLadderCurves(ctx, { row: HEADER_ROW, col: bandsTable.at.col + bandsTable.columns.length + 1 }, priceLadders.refs);
  const cells = heading(
    `${model.name}: ladders`,
    `Discount ladders: graduated, each band's discount on the units in it; volume, the reached band's discount on all units. Price ladders of tiered products to the right.`,
  );
  return {
    ladders,
    bands,
    prices,
    bandRefs: qualify(ctx, bandRefs),
    sheet: sheet({ key: 'ladders', name: ctx.names.ladders, tables: [ladders, bands, prices, priceLadders.bands, curves.table], cells, charts: [...charts, ...curves.charts], validations: [...validations, ...priceLadders.validations], conditionalFormats: bandHighlights(ctx, bands, bandRefs, pb.ref.termDiscounts), tabColor: 'BF8F00' }),
  };
}

function qualify(ctx: BuildContext, b: BandRefs): BandRefs {
  const q = (r: string): string => on(ctx, 'ladders', r);
  return {
    ladderIds: q(b.ladderIds),
    ladderModes: q(b.ladderModes),
    bandLadder: q(b.bandLadder),
    bandDiscount: q(b.bandDiscount),
    bandAbove: q(b.bandAbove),
    bandCap: q(b.bandCap),
  };
}
