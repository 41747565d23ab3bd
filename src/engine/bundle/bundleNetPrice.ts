import { type Decimal, ONE, ZERO, add, compare, multiply, sign, subtract } from '../decimal';
import { PricingError } from '../errors';
import { checkMinorUnits, roundMoney } from '../rounding/roundMoney';
import { bundleMessages } from './messages';

export interface BundleComponentLine {
  readonly listPrice: Decimal;
  readonly quantity: Decimal;
}

/** Σ list price × quantity over the components, exact (not rounded). */
export function standaloneList(components: readonly BundleComponentLine[]): Decimal {
  let total = ZERO;
  components.forEach((c, i) => {
    if (sign(c.listPrice) < 0) throw new PricingError('range', bundleMessages.negativeListPrice(i, c.listPrice), `component ${i + 1}`);
    if (sign(c.quantity) < 0) throw new PricingError('range', bundleMessages.negativeQuantity(i, c.quantity), `component ${i + 1}`);
    total = add(total, multiply(c.listPrice, c.quantity));
  });
  return total;
}

/**
 * A bundle's net price: the sum of its components' list prices × quantities, less the bundle discount
 * (a share, 0 to 1), rounded once to the minor unit: (120 × 1 + 45 × 2) × (1 − 0.15) = 178.50.
 */
export function bundleNetPrice(components: readonly BundleComponentLine[], discount: Decimal, minorUnits: number): Decimal {
  checkMinorUnits(minorUnits);
  if (components.length === 0) throw new PricingError('range', bundleMessages.noComponents(), 'components');
  if (sign(discount) < 0 || compare(discount, ONE) > 0) {
    throw new PricingError('range', bundleMessages.discountOutOfRange(discount), 'bundle discount');
  }
  return roundMoney(multiply(standaloneList(components), subtract(ONE, discount)), minorUnits);
}
