/**
 * The PRICING custom functions, as Excel loads them (webpack entry "functions"). Each export is a
 * one-line adapter over the catalogue; the JSDoc below is what Excel shows in its formula
 * autocomplete (functions.json is generated from it at build time, and the metadata plugin appends
 * the CustomFunctions.associate calls). Callable in Node as Excel calls them: ranges as 2D arrays,
 * blanks as null, omitted optional arguments as null or undefined.
 *
 * Error values in the inputs: functions.json leaves `allowErrorForDataTypeAny` unset (the metadata
 * plugin always does), so Excel never passes an error value into these functions: when an argument
 * holds one, Excel answers the formula with that error without calling the function, which to the
 * user is the error passing through. The runner still turns an error value it is given (by code or
 * by a test) into the same error code, with a message naming the cell.
 */
/* eslint-disable @typescript-eslint/no-explicit-any --
   Excel passes any cell value (number, text, boolean, blank) where a function takes "any", and the
   runner reads and checks each one. A typed parameter would make Excel convert the value before the
   call ("By specifying a parameter type, Excel will convert values into that type before calling
   the function": https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json-autogeneration#types),
   and Microsoft does not document that conversion for blanks, numeric text or "15%": it could change
   answers the README promises (a blank quantity gives a blank, "5" as text is #VALUE!, a blank
   optional takes its default). Only `mode` and `funding` are typed: string enums, whose every value
   the runner reads as before. */
import * as catalogue from './catalogue';

/**
 * How a price ladder prices a quantity: offered by Excel's formula AutoComplete for the `mode`
 * argument (custom enums: https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-custom-enums;
 * older Excel versions take it as a plain text argument). Typed "string", so Excel passes text;
 * any other text is still #VALUE! from the runner, as before. The values are in double quotes because
 * custom-functions-metadata reads each initializer as JSON.
 * @customenum {string}
 */
export enum PriceMode {
  /** Each band prices its own units (the default). */
  graduated = "graduated",
  /** The band the quantity reaches prices all units. */
  volume = "volume",
  /** One price per band reached, whatever the quantity within it. */
  stairstep = "stairstep",
}

/**
 * How a discount ladder discounts a quantity, offered by Excel's formula AutoComplete.
 * @customenum {string}
 */
export enum DiscountMode {
  /** Each band's discount applies to its own units (the default). */
  graduated = "graduated",
  /** The band the quantity reaches discounts all units. */
  volume = "volume",
}

/**
 * Who funds the customer's discount in PRICING.WATERFALL, offered by Excel's formula AutoComplete.
 * @customenum {string}
 */
export enum DiscountFunding {
  /** Every discount stacked off list: the customer's discount comes out of the vendor invoice (the default). */
  vendor = "vendor",
  /** Partners buy at their discount off list: the customer's discount comes out of the reseller's margin. */
  partner = "partner",
  /** Each partner discount off the price before it: the reseller's off the customer price, the distributor's off the reseller's. */
  compound = "compound",
}

// Bound once, by name: each call goes straight to its definition.
const {
  TIERED: tiered,
  UNITPRICE: unitPrice,
  LADDERDISCOUNT: ladderDiscount,
  PACKS: packs,
  BUNDLE: bundle,
  ALLOCATE: allocate,
  WATERFALL: waterfall,
  MARGIN: margin,
  MARKUP: markup,
  PRICEENDING: priceEnding,
} = catalogue;

/**
 * Total price of a quantity on a price ladder (graduated, volume or stairstep).
 * @customfunction TIERED
 * @helpurl https://localhost:3000/help/tiered.html
 * @example With a ladder A2:B4 of Up to 100 at 10, 200 at 8 and a blank Up to at 5: =PRICING.TIERED(250, A2:B4) gives 2050 (100 × 10 + 100 × 8 + 50 × 5).
 * @example =PRICING.TIERED(250, A2:B4, "volume") gives 1250: all 250 units at the band reached, 5.
 * @param quantity Units to price: a cell or a column of quantities (spills one price per row).
 * @param ladder Ladder range: Up to, Unit price and optionally Flat fee; a header row is skipped, a blank last Up to has no limit.
 * @param [mode] "graduated" (default: each band prices its own units), "volume" (the band reached prices all units) or "stairstep" (one price per band).
 * @param [decimals] Decimals to round the result to (default 2).
 * @returns The total price, rounded once.
 */
export function TIERED(quantity: any[][], ladder: any[][], mode?: PriceMode, decimals?: any): any[][] {
  return tiered.call(quantity, ladder, mode, decimals);
}

