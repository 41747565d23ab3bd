/**
 * A partner level's programme terms on the Channels sheet and the rates one line earns from them, live
 * (the engine's programmeRates, src/engine/channel/programme.ts):
 *   rebate = the rate of the highest RebateTiers row of the level whose From ≤ the partner's purchases
 *            (the Applies column marks it); below the first From, 0; a level without tiers: its Rebate
 *   MDF    = MDF, or ROUND(cap / purchases, 10) when MDF × purchases > the MDF cap (blank: no cap)
 *   co-op  = Co-op
 * Co-op and MDF cap stand in the LevelProgramme table, looked up by its own Level column.
 * The partner's purchases are the Quote sheet's Partner purchases cell (blank: 0), as the engine takes
 * the quote's partnerPurchases for every line and route of the model.
 *
 * Only functions every Excel since 2007 and LibreOffice know: SUMPRODUCT over comparisons, which
 * evaluates its arguments as arrays without an array formula
 * (https://support.microsoft.com/office/sumproduct-function-16753e75-9f68-4874-94ac-4d2145a2fd2e),
 * and SUMIFS; MAXIFS (Excel 2019) would have to be written _xlfn.MAXIFS in an .xlsx file.
 */
import { compare, dec, toNumber } from '../../engine';
import { programmeRates } from '../../engine/channel/programme';
import { marketModel } from '../../engine/markets/marketModel';
import type { Model } from '../../engine/model/schema';
import type { CellAddress, TableSpec } from '../spec';
import { col, columnRange, formula, num, tableCell, text } from './cells';

/** The Quote sheet's Partner purchases cell (D3, beside the customer; its label in C3). */
export const PARTNER_PURCHASES_AT = { row: 2, col: 3 } as const;

/** Qualified ranges (and the purchases cell) the programme rates look things up in. */
export interface ProgrammeRefs {
  readonly levelIds: string;
  readonly levelRebate: string;
  readonly levelMdf: string;
  /** The LevelProgramme table's Level column, which its Co-op and MDF cap columns are looked up by. */
  readonly programmeLevels: string;
  readonly levelCoop: string;
  readonly levelMdfCap: string;
  readonly tierLevels: string;
  readonly tierApplies: string;
  readonly tierRates: string;
  /** The partner's purchases, a number (the Quote sheet's cell under N()). */
  readonly partnerPurchases: string;
  /** A quote in a market: the MDF cap (reference currency) in the quote's market (markets.ts quoteMoney). */
  readonly money?: (reference: string) => string;
}

/** Index of the tier of `tiers` that applies at `purchases` (the last whose from ≤ purchases), or −1. */
export function tierApplying(tiers: readonly { readonly from: number }[], purchases: number): number {
  let at = -1;
  tiers.forEach((t, k) => {
    if (compare(dec(t.from), dec(purchases)) <= 0) at = k;
  });
  return at;
}

/**
 * The RebateTiers input table: one row per tier of every level, and whether the tier applies; for a quote
 * in a market (`quoteMoney`), also whether it applies there, its From in the market's currency as the
 * engine converts it (the later of two tiers whose Froms convert alike).
 */
