/** ROUND as the model's rounding policy asks (formula text without '='). */
import type { Model } from '../../engine/model/schema';

/**
 * A half reached by a chain of products and differences can land a few units in the last place below
 * the half in binary (719548.95 − 1242745 × 0.2 − 1242745 × 0.01 gives 458572.49999999994, not
 * 458572.5), and ROUND then goes down where the engine, exact, goes up. Scaling by 1 + 4E-15 (about 18
 * units in the last place, away from zero for either sign) lifts such a half back above the line; an
 * exact value that close below a half needs 15 significant digits, more than any price the model holds.
 */
const HALF_NUDGE = '(1+4E-15)';

/**
 * `expr` rounded to `digits` decimals (default: the model's minor units): ROUND (half away from zero,
 * like the engine's default), or half to even for a 'halfEven' policy: an exact half goes to the even
 * neighbour. "Exact" allows for the binary error of the spreadsheet's arithmetic: 1E-9 of the last digit,
 * or a few units in the last place of the scaled value, whichever is larger (at 519,752,830.5 a double's
 * spacing is 6E-8, and the product that makes it can be off by that much).
 */
export function roundMoneyFormula(model: Pick<Model, 'rounding'>, expr: string, digits = model.rounding.minorUnits): string {
  if (model.rounding.mode !== 'halfEven') return `ROUND((${expr})*${HALF_NUDGE},${digits})`;
  const scaled = `(${expr})*1E${digits}`;
  return `IF(ABS(${scaled}-INT(${scaled})-0.5)<MAX(1E-9,ABS(${scaled})*1E-15),(INT(${scaled})+MOD(INT(${scaled}),2))/1E${digits},ROUND(${expr},${digits}))`;
}
