import type { Model, ModelInput } from '../../src/engine';
import { fundingModel } from './fundingModel';

/**
 * The mix worked example finance recomputes by hand: the funding model (one product at 1,000 a year,
 * unit cost 10 a month, Gold 30% with a 2% rebate, a distributor with 10% on top, vendor funding) and
 * a mix of 10 units direct at 10% off and 20 units through Distribution · Gold at list:
 *   direct:       customer 9,000 = vendor invoice = vendor net; cost 1,200; vendor margin 7,800
 *   distribution: customer 20,000; reseller buys 14,000; distributor buys 12,000 (the vendor's invoice);
 *                 rebate 240; vendor net 11,760; cost 2,400; vendor margin 9,360;
 *                 reseller margin 20,000 − 14,000 + 240 = 6,240; distributor margin 2,000
 * Parties (revenue / pocket / margin):
 *   vendor 21,000 / 20,760 / 17,160; distributor 14,000 / 14,000 / 2,000;
 *   reseller 20,000 / 20,240 / 6,240; customer 29,000 / 29,000 / 1,000 (saved off 30,000 list).
 */
export const MIX_EXAMPLE_PARTIES = {
  vendor: { revenue: 21_000, pocket: 20_760, margin: 17_160 },
  distributor: { revenue: 14_000, pocket: 14_000, margin: 2_000 },
  reseller: { revenue: 20_000, pocket: 20_240, margin: 6_240 },
  customer: { revenue: 29_000, pocket: 29_000, margin: 1_000 },
} as const;

export function mixModel(edit: (m: ModelInput) => void = () => {}): Model {
  return fundingModel((m) => {
    m.levels = [{ id: 'gold', name: 'Gold', discount: 0.3, dealRegistration: 0.05, rebate: 0.02 }];
    m.mix = {
      name: 'FY27 plan',
      rows: [
        { item: { sku: 'SUITE' }, tier: 'product', term: 'annual', channel: 'direct', quantity: 10, discount: 0.1 },
        { item: { sku: 'SUITE' }, tier: 'product', term: 'annual', channel: 'distribution', level: 'gold', quantity: 20 },
      ],
    };
    edit(m);
  });
}