export function rebateTiersTable(model: Model, at: CellAddress, purchases: string, quoteMoney: ((reference: string) => string) | null = null): TableSpec {
  const pp = model.quote.partnerPurchases ?? 0;
  const inMarket = quoteMoney === null || model.quote.market === undefined ? undefined : marketModel(model, model.quote.market);
  const rows = model.levels.flatMap((l, i) =>
    (l.rebateTiers ?? []).map((t, k) => ({
      level: l.id,
      tier: t,
      applies: tierApplying(l.rebateTiers ?? [], pp) === k,
      appliesInMarket: tierApplying(inMarket?.levels[i]?.rebateTiers ?? [], pp) === k,
      fromInMarket: inMarket?.levels[i]?.rebateTiers?.[k]?.from ?? null,
    })),
  );
  const shape = { at, rows: rows.map(() => []) };
  const levels = columnRange(shape, 0);
  const froms = columnRange(shape, 1);
  const fromsIn = columnRange(shape, 5);
  const fromIn = (i: number): string => tableCell({ at }, i, 5);
  return {
    name: 'RebateTiers',
    at,
    style: 'TableStyleMedium4',
    caption: "Rebate tiers (by the partner's purchases in the programme year; the tier reached applies to every purchase)",
    columns: [
      col('Level', 'text', 'input', 'levels[].rebateTiers (level)'),
      col('From', 'money', 'input', 'levels[].rebateTiers[].from'),
      col('Rate', 'percent', 'input', 'levels[].rebateTiers[].rate'),
      col('Applies', 'integer', 'formula'),
      ...(quoteMoney === null ? [] : [col('Applies in the quote’s market', 'integer', 'formula'), col('From in the quote’s market', 'number', 'formula')]),
    ],
    rows: rows.map((r, i) => {
      const level = tableCell({ at }, i, 0);
      const from = tableCell({ at }, i, 1);
      // 1 on the tier reached: its From at most the purchases, and no higher From of the level reached too.
      return [
        text(r.level),
        num(r.tier.from),
        num(r.tier.rate),
        formula(`=IF(AND(ISNUMBER(${from}),${from}<=${purchases},SUMPRODUCT((${levels}=${level})*(${froms}>${from})*(${froms}<=${purchases}))=0),1,0)`, r.applies ? 1 : 0),
        ...(quoteMoney === null
          ? []
          : [
              // Over the converted Froms beside it; of two alike, the later tier (the higher From) applies.
              formula(
                `=IF(AND(ISNUMBER(${from}),${fromIn(i)}<=${purchases},SUMPRODUCT((${levels}=${level})*(((${fromsIn}>${fromIn(i)})+(${fromsIn}=${fromIn(i)})*(${froms}>${from}))>0)*(${fromsIn}<=${purchases}))=0),1,0)`,
                r.appliesInMarket ? 1 : 0,
              ),
              formula(`=IF(ISNUMBER(${from}),${quoteMoney(from)},"")`, r.fromInMarket),
            ]),
      ];
    }),
  };
}

/** The rebate, MDF and co-op rates of `level` (an expression) as formula text (no '='); 0 for a level not found. */
export function programmeRateFormulas(r: ProgrammeRefs, level: string): { rebate: string; mdf: string; coop: string } {
  const of = (range: string): string => `INDEX(${range},MATCH(${level},${r.levelIds},0))`;
  const pp = r.partnerPurchases;
  // Co-op and the cap by the LevelProgramme table's own Level column: SUMIFS and a count of numeric caps,
  // so that a blank cap (none) and a level without a row (no co-op, no cap) need no blank-cell rules.
  const hasCap = `SUMPRODUCT((${r.programmeLevels}=${level})*ISNUMBER(${r.levelMdfCap}))>0`;
  const cap = `SUMIFS(${r.levelMdfCap},${r.programmeLevels},${level})`;
  const capIn = r.money === undefined ? cap : r.money(cap);
  const mdf = of(r.levelMdf);
  // The engine divides to 10 decimals, halves away from zero (see rounding.ts for the nudge).
  const capped = `ROUND(${capIn}/${pp}*(1+4E-15),10)`;
  return {
    rebate: `IFERROR(IF(COUNTIF(${r.tierLevels},${level})=0,${of(r.levelRebate)},SUMIFS(${r.tierRates},${r.tierLevels},${level},${r.tierApplies},1)),0)`,
    mdf: `IFERROR(IF(AND(${hasCap},ROUND(${pp}*${mdf},10)>${capIn}),${capped},${mdf}),0)`,
    coop: `IFERROR(SUMIFS(${r.levelCoop},${r.programmeLevels},${level}),0)`,
  };
}

/** The engine's rates of a level at the model's partner purchases, as numbers (for cached results). */
export function programmeRateValues(model: Model, levelId: string | undefined): { rebate: number; mdf: number; coop: number } {
  const level = model.levels.find((l) => l.id === levelId);
  if (level === undefined) return { rebate: 0, mdf: 0, coop: 0 };
  const r = programmeRates(level, dec(model.quote.partnerPurchases ?? 0), dec);
  return { rebate: toNumber(r.rebate), mdf: toNumber(r.mdf), coop: toNumber(r.coop) };
}
