/**
 * Every message the ladder engine shows a user, in one place. Bands are numbered from 1, as the
 * rows of a ladder table are read; fields carry the column names a user sees (Up to, Unit price,
 * Flat fee, Discount).
 */
export type BandField = 'Up to' | 'Unit price' | 'Flat fee' | 'Discount';

const show = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : String(value));

export const bandField = (band: number, field: BandField): string => `band ${band}, ${field}`;

export const ladderMessages = {
  emptyLadder: (): string => 'the ladder has no bands: add at least one row with an Up to and a price',
  notANumber: (band: number, field: BandField, value: unknown): string =>
    `band ${band}, ${field} must be a number, got ${show(value)}`,
  notFinite: (band: number, field: BandField, value: number): string =>
    `band ${band}, ${field} must be a finite number, got ${value}`,
  upToNotPositive: (band: number, value: number): string =>
    `band ${band}, Up to (${value}) must be greater than 0`,
  upToDuplicate: (band: number, value: number): string =>
    `band ${band}, Up to (${value}) repeats band ${band - 1}'s Up to: each band must end above the one before`,
  upToUnsorted: (band: number, value: number, previous: number): string =>
    `band ${band}, Up to (${value}) must be greater than band ${band - 1}'s Up to (${previous}): sort the bands by Up to`,
  boundedAfterUnbounded: (band: number, value: number, unboundedBand: number): string =>
    `band ${band}, Up to (${value}) comes after band ${unboundedBand}, which has no limit: only the last band may have a blank Up to`,
  unboundedRepeated: (band: number, unboundedBand: number): string =>
    `band ${band}, Up to is blank after band ${unboundedBand}, which has no limit: only the last band may have a blank Up to`,
  negative: (band: number, field: BandField, value: number): string =>
    `band ${band}, ${field} (${value}) must not be negative`,
  rateOutOfRange: (band: number, value: number): string =>
    `band ${band}, Discount (${value}) must be between 0 and 1 (0% to 100%)`,
  unknownPriceMode: (mode: unknown): string =>
    `mode ${show(mode)} is not one of graduated, volume, stairstep`,
  unknownDiscountMode: (mode: unknown): string => `mode ${show(mode)} is not one of graduated, volume`,

  quantityNotANumber: (value: unknown): string => `quantity must be a number, got ${show(value)}`,
  quantityNotFinite: (value: number): string => `quantity must be a finite number, got ${value}`,
  quantityNegative: (value: number | string): string => `quantity (${value}) must not be negative`,
  quantityAboveLastBand: (value: number | string, lastUpTo: number): string =>
    `quantity ${value} is above the last band's Up to (${lastUpTo})`,
  unitPriceOfZero: (): string => 'the unit price needs a quantity greater than 0',

  listPriceNotANumber: (value: unknown): string => `list price must be a number, got ${show(value)}`,
  listPriceNotFinite: (value: number): string => `list price must be a finite number, got ${value}`,
  listPriceNegative: (value: number | string): string => `list price (${value}) must not be negative`,

  minorUnits: (value: unknown): string =>
    `minor units must be a whole number from 0 to 10 (2 for cents), got ${show(value)}`,

  packSizeNotPositive: (value: number): string => `pack size (${value}) must be greater than 0`,
  packPriceNegative: (value: number): string => `pack price (${value}) must not be negative`,
  freeUnitsNegative: (value: number): string => `free units (${value}) must not be negative`,
  packsBeyondNumbers: (quantity: number, packSize: number): string =>
    `${quantity} units in packs of ${packSize} need more packs than a number can hold`,
  packNotANumber: (field: string, value: unknown): string => `${field} must be a number, got ${show(value)}`,
  packNotFinite: (field: string, value: number): string => `${field} must be a finite number, got ${value}`,
} as const;
