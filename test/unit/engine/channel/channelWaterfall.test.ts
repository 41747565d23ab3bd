import fc from 'fast-check';
import { channelWaterfall, dec, toFixedString, add, subtract, compare, PricingError, type WaterfallRow } from '../../../../src/engine';

const row = (r: WaterfallRow) => [r.party, ...[r.buyPrice, r.sellPrice, r.margin, r.marginRate].map((d) => (d ? toFixedString(d) : null))];
const waterfall = (list: string, customer: string, reseller: string, distributor: string, rebate = '0', mdf = '0', minorUnits = 2) =>
  channelWaterfall(
    { listPrice: dec(list), customerDiscount: dec(customer), resellerDiscount: dec(reseller), distributorDiscount: dec(distributor), rebate: dec(rebate), mdf: dec(mdf) },
    minorUnits,
  );

describe('channelWaterfall: every discount a share of list', () => {
  it('two-tier: list 1000, customer 10%, reseller 20%, distributor 5%, rebate 2%, MDF 1%', () => {
    // customer pays 1000 − 100 = 900; reseller buys at 900 − 200 = 700; distributor at 700 − 50 = 650
    // (the vendor invoice); rebate 2% × 650 = 13.00, MDF 1% × 650 = 6.50, vendor net 630.50.
    // Reseller keeps 200 + 13 + 6.50 = 219.50 (24.39% of 900); distributor 50 (7.14% of 700).
    // 219.50 + 50.00 = 269.50 = 900.00 − 630.50.
    expect(waterfall('1000', '0.1', '0.2', '0.05', '0.02', '0.01').map(row)).toEqual([
      ['Customer', '900.00', null, null, null],
      ['Reseller', '700.00', '900.00', '219.50', '0.2438888889'],
      ['Distributor', '650.00', '700.00', '50.00', '0.0714285714'],
      ['Vendor', null, '650.00', '630.50', '0.97'],
    ]);
  });

  it('one-tier: a distributor discount of 0 means no distributor row', () => {
    // 500 list, customer 0%, reseller 30%: reseller buys at 350, the vendor invoices 350
    expect(waterfall('500', '0', '0.3', '0').map(row)).toEqual([
      ['Customer', '500.00', null, null, null],
      ['Reseller', '350.00', '500.00', '150.00', '0.3'],
      ['Distributor', null, null, null, null],
      ['Vendor', null, '350.00', '350.00', '1'],
    ]);
  });

  it('direct: no reseller or distributor, the vendor invoices the customer price', () => {
    expect(waterfall('99.99', '0.15', '0', '0').map(row)).toEqual([
      ['Customer', '84.99', null, null, null],
      ['Reseller', null, null, null, null],
      ['Distributor', null, null, null, null],
      ['Vendor', null, '84.99', '84.99', '1'],
    ]);
  });

  it('each price is rounded once from the exact value: 33.33 list, 10% and 7.5% off', () => {
    // customer 33.33 × 0.9 = 29.997 → 30.00; reseller 29.997 − 2.49975 = 27.49725 → 27.50
    expect(waterfall('33.33', '0.1', '0.075', '0').map(row)[1]).toEqual(['Reseller', '27.50', '30.00', '2.50', '0.0833333333']);
  });

  it.each([
    ['a customer discount above 1', () => waterfall('10', '1.5', '0', '0'), 'customer discount must be between 0 and 1 (0% to 100%), got 1.5'],
    ['a negative reseller discount', () => waterfall('10', '0', '-0.1', '0'), 'reseller discount must be between 0 and 1 (0% to 100%), got -0.1'],
    ['discounts over 100% of list', () => waterfall('10', '0.5', '0.4', '0.2'), 'customer, reseller and distributor discounts add up to 1.1 (110%) of list, more than 100%'],
    ['a negative list price', () => waterfall('-1', '0', '0', '0'), 'list price must not be negative, got -1'],
    ['rebate and MDF over the invoice', () => waterfall('10', '0', '0.1', '0', '0.6', '0.5'), 'rebate and MDF add up to 1.1 (110%) of the vendor invoice, more than 100%'],
  ])('rejects %s', (_name, call, message) => {
    expect(call).toThrow(new PricingError('range', message));
  });

  it('property: reseller + distributor margins = customer price − vendor net, exactly', () => {
    const rate = fc.integer({ min: 0, max: 3333 }).map((bp) => ({ units: BigInt(bp), scale: 4 }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), rate, rate, rate, rate, rate, fc.integer({ min: 0, max: 4 }), (cents, c, r, d, rebate, mdf, minorUnits) => {
        const rows = channelWaterfall({ listPrice: { units: BigInt(cents), scale: 2 }, customerDiscount: c, resellerDiscount: r, distributorDiscount: d, rebate, mdf }, minorUnits);
        const [customer, reseller, distributor, vendor] = rows;
        const margins = add(reseller?.margin ?? dec(0), distributor?.margin ?? dec(0));
        expect(compare(margins, subtract(customer!.buyPrice!, vendor!.margin!))).toBe(0);
      }),
    );
  });
});
