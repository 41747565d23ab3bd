/** ROUND as the model's rounding policy asks (formula text without '='). */
import type { Model } from '../../engine/model/schema';

/**
 * `expr` rounded to `digits` decimals (default: the model's minor units): ROUND (half away from zero,
 * like the engine's default), or half to even for a 'halfEven' policy: an exact half (to 1E-9 of the
 * last digit) goes to the even neighbour.
 */
export function roundMoneyFormula(model: Pick<Model, 'rounding'>, expr: string, digits = model.rounding.minorUnits): string {
  if (model.rounding.mode !== 'halfEven') return `ROUND(${expr},${digits})`;
  const scaled = `(${expr})*1E${digits}`;
  return `IF(ABS(${scaled}-INT(${scaled})-0.5)<1E-9,(INT(${scaled})+MOD(INT(${scaled}),2))/1E${digits},ROUND(${expr},${digits}))`;
}