/**
 * Effective unit price (total / quantity) of a quantity on a price ladder.
 * @customfunction UNITPRICE
 * @helpurl https://localhost:3000/help/unitprice.html
 * @example With the ladder of the TIERED example: =PRICING.UNITPRICE(250, A2:B4) gives 8.2 (2050 / 250).
 * @param quantity Units to price (greater than 0): a cell or a column of quantities.
 * @param ladder Ladder range: Up to, Unit price and optionally Flat fee; a header row is skipped, a blank last Up to has no limit.
 * @param [mode] "graduated" (default), "volume" or "stairstep".
 * @param [decimals] Decimals to round the result to (default 2).
 * @returns The average price per unit, rounded once.
 */
export function UNITPRICE(quantity: any[][], ladder: any[][], mode?: PriceMode, decimals?: any): any[][] {
  return unitPrice.call(quantity, ladder, mode, decimals);
}

/**
 * Net total of a quantity at a list unit price after a discount ladder (graduated or volume).
 * @customfunction LADDERDISCOUNT
 * @helpurl https://localhost:3000/help/ladderdiscount.html
 * @example With a discount ladder A2:B4 of Up to 10 at 0%, 50 at 10% and a blank Up to at 20%: =PRICING.LADDERDISCOUNT(20, 60, A2:B4) gives 1080 (200 + 40 × 18 + 10 × 16).
 * @example =PRICING.LADDERDISCOUNT(20, 60, A2:B4, "volume") gives 960: all 60 units at 20% off.
 * @param listPrice List price of one unit: a cell or a column.
 * @param quantity Units bought: a cell or a column of quantities.
 * @param ladder Discount ladder range: Up to and Discount (0.15 or 15%); a header row is skipped, a blank last Up to has no limit.
 * @param [mode] "graduated" (default: each band's discount applies to its own units) or "volume" (the band reached discounts all units).
 * @param [decimals] Decimals to round the result to (default 2).
 * @returns List price × quantity less the ladder's discount, rounded once.
 */
export function LADDERDISCOUNT(listPrice: any[][], quantity: any[][], ladder: any[][], mode?: DiscountMode, decimals?: any): any[][] {
  return ladderDiscount.call(listPrice, quantity, ladder, mode, decimals);
}

/**
 * Price of a quantity sold in packs: packs needed (rounded up, after free units) × pack price.
 * @customfunction PACKS
 * @helpurl https://localhost:3000/help/packs.html
 * @example =PRICING.PACKS(25, 10, 45) gives 135: three packs of 10.
 * @example =PRICING.PACKS(25, 10, 45, 5) gives 90: 5 units free, then two packs.
 * @param quantity Units needed: a cell or a column of quantities.
 * @param packSize Units in one pack (greater than 0).
 * @param packPrice Price of one pack.
 * @param [freeUnits] Units given free before packs are counted (default 0).
 * @param [decimals] Decimals to round the result to (default 2).
 * @returns Packs × pack price, rounded once.
 */
export function PACKS(quantity: any[][], packSize: any[][], packPrice: any[][], freeUnits?: any[][], decimals?: any): any[][] {
  return packs.call(quantity, packSize, packPrice, freeUnits, decimals);
}

/**
 * Net price of a bundle: the sum of its components' list price × quantity, less the bundle discount.
 * @customfunction BUNDLE
 * @helpurl https://localhost:3000/help/bundle.html
 * @example With list prices 100 and 50 in A2:A3 and quantities 1 and 2 in B2:B3: =PRICING.BUNDLE(A2:A3, B2:B3, 10%) gives 180.
 * @param listPrices Range of the components' list prices.
 * @param quantities Range of the components' quantities, beside the prices (or one quantity for all); a blank quantity leaves the component out.
 * @param [bundleDiscount] Discount on the whole bundle: 0.15 or 15% (default 0).
 * @param [decimals] Decimals to round the result to (default 2).
 * @returns The bundle's net price, rounded once.
 */
export function BUNDLE(listPrices: any[][], quantities: any[][], bundleDiscount?: any, decimals?: any): number {
  return bundle.call(listPrices, quantities, bundleDiscount, decimals);
}

/**
 * Splits a total in proportion to weights, in whole cents, so that the parts add up exactly to the total.
 * @customfunction ALLOCATE
 * @helpurl https://localhost:3000/help/allocate.html
 * @example With weights 1, 1 and 1 in A2:A4: =PRICING.ALLOCATE(100, A2:A4) spills 33.34, 33.33 and 33.33, which add up to 100.
 * @param total Amount to split.
 * @param weights Range of weights (0 or more; blank counts as 0), e.g. the components' list prices.
 * @param [decimals] Decimals of the parts (default 2: cents).
 * @returns The parts, shaped like weights (spills).
 */
