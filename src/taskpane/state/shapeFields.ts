/**
 * What the pane shows of a product's price shape (see src/engine/model/shapeSchema.ts): the shape's
 * choice with one plain line of description, the price-book entry fields the shape uses, each labelled
 * with its unit and currency, and the model after a shape is switched (fields the new shape does not use
 * are dropped, since validation refuses them).
 */
import type { ModelInput } from '../../engine/model/schema';
import type { PriceShapeKind } from '../../engine/model/shapeSchema';
import type { Choice } from '../components/fields/ChoiceField';

export const SHAPE_KINDS: readonly PriceShapeKind[] = ['per-unit', 'tiered', 'package', 'usage', 'platform'];

export const SHAPE_CHOICES: readonly Choice[] = [
  { value: 'per-unit', label: 'Per unit' },
  { value: 'tiered', label: 'Tiered (price ladder)' },
  { value: 'package', label: 'Package' },
  { value: 'usage', label: 'Usage' },
  { value: 'platform', label: 'Platform fee + per unit' },
];

/** One line each, as a pricing manager would explain the shape to a buyer. */
export const SHAPE_DESCRIPTIONS: Readonly<Record<PriceShapeKind, string>> = {
  'per-unit': 'One list price per unit, with the discount ladder of the product or its tier.',
  tiered: 'A price ladder prices the quantity: graduated, volume or stairstep bands.',
  package: 'Sold in blocks of a fixed number of units, rounded up, after any free units.',
  usage: 'Some units included free, then an overage rate for each unit over them.',
  platform: 'A fixed platform fee for the term plus a price per unit.',
};

/** The fields of a price-book entry that depend on the shape (sku, tier and term always belong). */
export type EntryField = 'listPrice' | 'ladder' | 'packageSize' | 'includedUnits' | 'platformFee' | 'minimumCharge';

export const SHAPE_FIELDS: Readonly<Record<PriceShapeKind, readonly EntryField[]>> = {
  'per-unit': ['listPrice'],
  tiered: ['ladder', 'platformFee', 'minimumCharge'],
  package: ['listPrice', 'packageSize', 'includedUnits', 'platformFee', 'minimumCharge'],
  usage: ['listPrice', 'includedUnits', 'platformFee', 'minimumCharge'],
  platform: ['platformFee', 'listPrice', 'minimumCharge'],
};

export const shapeOf = (value: unknown): PriceShapeKind => SHAPE_KINDS.find((k) => k === value) ?? 'per-unit';

/** The plural of a unit as labels say it: users, GB, licenses. */
export const plural = (unit: string): string => (/(s|sh|ch|x)$/.test(unit) || /^[A-Z]{2,}$/.test(unit) ? unit : `${unit}s`);

/** The label of one entry field, its unit and currency said: "Price per package of 5 users (USD, whole term)". */
export function entryFieldLabel(field: EntryField, shape: PriceShapeKind, unit: string, currency: string, packageSize?: number): string {
  const u = unit.trim() || 'unit';
  const units = plural(u);
  const money = currency ? `${currency}, whole term` : 'whole term';
  switch (field) {
    case 'listPrice':
      if (shape === 'package') return `Price per package${packageSize ? ` of ${packageSize} ${packageSize === 1 ? u : units}` : ''} (${money})`;
      if (shape === 'usage') return `Overage rate per ${u} over the included (${money})`;
      return `List price per ${u} (${money})`;
    case 'ladder':
      return 'Price ladder';
    case 'packageSize':
      return `Package size (${units} per package)`;
    case 'includedUnits':
      return `Included ${units} (free)`;
    case 'platformFee':
      return `Platform fee (${money})`;
    case 'minimumCharge':
      return `Minimum charge (${money})`;
  }
}

/** The unit cost's label: what is costed, for how long, in which currency. */
export const unitCostLabel = (unit: string, currency: string): string => `Cost to serve one ${unit.trim() || 'unit'} per month${currency ? `, ${currency}` : ''}`;

const SHAPED_FIELDS: readonly EntryField[] = ['listPrice', 'ladder', 'packageSize', 'includedUnits', 'platformFee', 'minimumCharge'];

/** The model with product `index` switched to `shape`: its entries keep only the fields the shape uses. */
export function withShape(model: ModelInput, index: number, shape: PriceShapeKind): ModelInput {
  const product = model.products?.[index];
  if (!product) return model;
  const used = new Set<EntryField>(SHAPE_FIELDS[shape]);
  const { ladder: _discountLadder, ...withoutLadder } = product;
  // A shaped product may not have a discount ladder of its own.
  const products = (model.products ?? []).map((p, i) => (i === index ? { ...(shape === 'per-unit' ? product : withoutLadder), shape } : p));
  const prices = (model.prices ?? []).map((entry) => {
    if (entry.sku !== product.sku) return entry;
    const kept: Record<string, unknown> = { ...entry };
    for (const field of SHAPED_FIELDS) if (!used.has(field)) delete kept[field];
    return kept as typeof entry;
  });
  return { ...model, products, prices };
}
