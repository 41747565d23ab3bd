/**
 * Example curves of the price ladders (Ladders sheet): the PriceLadderPoints table gives each price
 * ladder's total and unit price at representative quantities (1, each band's first and last unit, twice
 * the last bound; the total exact, then rounded), live over the PriceBands table (shapeFormulas.ts ladderTotal), and a line chart per
 * ladder of unit price against quantity, as the discount ladders have.
 */
import { dec, divide, normalize, representativeQuantities, round, toNumber } from '../../engine';
import { compilePriceLadder, priceTotalExact } from '../../engine/ladder';
import type { Model } from '../../engine/model/schema';
import type { PriceLadderDefinition } from '../../engine/model/shapeSchema';
import type { CellAddress, ChartSpec, TableSpec } from '../spec';
import { col, formula, num, tableCell, text, unitPriceCharts } from './cells';
import { type BuildContext, place } from './context';
import type { PriceBandRefs } from './priceLadders';
import { roundMoneyFormula } from './rounding';
import { ladderTotal } from './shapeFormulas';

/** The engine's total of a price ladder for a quantity (exact); a flat fee of 0 is no fee (stairstep: the unit price prices the quantity). */
export function priceLadderTotal(ladder: PriceLadderDefinition, quantity: number): number {
  const bands = ladder.bands.map((b) => (b.flatFee === 0 ? { upTo: b.upTo, unitPrice: b.unitPrice } : { upTo: b.upTo, unitPrice: b.unitPrice, flatFee: b.flatFee }));
  return toNumber(priceTotalExact(compilePriceLadder(bands, ladder.mode), dec(quantity)));
}

export function priceLadderCurves(ctx: BuildContext, otherwise: CellAddress, bands: PriceBandRefs): { table: TableSpec; charts: ChartSpec[] } {
  const { model } = ctx;
  const at = place(ctx, 'PriceLadderPoints', otherwise);
  const points = model.priceLadders.flatMap((l) => representativeQuantities(l.bands).map((q) => ({ l, q })));
  const table: TableSpec = {
    name: 'PriceLadderPoints',
    at,
    style: 'TableStyleMedium2',
    caption: 'Price ladders: total and unit price at representative quantities',
    columns: [col('Ladder', 'text', 'label'), col('Quantity', 'number', 'label'), col('Total (exact)', 'money', 'formula'), col('Total', 'money', 'formula'), col('Unit price', 'money', 'formula')],
    rows: points.map(({ l, q }, i) => {
      const c = (k: number): string => tableCell({ at }, i, k);
      const total = priceLadderTotal(l, q);
      return [
        text(l.id),
        num(q),
        formula(`=${ladderTotal(bands, c(1), c(0))}`, total),
        formula(`=${roundMoneyFormula(model, c(2))}`, unitRounded(model, total)),
        formula(`=${roundMoneyFormula(model, roundMoneyFormula(model, `${c(2)}/${c(1)}`, model.rounding.minorUnits + 6))}`, unitRounded(model, toNumber(divide(dec(total), dec(q), model.rounding.minorUnits + 6)))),
      ];
    }),
  };
  const charts = unitPriceCharts(
    model.currency,
    at,
    at.col + table.columns.length + 1,
    model.priceLadders.map((l) => ({ name: l.name, points: points.filter((p) => p.l === l).length })),
    { quantity: 1, unitPrice: 4 },
  );
  return { table, charts };
}

/** An amount rounded to the minor unit as the model rounds. */
function unitRounded(model: Model, value: number): number {
  return toNumber(normalize(round(dec(value), model.rounding.minorUnits, model.rounding.mode)));
}
