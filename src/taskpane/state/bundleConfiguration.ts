/**
 * A bundle line's configuration, as the schema stores it: only the components whose units per bundle
 * differ from the bundle's default are kept in `components`; a component set back to its default loses
 * its key, and a configuration with no key left is removed.
 */
import type { ModelInput } from '../../engine/model/schema';

/** A component of a bundle, as the model is written. */
export type BundleComponent = NonNullable<ModelInput['bundles']>[number]['components'][number];
export type Configuration = Readonly<Record<string, number>>;

/** The units per bundle of `component` on the line: its configured quantity, else the bundle's default. */
export function configuredQuantity(configuration: Configuration | undefined, component: BundleComponent): number {
  return configuration?.[component.sku] ?? component.quantity;
}

/**
 * The line's configuration with `component` at `quantity` units per bundle (undefined: the default).
 * A quantity that is not a number (a value halfway typed) is kept as typed, for validation to flag.
 */
export function configure(configuration: Configuration | undefined, component: BundleComponent, quantity: unknown): Configuration | undefined {
  const { [component.sku]: _previous, ...others } = configuration ?? {};
  const next: Record<string, unknown> = quantity === undefined || quantity === null || quantity === component.quantity ? others : { ...others, [component.sku]: quantity };
  return Object.keys(next).length === 0 ? undefined : (next as Configuration);
}

/** The units an optional component gets when switched on: its default, else its minimum, else 1. */
export function switchedOnQuantity(component: BundleComponent): number {
  return component.quantity > 0 ? component.quantity : Math.max(component.min ?? 1, 1);
}
