/**
 * A market price as formula text (no '='), the engine's marketUnitPrice (src/engine/markets): the
 * reference × rate × factor rounded to the market's minor unit as the model's rounding mode rounds
 * (ROUND, or half to even), then, when the market has an ending or a step, snapped to the nearest
 * k·step − (1 − ending), never below the smallest positive price point, as applyPriceEnding snaps and
 * as the customer chain (priceChain.ts) writes it. The market's settings are cell references, so an
 * edit of a rate, factor, minor unit, ending or step reprices the market at once.
 */
import type { Model } from '../../engine/model/schema';

export interface MarketSettingCells {
  readonly rate: string;
  readonly factor: string;
  readonly minorUnits: string;
  readonly ending: string;
  readonly step: string;
}

/** `expr` rounded to the decimals in cell `digits`, as the model's rounding mode rounds (see rounding.ts). */
export function roundToDigits(model: Pick<Model, 'rounding'>, expr: string, digits: string): string {
  if (model.rounding.mode !== 'halfEven') return `ROUND(${expr},${digits})`;
  const scaled = `(${expr})*10^${digits}`;
  return `IF(ABS(${scaled}-INT(${scaled})-0.5)<MAX(1E-9,ABS(${scaled})*1E-15),(INT(${scaled})+MOD(INT(${scaled}),2))/10^${digits},ROUND(${expr},${digits}))`;
}

/** The converted price: reference × rate × factor. */
export const convertedFormula = (reference: string, s: MarketSettingCells): string => `${reference}*${s.rate}*${s.factor}`;

/** The derived price from the cell holding the converted price. */
export function derivedFormula(model: Pick<Model, 'rounding'>, converted: string, s: MarketSettingCells): string {
  const rounded = roundToDigits(model, converted, s.minorUnits);
  const offset = `IF(N(${s.ending})=0,0,1-${s.ending})`;
  const step = `IF(${s.step}="",1,${s.step})`;
  const snapped = `IF(${rounded}<=0,0,MAX(ROUND((${rounded}+${offset})/${step},0),INT(${offset}/${step})+1)*${step}-${offset})`;
  return `IF(AND(${s.ending}="",${s.step}=""),${rounded},${snapped})`;
}
