/** Every message of model loading, in one place; each is prefixed with the path by `issue()`. */
import { bundleMessages } from '../bundle/messages';
import { quoteMessages } from '../quote/messages';

export const modelMessages = {
  notAnObject: () => 'a model file must be a JSON object',
  controlCharacter: () => 'must not contain control characters (U+0000 to U+001F, U+007F)',
  controlCharacterMultiline: () => 'must not contain control characters other than line breaks (U+0000 to U+001F but U+000A, U+007F)',
  lookupCharacter: () => "must not contain *, ?, ~, | or a comma: Excel's lookups read them as wildcards or separators",
  lookupOperator: () => "must not start with =, < or >: Excel's lookups read them as comparisons",
  caseOnlyDuplicate: (what: string, id: string, first: string, firstPath: string) =>
    `${what} "${id}" differs from "${first}" (${firstPath}) only in case: Excel's lookups cannot tell them apart`,
  schema: (message: string, value: unknown) => (value === undefined ? message : `${message} (got ${shown(value)})`),
  duplicateId: (what: string, id: string, firstPath: string) => `duplicate ${what} "${id}" (first at ${firstPath})`,
  unknown: (what: string, id: string, near?: string) => `no ${what} "${id}"${near === undefined ? '' : ` (ids are case-sensitive: did you mean "${near}"?)`}`,
  duplicatePrice: (sku: string, tier: string, term: string, firstPath: string) =>
    `duplicate price for "${sku}" in tier "${tier}" for term "${term}" (first at ${firstPath})`,
  tierWithoutPrice: (tier: string) => `tier "${tier}" has no price in the price book`,
  lastBandBounded: (upTo: number) => `the last band ends at ${upTo}: larger quantities get no volume discount band`,
  componentBelowMin: (quantity: number, minimum: number) => `quantity ${quantity} is below the component's min ${minimum}`,
  componentAboveMax: (quantity: number, maximum: number) => `quantity ${quantity} is above the component's max ${maximum}`,
  minAboveMax: (minimum: number, maximum: number) => `min ${minimum} is above max ${maximum}`,
  requiredComponentZero: (sku: string) => `required component "${sku}" must have a quantity of at least 1, got 0`,
  duplicateComponent: (sku: string, firstPath: string) => `component "${sku}" appears twice (first at ${firstPath})`,
  componentWithoutPrice: (sku: string, tier: string, term: string) =>
    `component "${sku}" has no list price in tier "${tier}" for term "${term}", so the bundle cannot be sold on that term`,
  partnerDiscountsOverList: (level: string, total: number) =>
    `level "${level}": discount plus deal registration is ${pct(total)} of list, more than 100%`,
  channelDiscountsOverList: (channel: string, level: string, total: number) =>
    `channel "${channel}" with level "${level}": reseller and distributor discounts reach ${pct(total)} of list, more than 100%`,
  discountsPastList: (parts: string, total: string, price: string) =>
    `${parts} take ${total} off list, more than 100%: the ${price} would be negative`,
  backEndOverInvoice: (level: string, total: number) => `level "${level}": rebate, MDF and co-op add up to ${pct(total)} of the invoice, more than 100%`,
  rebateAndTiers: (level: string, rebate: number) =>
    `level "${level}" has rebate tiers and a flat rebate of ${pct(rebate)}: the tiers set the rebate, so leave rebate out (or 0)`,
  rebateTiersOrder: (level: string, from: number, previous: number) =>
    `level "${level}": rebate tier from ${from} must be above the tier before it (from ${previous}); list tiers in ascending order of purchases`,
  noLevels: (channel: string) => `channel "${channel}" sells through resellers, so the model needs at least one partner level, got none`,
  twoTierWithoutDistributorDiscount: (channel: string) =>
    `two-tier channel "${channel}" has a distributor discount of 0: the distributor earns nothing`,
  // A quote line's faults are the pricing engine's own: loading a model and pricing its line word them alike.
  levelRequired: quoteMessages.levelRequired,
  levelOnDirect: (channel: string, level: string) => `channel "${channel}" is direct: partner level "${level}" is ignored`,
  tierRequired: quoteMessages.tierRequired,
  noListPrice: quoteMessages.noListPrice,
  bundleTierMismatch: (bundle: string, bundleTier: string, tier: string) =>
    `bundle "${bundle}" is priced in its own tier "${bundleTier}": tier "${tier}" is ignored`,
  componentsOnProduct: quoteMessages.componentsOnProduct,
  notAComponent: bundleMessages.notAComponent,
  bundleNotSoldOnTerm: (bundle: string, term: string) => `bundle "${bundle}" has no price for term "${term}"`,
  // Price shapes (validateShapes.ts): each names the field a shape needs or does not use.
  ladderRequired: () => 'a tiered product needs a price ladder on each price-book entry',
  packageSizeRequired: () => 'a package product needs a package size on each price-book entry',
  platformFeeRequired: () => 'a platform product needs a platform fee on each price-book entry',
  onlyTieredLadder: () => 'only tiered products have a price ladder',
  onlyPackageSize: () => 'only package products have a package size',
  onlyIncludedUnits: () => 'only package and usage products have included units',
  tieredListPrice: () => 'a tiered product is priced by its price ladder: its entries have no list price',
  perUnitShapeField: (field: string) => `a per-unit product's entries have a list price only: ${field} belongs to a shaped product (set the product's shape)`,
  shapedDiscountLadder: (shape: string) => `a ${shape} product is priced by its price-book entries: it may not have a discount ladder`,
  shapedInDiscountBundle: (sku: string, shape: string) =>
    `component "${sku}" is a ${shape} product: a discount bundle's price is a sum of unit list prices, so its components must be per-unit (a fixed-price bundle may hold any shape)`,
  priceLastBandBounded: (upTo: number) => `the last band ends at ${upTo}: larger quantities cannot be priced`,
  // Scenarios (validateScenarios.ts): each names the change at fault and what it would do.
  setAndAdd: (set: number, added: number) => `a change gives either set or add, not both (set ${pct(set)}, add ${pct(added)})`,
  setOrAdd: () => 'a change needs set (the new value) or add (points added), got neither',
  changedTwice: (what: string, firstPath: string) => `changes ${what} again (first at ${firstPath}): give one change per value`,
  rateOutOfRange: (what: string, result: string) => `takes ${what} to ${result}; it must be between 0% and 100%`,
  rebateWithTiers: (level: string) => `level "${level}" has rebate tiers: they set its rebate, so a scenario cannot change rebate`,
  notTwoTier: (channel: string, kind: string) => `channel "${channel}" is ${kind}: only a two-tier channel has a distributor discount`,
  unknownFamily: (family: string) => `no product of family "${family}"`,
  listChangeMatchesNothing: (filters: string) => `matches no price-book entry (${filters})`,
  listChangeOverlap: (entryPath: string, sku: string, tier: string, term: string, firstPath: string) =>
    `changes the list price of ${entryPath} ("${sku}" in tier "${tier}" for term "${term}") again (first at ${firstPath}): give one change per entry`,
  scenarioBreaksModel: (scenario: string, issue: string) => `with scenario "${scenario}" applied, ${issue}`,
  // The approval matrix and the quote's details (validateApprovals.ts).
  stepsNotAscending: (upTo: number, role: string, previous: number) =>
    `up to ${pct(upTo)} must be above the step before it ("${role}", up to ${pct(previous)}): list steps in ascending order of discount`,
  duplicateRole: (role: string, firstPath: string) => `role "${role}" appears twice (first at ${firstPath}): give each role one place in the matrix`,
  notADate: (value: string) => `"${value}" is not a calendar date (yyyy-mm-dd)`,
  validBeforeDate: (validUntil: string, date: string) => `valid until ${validUntil} is before the quote's date ${date}`,
  noApprovalMatrix: (role: string) => `approval by "${role}" given, but the model has no approval matrix (approvals)`,
  unknownRole: (role: string, roles: readonly string[]) => `no role "${role}" in the approval matrix (roles: ${roles.map((r) => `"${r}"`).join(', ')})`,
  quoteFileNotAnObject: () => 'a quote file must be a JSON object',
};

function pct(rate: number): string {
  return `${Math.round(rate * 10000) / 100}%`;
}

export function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value).replace(/\u007f/g, '\\u007f'); // control characters escaped
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    const json = JSON.stringify(value);
    return json === undefined ? String(value) : json.length > 80 ? `${json.slice(0, 77)}...` : json;
  } catch {
    return String(value);
  }
}
