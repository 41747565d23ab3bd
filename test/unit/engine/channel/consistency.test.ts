import fc from 'fast-check';
import { loadModel, priceQuoteLine, lineParties, channelWaterfall, dec, type Model } from '../../../../src/engine';

/** A one-product model with the given rates and no ladder, list basis. */
function modelWith(listCents: number, term: number, level: { discount: number; dealRegistration: number; rebate: number; mdf: number }, distributor: number): Model {
  const loaded = loadModel({
    currency: 'USD',
    terms: [{ id: 't', name: 'Term', months: 12, discount: term }],
    tiers: [{ id: 'tier', name: 'Tier' }],
    products: [{ sku: 'P', name: 'Product' }],
    prices: [{ sku: 'P', tier: 'tier', term: 't', listPrice: listCents / 100 }],
    levels: [{ id: 'l', name: 'Level', ...level }],
    channels: [
      { id: 'direct', name: 'Direct', kind: 'direct' },
      { id: 'one', name: 'One-tier', kind: 'one-tier' },
      { id: 'two', name: 'Two-tier', kind: 'two-tier', distributorDiscount: distributor },
    ],
  });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  return loaded.model;
}

describe('PRICING.WATERFALL and the quote waterfall agree', () => {
  it('property: a quote line with no ladder gives the rows of channelWaterfall with customer discount = term + line discount', () => {
    const pct = (max: number) => fc.integer({ min: 0, max }).map((n) => n / 100);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 500 }),
        pct(20), pct(20), pct(30), pct(10), pct(15), pct(5), pct(5),
        fc.constantFrom('direct', 'one', 'two'),
        fc.boolean(),
        (listCents, quantity, term, line, levelDiscount, dealRegistration, distributor, rebate, mdf, channel, registered) => {
          const model = modelWith(listCents, term, { discount: levelDiscount, dealRegistration, rebate, mdf }, distributor);
          const result = priceQuoteLine(model, { item: { sku: 'P' }, tier: 'tier', term: 't', quantity, channel, level: channel === 'direct' ? undefined : 'l', dealRegistration: registered, discount: line });
          const partner = channel !== 'direct';
          const reseller = partner ? levelDiscount + (registered ? dealRegistration : 0) : 0;
          const rows = channelWaterfall(
            {
              listPrice: { units: BigInt(listCents) * BigInt(quantity), scale: 2 },
              customerDiscount: dec(Math.round((term + line) * 100) / 100),
              resellerDiscount: dec(Math.round(reseller * 100) / 100),
              distributorDiscount: dec(channel === 'two' ? distributor : 0),
              rebate: dec(partner ? rebate : 0),
              mdf: dec(partner ? mdf : 0),
            },
            2,
          );
          // channelWaterfall reads the channel from the discounts: compare only when they say the same
          const readKind = channel === 'two' && distributor > 0 ? 'two' : partner && (reseller > 0 || rebate > 0 || mdf > 0) ? (channel === 'two' ? null : 'one') : partner ? null : 'direct';
          if (readKind === channel) expect(lineParties(result)).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});
