/**
 * The PRICING functions as one table: name, help, arguments (read by the runner) and a body of a few
 * lines over the engine. functions.ts exports each under its Excel name with the JSDoc Excel reads.
 */
import { dec, toNumber, type Decimal } from '../engine/decimal';
import { allocate, applyPriceEnding, bundleNetPrice, channelWaterfall, marginRate, markupRate, type WaterfallRow } from '../engine';
import { discountedTotal, pricePacks, priceTotal, unitPrice, type RoundOptions } from '../engine/ladder';
import { each, optional, whole } from './args';
import { bundleComponents, weightsOf } from './ranges';
import { define, defineCellwise } from './runner';

/** Round options per decimals, allocated once (the ladder path runs millions of times a second). */
const ROUND: readonly RoundOptions[] = Array.from({ length: 7 }, (_, minorUnits) => Object.freeze({ minorUnits }));
const roundTo = (decimals: number): RoundOptions => ROUND[decimals]!;
const num = (d: Decimal | null): number | string => (d === null ? '' : toNumber(d));

export const TIERED = defineCellwise({
  name: 'TIERED',
  description: 'Total price of a quantity on a price ladder (graduated, volume or stairstep).',
  args: [each.quantity(), whole.priceLadder(), whole.priceMode(), whole.decimals()],
  body: (quantity, ladder, mode, decimals) => priceTotal(ladder.compiled(mode), quantity, roundTo(decimals)),
});

export const UNITPRICE = defineCellwise({
  name: 'UNITPRICE',
  description: 'Effective unit price (total / quantity) of a quantity on a price ladder.',
  args: [each.quantity(), whole.priceLadder(), whole.priceMode(), whole.decimals()],
  body: (quantity, ladder, mode, decimals) => unitPrice(ladder.compiled(mode), quantity, roundTo(decimals)),
});

export const LADDERDISCOUNT = defineCellwise({
  name: 'LADDERDISCOUNT',
  description: 'Net total of a quantity at a list unit price after a discount ladder (graduated or volume).',
  args: [each.number('listPrice'), each.quantity(), whole.discountLadder(), whole.discountMode(), whole.decimals()],
  body: (listPrice, quantity, ladder, mode, decimals) => discountedTotal(ladder.compiled(mode), listPrice, quantity, roundTo(decimals)).net,
});

export const PACKS = defineCellwise({
  name: 'PACKS',
  description: 'Price of a quantity sold in packs: packs needed (rounded up, after free units) × pack price.',
  args: [each.quantity(), each.number('packSize'), each.number('packPrice'), optional(each.number('freeUnits'), 0), whole.decimals()],
  body: (quantity, packSize, packPrice, freeUnits, decimals) => pricePacks(quantity, packSize, packPrice, freeUnits, roundTo(decimals)),
});

export const BUNDLE = define({
  name: 'BUNDLE',
  description: "Net price of a bundle: the sum of its components' list price × quantity, less the bundle discount.",
  args: [whole.range('listPrices'), whole.range('quantities'), optional(whole.rate('bundleDiscount'), 0), whole.decimals()],
  body: (listPrices, quantities, discount, decimals) =>
    bundleComponents(listPrices, quantities, (components) => toNumber(bundleNetPrice(components, dec(discount), decimals))),
});

export const ALLOCATE = define({
  name: 'ALLOCATE',
  description: 'Splits a total in proportion to weights, in whole cents, so that the parts add up exactly to the total.',
  args: [whole.number('total'), whole.range('weights'), whole.decimals()],
  body: (total, weights, decimals) => weightsOf(weights, (w) => allocate(dec(total), w, decimals).map(toNumber)),
});

export const WATERFALL_HEADER = ['Party', 'Buy price', 'Sell price', 'Margin', 'Margin %'] as const;

/** Header row, then one row per party; blank where a party has no such price. */
const waterfallTable = (rows: readonly WaterfallRow[]): (number | string)[][] => [
  [...WATERFALL_HEADER],
  ...rows.map((row) => [row.party, num(row.buyPrice), num(row.sellPrice), num(row.margin), num(row.marginRate)]),
];

export const WATERFALL = define({
  name: 'WATERFALL',
  description: 'Channel price waterfall of one unit: buy price, sell price, margin and margin % of customer, reseller, distributor and vendor.',
  args: [
    whole.number('listPrice'),
    whole.rate('customerDiscount'),
    whole.rate('resellerDiscount'),
    whole.rate('distributorDiscount'),
    optional(whole.rate('rebate'), 0),
    optional(whole.rate('mdf'), 0),
    whole.decimals(),
    whole.funding(),
  ],
  body: (listPrice, customerDiscount, resellerDiscount, distributorDiscount, rebate, mdf, decimals, funding) =>
    waterfallTable(
      channelWaterfall(
        {
          listPrice: dec(listPrice),
          customerDiscount: dec(customerDiscount),
          resellerDiscount: dec(resellerDiscount),
          distributorDiscount: dec(distributorDiscount),
          rebate: dec(rebate),
          mdf: dec(mdf),
          funding,
        },
        decimals,
      ),
    ),
});

export const MARGIN = defineCellwise({
  name: 'MARGIN',
  description: 'Margin as a share of the price: (price − cost) / price. Price 125, cost 100 → 20%.',
  args: [each.price(), each.number('cost')],
  body: (price, cost) => toNumber(marginRate(dec(price), dec(cost))),
});

export const MARKUP = defineCellwise({
  name: 'MARKUP',
  description: 'Markup as a share of the cost: (price − cost) / cost. Price 125, cost 100 → 25%.',
  args: [each.price(), each.number('cost')],
  body: (price, cost) => toNumber(markupRate(dec(price), dec(cost))),
});

export const PRICEENDING = defineCellwise({
  name: 'PRICEENDING',
  description: 'Snaps a price to the nearest price ending: ending 0.99 turns 49.75 into 49.99; with step 10, 9.99, 19.99, 29.99…',
  args: [each.price(), each.number('ending'), optional(each.number('step'), 1)],
  body: (price, ending, step) => toNumber(applyPriceEnding(dec(price), dec(ending), dec(step))),
});

/** Every function, in the order the task pane lists them. */
export const CATALOGUE = [TIERED, UNITPRICE, LADDERDISCOUNT, PACKS, BUNDLE, ALLOCATE, WATERFALL, MARGIN, MARKUP, PRICEENDING] as const;
