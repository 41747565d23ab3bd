import { checkModel, checkQuote, type Breach } from '../../../../src/engine';
import { exampleModel } from '../model/example';

const where = (breaches: readonly Breach[]) => breaches.map((b) => [b.rule, b.path, b.severity]);

/** The breaches other than the example's two price cliffs on its server ladder (see priceCliff.test.ts). */
const beyondCliffs = (breaches: readonly Breach[]) => breaches.filter((b) => !(b.rule === 'price-cliff' && b.path.startsWith('ladders[1]')));

describe('guardrails on the example model', () => {
  it('the model and its quote pass every guardrail but the two price cliffs of its volume server ladder', () => {
    const model = exampleModel();
    expect(where(checkModel(model))).toEqual([
      ['price-cliff', 'ladders[1].bands[2]', 'warning'],
      ['price-cliff', 'ladders[1].bands[3]', 'warning'],
    ]);
    expect(checkQuote(model)).toEqual([]);
  });
});

describe('vendor margin floor', () => {
  it('finds a product whose margin through distribution falls below the floor, with the figures', () => {
    // EN-AWARE costs 600 a month instead of 150: annual 12000 through Distribution at Platinum, registered:
    // 12000 − 30% (3600) − 8% (960) = 7440 invoice; rebate = MDF = 3% = 223.20; net 6993.60;
    // cost 600 × 12 = 7200 → margin −206.40 / 6993.60 = −2.95%, below 60%
    const model = exampleModel((j) => (j.products[5].unitCost = 600));
    const breaches = checkModel(model).filter((b) => b.path === 'prices[20]');
    expect(breaches.map((b) => b.message)).toContain(
      '"EN-AWARE" in tier "enterprise" for term "annual" via channel "distribution", level "platinum", deal registered: vendor margin -2.95% is below the floor of 60% (vendor net 6993.60, cost 7200.00)',
    );
    expect(breaches.every((b) => b.rule === 'vendor-margin-floor' && b.severity === 'error')).toBe(true);
  });

  it('finds a quote line below the floor and says which line', () => {
    // line 2 at a 40% negotiated discount: 13230 − 7056 = 6174 customer; reseller 6174 − 4410 = 1764;
    // distributor 1764 − 1411.20 = 352.80; net 352.80 − 2 × 7.06 = 338.68; cost 2592 → margin −665.32%
    const model = exampleModel((j) => (j.quote.lines[1].discount = 0.4));
    const breaches = checkQuote(model);
    expect(where(breaches)).toEqual([
      ['vendor-margin-floor', 'quote.lines[1]', 'error'],
      ['max-customer-discount', 'quote.lines[1]', 'error'],
    ]);
    expect(breaches[0]?.message).toBe('quote.lines[1]: vendor margin -665.32% is below the floor of 60% (vendor net 338.68, cost 2592.00)');
    expect(breaches[1]?.message).toBe('quote.lines[1]: customer discount 65% off list exceeds the maximum of 45%');
  });
});

describe('maximum customer discount', () => {
  it('flags a term discount above the maximum once, not with every ladder band', () => {
    // compound: on the list basis 50% off for 3 years leaves too little for a platinum partner's discounts
    const model = exampleModel((j) => ((j.discountBasis = 'compound'), (j.terms[2].discount = 0.5)));
    expect(where(checkModel(model).filter((b) => b.rule === 'max-customer-discount'))).toEqual([
      ['max-customer-discount', 'terms[2].discount', 'error'],
    ]);
  });

  it('seats ladder top band 30% + 3-year 15% = 45% is at the maximum, not above it; 31% is above', () => {
    expect(beyondCliffs(checkModel(exampleModel()))).toEqual([]);
    const model = exampleModel((j) => (j.ladders[0].bands[3].discount = 0.31));
    expect(beyondCliffs(checkModel(model)).map((b) => [b.path, b.message])).toEqual([
      ['ladders[0].bands[3]', 'ladder "seats-graduated" band 4 (31%) with term "3-year" (15%): customer discount 46% off list exceeds the maximum of 45%'],
    ]);
  });
});

describe('channel conflict', () => {
  // BackupFile Automation, 10 servers, annual, direct: list 4900, volume 10% (490).
  // The least a partner's customer pays: Platinum, registered, 30% off list → 4900 − 490 − 1470 = 2940.
  const line = (discount: number) => ({ item: { sku: 'BF-AUTO' }, tier: 'solution', term: 'annual', quantity: 10, channel: 'direct', dealRegistration: false, discount });

  it.each([
    [0.3, []],
    [0.31, [['channel-conflict', 'quote.lines[0]', 'warning']]],
  ])('a direct line at %s off: conflict %j', (discount, expected) => {
    expect(where(checkQuote(exampleModel(), { lines: [line(discount)] }))).toEqual(expected);
  });

  it('names both prices and the partner route', () => {
    const [breach] = checkQuote(exampleModel(), { lines: [line(0.35)] });
    // 4900 − 490 − 35% × 4900 (1715) = 2695
    expect(breach?.message).toBe(
      'quote.lines[0]: direct customer price 2695.00 is below 2940.00, the least a partner\'s customer pays for the same line (channel "reseller", level "platinum", deal registered)',
    );
  });

  it('is off when the model turns it off', () => {
    const model = exampleModel((j) => (j.guardrails.channelConflict = false));
    expect(checkQuote(model, { lines: [line(0.35)] })).toEqual([]);
  });
});

describe('rising unit price', () => {
  it('flags a band that gives less off than the band before, with its location', () => {
    const model = exampleModel((j) => (j.ladders[1].bands[2].discount = 0.05));
    expect(beyondCliffs(checkModel(model))).toEqual([
      {
        rule: 'rising-unit-price',
        path: 'ladders[1].bands[2]',
        severity: 'warning',
        message: 'ladder "servers-volume": band 3 gives 5% off, less than the 10% of band 2, so the unit price rises with quantity',
      },
    ]);
  });
});

describe('a line that cannot be priced', () => {
  it('is reported, not thrown', () => {
    const breaches = checkQuote(exampleModel(), { lines: [{ item: { sku: 'NOPE' }, tier: 'product', term: 'annual', quantity: 1, channel: 'direct' }] });
    expect(breaches).toEqual([{ rule: 'unpriceable-line', path: 'quote.lines[0]', severity: 'error', message: 'quote.lines[0]: cannot be priced: no product "NOPE"' }]);
  });
});
