/**
 * PRICING.WATERFALL(listPrice, customerDiscount, resellerDiscount, distributorDiscount, [rebate], [mdf],
 * [decimals], [funding]): the channel waterfall of one unit, every discount a share of list.
 *
 * Two-tier example, list 1000.00: customer 10% off pays 900.00; reseller 20% off list buys at 700.00;
 * distributor 5% more buys at 650.00 (the vendor invoice); rebate 2% and MDF 1% of 650 are 13.00 and
 * 6.50, so the vendor nets 630.50. Reseller margin 200 + 13 + 6.50 = 219.50; distributor 50.00;
 * 219.50 + 50.00 = 900.00 − 630.50.
 */
import fc from 'fast-check';
import { type DiscountFunding, WATERFALL } from '../../../src/functions/functions';
import { asMode, formulaError } from './excel';

/** The funding argument as Excel may pass it: any text. */
const fundedBy = (text: unknown): DiscountFunding => asMode<DiscountFunding>(text);

const HEADER = ['Party', 'Buy price', 'Sell price', 'Margin', 'Margin %'];

describe('PRICING.WATERFALL spills a header and one row per party', () => {
  it('two-tier with rebate and MDF', () => {
    expect(WATERFALL(1000, 0.1, 0.2, 0.05, 0.02, 0.01)).toEqual([
      HEADER,
      ['Customer', 900, '', '', ''],
      ['Reseller', 700, 900, 219.5, 0.2438888889],
      ['Distributor', 650, 700, 50, 0.0714285714],
      ['Vendor', '', 650, 630.5, 0.97],
    ]);
  });

  it('the same with rates typed as text', () => {
    expect(WATERFALL(1000, '10%', '20%', '5%', '2%', '1%')).toEqual(WATERFALL(1000, 0.1, 0.2, 0.05, 0.02, 0.01));
  });

  it('one-tier: no distributor; the reseller buys at 90 − 30% of list = 60, the vendor invoices it', () => {
    expect(WATERFALL(100, 0.1, 0.3, 0)).toEqual([
      HEADER,
      ['Customer', 90, '', '', ''],
      ['Reseller', 60, 90, 30, 0.3333333333],
      ['Distributor', '', '', '', ''],
      ['Vendor', '', 60, 60, 1],
    ]);
  });

  it('direct: only the customer and the vendor', () => {
    expect(WATERFALL(100, 0.1, 0, 0, null, null)).toEqual([
      HEADER,
      ['Customer', 90, '', '', ''],
      ['Reseller', '', '', '', ''],
      ['Distributor', '', '', '', ''],
      ['Vendor', '', 90, 90, 1],
    ]);
  });

  it('prices round once to the decimals asked for', () => {
    const rows = WATERFALL(99.99, 0.125, 0, 0, null, null, 0);
    expect(rows[1]).toEqual(['Customer', 87, '', '', '']);
  });
});

describe('who funds the customer discount: list 1,000, customer 10%, reseller 30%, distributor 40%', () => {
  it('partner: each partner buys at its discount off list, so the reseller funds the 100 off', () => {
    // customer 900; reseller buys at 1000 − 30% = 700 and keeps 200; distributor at 1000 − 40% = 600, keeps 100
    expect(WATERFALL(1000, 0.1, 0.3, 0.4, null, null, null, fundedBy('partner'))).toEqual([
      HEADER,
      ['Customer', 900, '', '', ''],
      ['Reseller', 700, 900, 200, 0.2222222222],
      ['Distributor', 600, 700, 100, 0.1428571429],
      ['Vendor', '', 600, 600, 1],
    ]);
  });

  it('vendor (the default): every discount stacked off list, so the vendor invoice funds the 100 off', () => {
    // reseller buys at 900 − 300 = 600, distributor at 600 − 400 = 200
    const vendor = WATERFALL(1000, 0.1, 0.3, 0.4, null, null, null, fundedBy('vendor'));
    expect(vendor.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['Customer', 900, '', ''],
      ['Reseller', 600, 900, 300],
      ['Distributor', 200, 600, 400],
      ['Vendor', '', 200, 200],
    ]);
    expect(WATERFALL(1000, 0.1, 0.3, 0.4)).toEqual(vendor);
    expect(WATERFALL(1000, 0.1, 0.3, 0.4, null, null, null, fundedBy(''))).toEqual(vendor);
  });

  it('compound: each discount off the price before it', () => {
    // reseller buys at 900 × 0.7 = 630, distributor at 630 × 0.6 = 378
    expect(WATERFALL(1000, 0.1, 0.3, 0.4, null, null, null, fundedBy('compound')).slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['Customer', 900, '', ''],
      ['Reseller', 630, 900, 270],
      ['Distributor', 378, 630, 252],
      ['Vendor', '', 378, 378],
    ]);
  });

  it('reads the funding in any case, around spaces', () => {
    expect(WATERFALL(1000, '10%', '30%', '40%', null, null, null, fundedBy(' Partner '))).toEqual(WATERFALL(1000, 0.1, 0.3, 0.4, null, null, null, fundedBy('partner')));
  });

  it('one-tier under partner: the reseller buys at list less its discount whatever the customer pays', () => {
    expect(WATERFALL(1000, 0.1, 0.3, 0, null, null, null, fundedBy('partner'))[2]).toEqual(['Reseller', 700, 900, 200, 0.2222222222]);
  });
});