export function ALLOCATE(total: any, weights: any[][], decimals?: any): any[][] {
  return allocate.call(total, weights, decimals);
}

/**
 * Channel price waterfall of one unit: buy price, sell price, margin and margin % of customer, reseller, distributor and vendor.
 * @customfunction WATERFALL
 * @helpurl https://localhost:3000/help/waterfall.html
 * @example =PRICING.WATERFALL(100, 10%, 30%, 0) spills the table: the customer buys at 90, the reseller buys at 60 and keeps 30 (33.3% of its sell price), the vendor sells at 60.
 * @example =PRICING.WATERFALL(1000, 10%, 30%, 40%, , , , "partner"): the customer pays 900, the reseller buys at 700 (list less 30%) and keeps 200, the distributor buys at 600 (list less 40%) and keeps 100, the vendor invoices 600.
 * @param listPrice List price of one unit.
 * @param customerDiscount Customer's discount off list: 0.1 or 10%.
 * @param resellerDiscount Reseller's discount off list (0 for a direct sale).
 * @param distributorDiscount Distributor's discount off list (0 unless two-tier).
 * @param [rebate] Rebate paid to the reseller, as a share of the vendor invoice (default 0).
 * @param [mdf] Market development funds paid to the reseller, as a share of the vendor invoice (default 0).
 * @param [decimals] Decimals of the prices (default 2).
 * @param [funding] Who funds the customer's discount, in any case: "vendor" (default: each discount off list, stacked), "partner" (the reseller and distributor discounts are each party's buy discount off list, the distributor's at least the reseller's: the reseller funds the customer's discount) or "compound" (each discount off the price before it).
 * @returns A table (spills): header row, then Customer, Reseller, Distributor and Vendor rows.
 */
export function WATERFALL(
  listPrice: any,
  customerDiscount: any,
  resellerDiscount: any,
  distributorDiscount: any,
  rebate?: any,
  mdf?: any,
  decimals?: any,
  funding?: DiscountFunding,
): any[][] {
  return waterfall.call(listPrice, customerDiscount, resellerDiscount, distributorDiscount, rebate, mdf, decimals, funding);
}

/**
 * Margin as a share of the price: (price − cost) / price. Price 125, cost 100 → 20%.
 * @customfunction MARGIN
 * @helpurl https://localhost:3000/help/margin.html
 * @example =PRICING.MARGIN(125, 100) gives 0.2 (20%).
 * @param price Sell price: a cell or a column.
 * @param cost Cost (or buy price): a cell or a column beside the prices.
 * @returns The margin rate (format the cell as %).
 */
export function MARGIN(price: any[][], cost: any[][]): any[][] {
  return margin.call(price, cost);
}

/**
 * Markup as a share of the cost: (price − cost) / cost. Price 125, cost 100 → 25%.
 * @customfunction MARKUP
 * @helpurl https://localhost:3000/help/markup.html
 * @example =PRICING.MARKUP(125, 100) gives 0.25 (25%).
 * @param price Sell price: a cell or a column.
 * @param cost Cost (or buy price): a cell or a column beside the prices.
 * @returns The markup rate (format the cell as %).
 */
export function MARKUP(price: any[][], cost: any[][]): any[][] {
  return markup.call(price, cost);
}

/**
 * Snaps a price to the nearest price ending: ending 0.99 turns 49.75 into 49.99; with step 10, 9.99, 19.99, 29.99…
 * @customfunction PRICEENDING
 * @helpurl https://localhost:3000/help/priceending.html
 * @example =PRICING.PRICEENDING(49.75, 0.99) gives 49.99.
 * @example =PRICING.PRICEENDING(23, 0.99, 10) gives 19.99, the nearest of 9.99, 19.99, 29.99…
 * @param price Price to snap: a cell or a column.
 * @param ending The fraction prices end in, 0 to below 1 (0.99, 0.95; 0 for whole multiples of step).
 * @param [step] Spacing of the candidate prices (default 1; 10 gives 9.99, 19.99, …).
 * @returns The nearest price with that ending; a positive price stays positive.
 */
export function PRICEENDING(price: any[][], ending: any[][], step?: any[][]): any[][] {
  return priceEnding.call(price, ending, step);
}
