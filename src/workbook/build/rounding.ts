/** ROUND as the model's rounding policy asks (formula text without '='). */
import type { Model } from '../../engine/model/schema';

/**
 * `expr` rounded to `digits` decimals (default: the model's minor units): ROUND (half away from zero,
 * like the engine's default), or half to even for a 'halfEven' policy: an exact half goes to the even
 * neighbour. "Exact" allows for the binary error of the spreadsheet's arithmetic: 1E-9 of the last digit,
 * or a few units in the last place of the scaled value, whichever is larger (at 519,752,830.5 a double's
 * spacing is 6E-8, and the product that makes it can be off by that much).
 */
export function roundMoneyFormula(model: Pick<Model, 'rounding'>, expr: string, digits = model.rounding.minorUnits): string {
  if (model.rounding.mode !== 'halfEven') return `ROUND(${expr},${digits})`;
  const scaled = `(${expr})*1E${digits}`;
  return `IF(ABS(${scaled}-INT(${scaled})-0.5)<MAX(1E-9,ABS(${scaled})*1E-15),(INT(${scaled})+MOD(INT(${scaled}),2))/1E${digits},ROUND(${expr},${digits}))`;
}
