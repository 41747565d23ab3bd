/** Price shapes: the exact charge of a shaped price-book entry, its true-up, and its maths in words. */
export type { ChargedShape, ShapedEntry, ShapeCharge } from './types';
export { shapedEntry, shapeCharge, chargeOf, trueUpOf, referenceQuantity } from './charge';
export { explainCharge, explainUnitPrice, type ExplainOptions } from './explain';
export { entryCharge, type EntryCharge } from './entryCharge';
export { formatMoney, formatQuantity, formatUnitPrice } from './format';
export { shapeMessages } from './messages';
