/** Every message of the price shapes, in one place; each names the field at fault. */
export const shapeMessages = {
  unknownPriceLadder: (id: string) => `no price ladder "${id}"`,
  ladderRequired: () => 'a tiered product needs a price ladder (ladder) on each of its price-book entries',
  packageSizeRequired: () => 'a package product needs a package size (packageSize) on each of its price-book entries',
  platformFeeRequired: () => 'a platform product needs a platform fee (platformFee) on each of its price-book entries',
  quantityNegative: (quantity: string) => `quantity must be a number of at least 0, got ${quantity}`,
  beyondLadder: (ladder: string, message: string) => `price ladder "${ladder}": ${message}`,
};