describe('bad input', () => {
  it.each`
    args                                   | code         | message
    ${['abc', 0.1, 0.2, 0]}                | ${'#VALUE!'} | ${'listPrice: "abc" is not a number'}
    ${[1000, 'ten', 0.2, 0]}               | ${'#VALUE!'} | ${'customerDiscount: "ten" is not a rate (write 15% or 0.15)'}
    ${[1000, 0.1, null, 0]}                | ${'#VALUE!'} | ${'resellerDiscount is blank'}
    ${[-1, 0.1, 0.2, 0]}                   | ${'#NUM!'}   | ${'list price must not be negative, got -1'}
    ${[1000, 10, 0.2, 0]}                  | ${'#NUM!'}   | ${'customer discount must be between 0 and 1 (0% to 100%), got 10'}
    ${[1000, 0.5, 0.4, 0.2]}               | ${'#NUM!'}   | ${'customer, reseller and distributor discounts add up to 1.1 (110%) of list, more than 100%'}
    ${[1000, 0.1, 0.2, 0, 0.6, 0.5]}       | ${'#NUM!'}   | ${'rebate and MDF add up to 1.1 (110%) of the vendor invoice, more than 100%'}
    ${[1000, 0.1, 0.2, 0, 0.02, 0.01, 9]}  | ${'#NUM!'}   | ${'decimals: 9 must be a whole number from 0 to 6 (2 for cents)'}
    ${[1000, 0.1, 0.3, 0.4, 0, 0, 2, 'dealer']}                | ${'#VALUE!'} | ${'funding: "dealer" is not one of vendor, partner, compound'}
    ${[1000, 0.1, 0.3, 0.4, 0, 0, 2, 1]}                       | ${'#VALUE!'} | ${'funding: 1 is not one of vendor, partner, compound'}
    ${[1000, 0.1, 0.3, 0.2, 0, 0, 2, 'partner']}               | ${'#NUM!'}   | ${"under partner funding the distributor discount is its buy discount off list, so it must be at least the reseller's: got 0.2 (20%) against 0.3 (30%)"}
  `('$code $message', ({ args, code, message }) => {
    const [list, customer, reseller, distributor, rebate, mdf, decimals, funding] = args as unknown[];
    expect(formulaError(() => WATERFALL(list, customer, reseller, distributor, rebate, mdf, decimals, asMode<DiscountFunding>(funding)))).toEqual({ code, message });
  });
});

describe('properties', () => {
  const rate = (max: number) => fc.integer({ min: 0, max }).map((n) => n / 1000);
  it('reseller + distributor margins = customer price − vendor net, exactly in cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), rate(300), rate(300), rate(300), rate(100), rate(100), (cents, c, r, d, rebate, mdf) => {
        const rows = WATERFALL(cents / 100, c, r, d, rebate, mdf);
        const money = (v: unknown) => (v === '' ? 0 : Math.round((v as number) * 100));
        const [, customer, reseller, distributor, vendor] = rows;
        expect(money(reseller![3]) + money(distributor![3])).toBe(money(customer![1]) - money(vendor![3]));
      }),
    );
  });
});
