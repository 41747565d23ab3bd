/**
 * Rows of the Checks table for the ladders' guardrails, one set per band, live over the Bands table:
 * the band's discount with the deepest term discount at most the maximum customer discount, the
 * discount never smaller than the band before (unit price never rises), and no price cliff (one more
 * whole unit past the band's Up to never costs less in total than the Up to itself).
 *
 * The cliff row compares the units paid for, q − W(q), at u (the band's Up to) and at INT(u) + 1: in the
 * next band, volume: (INT(u)+1)(1 − d') − u(1 − d); graduated: (INT(u)+1 − u)(1 − d'); past the next
 * band (a band narrower than one unit), W(q) over the whole ladder (see ladderFormulas.ts).
 */
import { dec, indexModel, rateWeightedQuantity, subtract, toNumber } from '../../engine';
import { formula, tableCell } from './cells';
import type { CheckRow, CheckStatus } from './checkRows';
import { type BuildContext, on } from './context';
import { guardrailCell } from './guardrailCells';
import { cliffChangeIntoNextBand, weightedUnits, withTermDiscount } from './ladderFormulas';
import type { LaddersRefs } from './ladders';

/** Bands checked on the Checks sheet at most (whole ladders' bands in order); `tiercraft validate` checks all. */
export const BAND_CHECKS_LIMIT = 2000;

export function bandRows(ctx: BuildContext, ladders: LaddersRefs, termDiscounts: string, found: ReadonlyMap<string, CheckStatus>, limit = BAND_CHECKS_LIMIT): CheckRow[] {
  const { model } = ctx;
  const max = guardrailCell(ctx, 'Max customer discount');
  const rising = guardrailCell(ctx, 'Rising unit price');
  const { bandRefs } = ladders;
  const deepest = `MAX(${termDiscounts})`;
  const deepestValue = Math.max(0, ...model.terms.map((t) => t.discount));
  const compound = model.discountBasis === 'compound';
  const rows: CheckRow[] = [];
  let k = 0;
  model.ladders.forEach((ladder, i) => {
    const compiled = indexModel(model).ladders.get(ladder.id);
    const last = ladder.bands[ladder.bands.length - 1]?.upTo ?? null;
    ladder.bands.forEach((band, j) => {
      const row = k;
      k += 1;
      if (row >= limit) return;
      const cell = (r: number, c: number): string => on(ctx, 'ladders', tableCell(ladders.bands, r, c, true));
      const d = cell(row, 2);
      const path = `ladders[${i}].bands[${j}]`;
      const where = `Ladder ${ladder.id}, band ${j + 1}`;
      const verdict = (rule: string): CheckStatus => found.get(`${rule}|${path}`) ?? 'Pass';
      rows.push({
        check: 'Band discount with the deepest term at most the maximum',
        where,
        path,
        rule: 'max-customer-discount',
        format: 'percent',
        value: formula(`=${withTermDiscount(compound, d, deepest)}`, compound ? 1 - (1 - band.discount) * (1 - deepestValue) : band.discount + deepestValue),
        limit: formula(`=${max}`, model.guardrails.maxCustomerDiscount),
        status: (v, l) => `IF(${d}>${l},"Breach",IF(AND(${deepest}<=${l},${v}>${l}+1E-12),"Warning","Pass"))`,
        result: verdict('max-customer-discount'),
      });
      const before = ladder.bands[j - 1];
      if (before !== undefined) {
        rows.push({
          check: 'Band discount not below the band before (unit price never rises)',
          where,
          path,
          rule: 'rising-unit-price',
          format: 'percent',
          value: formula(`=${d}`, band.discount),
          limit: formula(`=${cell(row - 1, 2)}`, before.discount),
          status: (v, l) => `IF(${rising}=FALSE,"Off",IF(${v}<${l},"Warning","Pass"))`,
          result: model.guardrails.risingUnitPrice ? verdict('rising-unit-price') : 'Off',
        });
      }
      const u = band.upTo;
      if (u === null || j === ladder.bands.length - 1 || compiled === undefined) return;
      const above = Math.floor(u) + 1;
      if (last !== null && above > last) return;
      const bandAbove = ladder.bands.findIndex((b) => b.upTo === null || above <= b.upTo);
      const abovePath = `ladders[${i}].bands[${bandAbove}]`;
      const net = (q: number) => subtract(dec(q), rateWeightedQuantity(compiled, dec(q)));
      const upTo = cell(row, 1);
      const next = `(INT(${upTo})+1)`;
      const nextD = cell(row + 1, 2);
      const local = cliffChangeIntoNextBand(bandRefs, cell(row, 0), upTo, d, nextD);
      const whole = `(${next}-${weightedUnits(bandRefs, next, cell(row, 0))})-(${upTo}-${weightedUnits(bandRefs, upTo, cell(row, 0))})`;
      rows.push({
        check: 'No price cliff: one more unit past Up to never costs less (change in units paid for)',
        where: `Ladder ${ladder.id}, band ${j + 1} to ${bandAbove + 1}`,
        path: abovePath,
        rule: 'price-cliff',
        format: 'number',
        value: formula(`=IF(${next}<=${cell(row + 1, 4)},${local},${whole})`, toNumber(subtract(net(above), net(u)))),
        limit: formula('=0', 0),
        status: (v, l) => `IF(${v}<${l}-1E-9*MAX(1,${upTo}),"Warning","Pass")`,
        result: found.get(`price-cliff|${abovePath}`) ?? 'Pass',
      });
    });
  });
  return rows;
}
