import { bundlePrice, priceQuoteLine, loadModel, PricingError, add } from '../../../../src/engine';
import { exampleJson, exampleModel, s } from '../model/example';

const model = exampleModel();

describe('configuring a bundle on a quote line', () => {
  it.each([
    ['team-starter', 'annual', { 'BK-ENC': 0 }, '(490 + 190 + 5 × 120) × 0.85 = 1280 × 0.85', '1088.00'],
    ['team-starter', 'annual', { 'BK-CLI': 10, 'BK-ENC': 10 }, '(490 + 190 + 10 × 120 + 10 × 30) × 0.85 = 2180 × 0.85', '1853.00'],
    ['enterprise-compliance', 'annual', { 'EN-SRV': 20 }, 'fixed 39000 + 10 more servers × 600', '45000.00'],
    ['enterprise-compliance', 'annual', { 'EN-SRV': 10 }, 'the default configuration', '39000.00'],
  ])('%s, %s, %j: %s = %s', (bundle, term, configuration, _how, price) => {
    expect(s(bundlePrice(model, bundle, term, configuration).price)).toBe(price);
  });

  it('prices, costs and allocates the configured bundle', () => {
    const line = { item: { bundle: 'team-starter' }, term: 'annual', quantity: 2, channel: 'direct', components: { 'BK-ENC': 0 } };
    const r = priceQuoteLine(model, line);
    // 2 × 1088.00; cost (6 + 2.5 + 5 × 0.5) = 11 a bundle-month × 12 × 2 = 264
    expect([s(r.customerPrice), s(r.cost)]).toEqual(['2176.00', '264.00']);
    expect(r.allocation.map((a) => [a.sku, s(a.quantity), s(a.customerPrice)])).toEqual([
      ['BF-AUTO', '2', '833.00'],
      ['BF-MON', '2', '323.00'],
      ['BK-CLI', '10', '1020.00'],
      ['BK-ENC', '0', '0.00'],
    ]);
    expect(s(r.allocation.map((a) => a.customerPrice).reduce(add))).toBe('2176.00');
    // the default configuration is priced apart from the configured one
    expect(s(priceQuoteLine(model, { ...line, components: undefined }).customerPrice)).toBe('2431.00');
  });

  it.each([
    [{ 'BK-GUI': 1 }, 'not-found', '"BK-GUI" is not a component of bundle "team-starter"'],
    [{ 'BK-CLI': 4 }, 'range', 'bundle "team-starter": 4 units of "BK-CLI" is below its min 5'],
    [{ 'BK-ENC': 51 }, 'range', 'bundle "team-starter": 51 units of "BK-ENC" is above its max 50'],
    [{ 'BF-AUTO': 0 }, 'range', 'bundle "team-starter": required component "BF-AUTO" cannot be left out (0 units)'],
    [{ 'BK-ENC': 1.5 }, 'range', 'bundle "team-starter": units of "BK-ENC" must be a whole number of at least 0, got 1.5'],
  ])('rejects %j', (configuration, kind, message) => {
    expect(() => bundlePrice(model, 'team-starter', 'annual', configuration)).toThrow(new PricingError(kind as 'range', message));
  });

  it('rejects components on a product line', () => {
    expect(() => priceQuoteLine(model, { item: { sku: 'BK-CLI' }, tier: 'product', term: 'annual', quantity: 1, channel: 'direct', components: { 'BK-CLI': 1 } })).toThrow(
      'components apply to bundle lines only, not to product "BK-CLI"',
    );
  });

  it('loadModel reports bad configurations on the quote with their paths', () => {
    const json = exampleJson();
    json.quote.lines[0].components = { 'BK-GUI': 1, 'BK-CLI': 2, 'BF-MON': 0 };
    json.quote.lines[1].components = { 'BF-AUTO': 2 };
    const result = loadModel(json);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'quote.lines[0].components["BK-GUI"]: "BK-GUI" is not a component of bundle "team-starter"',
      `quote.lines[0].components["BK-CLI"]: quantity 2 is below the component's min 5`,
      'quote.lines[0].components["BF-MON"]: required component "BF-MON" must have a quantity of at least 1, got 0',
      'quote.lines[1].components: components apply to bundle lines only, not to product "BF-AUTO"',
    ]);
  });
});
