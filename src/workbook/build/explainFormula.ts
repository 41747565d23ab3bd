/** Placeholder until the engine's explanation words land (replaced on merge). */
import type { Model } from '../../engine/model/schema';
import type { WaterfallColumn, WaterfallRefs } from './waterfall';

export function explanationFormula(_model: Model, _refs: WaterfallRefs, _line: { item: string; quantity: string; term: string }, _at: (c: WaterfallColumn) => string): string {
  return '""';
}
