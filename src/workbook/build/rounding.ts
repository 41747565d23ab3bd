/** ROUND as the model's rounding policy asks (formula text without '='). */
import type { Model } from '../../engine/model/schema';

/**
 * `expr` rounded to the model's minor units: ROUND (half away from zero, like the engine's default), or
 * half to even for a 'halfEven' policy: an exact half (to 1E-9 of a minor unit) goes to the even neighbour.
 */
export function roundMoneyFormula(model: Pick<Model, 'rounding'>, expr: string): string {
  const mu = model.rounding.minorUnits;
  if (model.rounding.mode !== 'halfEven') return `ROUND(${expr},${mu})`;
  const scaled = `(${expr})*${10 ** mu}`;
  return `IF(ABS(${scaled}-INT(${scaled})-0.5)<1E-9,(INT(${scaled})+MOD(INT(${scaled}),2))/${10 ** mu},ROUND(${expr},${mu}))`;
}
