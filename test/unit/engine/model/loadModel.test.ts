import { loadModel, type ModelIssue } from '../../../../src/engine';
import { exampleJson, type Json } from './example';

/** The messages of loading the example model after `edit`. */
function problems(edit: (j: Json) => void): string[] {
  const json = exampleJson();
  edit(json);
  const result = loadModel(json);
  return result.ok ? [] : result.issues.map((i: ModelIssue) => i.message);
}

function warnings(edit: (j: Json) => void): string[] {
  const json = exampleJson();
  edit(json);
  return loadModel(json).warnings.map((i) => i.message);
}

describe('loadModel: the example model', () => {
  it('loads with no problems and no warnings', () => {
    const result = loadModel(exampleJson());
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([]);
  });
});

describe('loadModel: every kind of problem, each naming its path and value', () => {
  it.each<[string, (j: Json) => void, string]>([
    ['not a number', (j) => (j.products[1].unitCost = 'cheap'), 'products[1].unitCost: Invalid input: expected number, received string (got "cheap")'],
    ['a negative price', (j) => (j.prices[3].listPrice = -5), 'prices[3].listPrice: must not be negative (got -5)'],
    ['a rate above 100%', (j) => (j.levels[2].discount = 1.5), 'levels[2].discount: must be between 0 and 1 (0% to 100%) (got 1.5)'],
    ['a bad currency', (j) => (j.currency = 'usd'), 'currency: must be a three-letter ISO 4217 code such as USD (got "usd")'],
    ['an unknown enum', (j) => (j.channels[1].kind = 'three-tier'), 'channels[1].kind: Invalid option: expected one of "direct"|"one-tier"|"two-tier" (got "three-tier")'],
    ['duplicate ids', (j) => (j.terms[2].id = 'annual'), 'terms[2].id: duplicate term "annual" (first at terms[1].id)'],
    ['duplicate SKUs', (j) => (j.products[3].sku = 'BK-CLI'), 'products[3].sku: duplicate SKU "BK-CLI" (first at products[0].sku)'],
    ['an unknown persona', (j) => j.tiers[0].personas.push('cfo'), 'tiers[0].personas[1]: no persona "cfo"'],
    ['an unknown tier ladder', (j) => (j.tiers[1].ladder = 'servers'), 'tiers[1].ladder: no ladder "servers"'],
    ['an unknown product ladder', (j) => (j.products[6].ladder = 'nope'), 'products[6].ladder: no ladder "nope"'],
    ['a price for an unknown SKU', (j) => (j.prices[0].sku = 'BK-GUI'), 'prices[0].sku: no product "BK-GUI"'],
    ['a price for an unknown tier', (j) => (j.prices[0].tier = 'pro'), 'prices[0].tier: no tier "pro"'],
    ['a price for an unknown term', (j) => (j.prices[0].term = 'weekly'), 'prices[0].term: no term "weekly"'],
    ['a duplicate price-book entry', (j) => j.prices.push({ sku: 'BK-CLI', tier: 'product', term: 'annual', listPrice: 95 }), 'prices[24]: duplicate price for "BK-CLI" in tier "product" for term "annual" (first at prices[1])'],
    ['a tier with no price', (j) => j.tiers.push({ id: 'platform', name: 'Platform' }), 'tiers[3]: tier "platform" has no price in the price book'],
    ['ladder bands out of order', (j) => (j.ladders[0].bands[2].upTo = 40), "ladders[0].bands[2].upTo: band 3, Up to (40) must be greater than band 2's Up to (50): sort the bands by Up to"],
    ['ladder bands repeated', (j) => (j.ladders[1].bands[1].upTo = 4), "ladders[1].bands[1].upTo: band 2, Up to (4) repeats band 1's Up to: each band must end above the one before"],
    ['a bounded band after an unbounded one', (j) => (j.ladders[2].bands[0].upTo = null), 'ladders[2].bands[1].upTo: band 2, Up to (500) comes after band 1, which has no limit: only the last band may have a blank Up to'],
    ['two unbounded bands', (j) => (j.ladders[2].bands[1].upTo = null), 'ladders[2].bands[2].upTo: band 3, Up to is blank after band 2, which has no limit: only the last band may have a blank Up to'],
    ['a bundle in an unknown tier', (j) => (j.bundles[0].tier = 'team'), 'bundles[0].tier: no tier "team"'],
    ['a bundle of an unknown product', (j) => (j.bundles[2].components[0].sku = 'BK-ENT'), 'bundles[2].components[0].sku: no product "BK-ENT"'],
    ['a component twice', (j) => (j.bundles[0].components[1].sku = 'BK-CLI'), 'bundles[0].components[1].sku: component "BK-CLI" appears twice (first at bundles[0].components[0])'],
    ['a component below its min', (j) => (j.bundles[1].components[2].quantity = 4), 'bundles[1].components[2].quantity: quantity 4 is below the component\'s min 5'],
    ['a component above its max', (j) => (j.bundles[2].components[2].quantity = 501), 'bundles[2].components[2].quantity: quantity 501 is above the component\'s max 500'],
    ['a component with min above max', (j) => (j.bundles[1].components[3].min = 60), 'bundles[1].components[3].min: min 60 is above max 50'],
    ['a required component of 0', (j) => (j.bundles[0].components[1].quantity = 0), 'bundles[0].components[1].quantity: required component "BK-ENC" must have a quantity of at least 1, got 0'],
    ['a fixed price for an unknown term', (j) => (j.bundles[2].pricing.prices['5-year'] = 160000), 'bundles[2].pricing.prices.5-year: no term "5-year"'],
    ['a fixed bundle whose component has no price on its term', (j) => (j.bundles[2].pricing.prices.monthly = 3500), 'bundles[2].components[0].sku: component "EN-AUDIT" has no list price in tier "enterprise" for term "monthly", so the bundle cannot be sold on that term'],
    ['partner discounts over list', (j) => (j.levels[3].dealRegistration = 0.8), 'levels[3].discount: level "platinum": discount plus deal registration is 105% of list, more than 100%'],
    ['rebate and MDF over the invoice', (j) => (j.levels[0].mdf = 0.7) && (j.levels[0].rebate = 0.4), 'levels[0].rebate: level "registered": rebate, MDF and co-op add up to 110% of the invoice, more than 100%'],
    ['two-tier discounts over list', (j) => (j.channels[2].distributorDiscount = 0.75), 'channels[2].distributorDiscount: channel "distribution" with level "platinum": reseller and distributor discounts reach 105% of list, more than 100%'],
    ['reseller channels without levels', (j) => { j.levels = []; j.quote.lines = []; }, 'channels[1].kind: channel "reseller" sells through resellers, so the model needs at least one partner level, got none'],
    ['a quote line of an unknown SKU', (j) => (j.quote.lines[1].item.sku = 'BF-AUTOMATE'), 'quote.lines[1].item.sku: no product "BF-AUTOMATE"'],
    ['a quote line of an unknown bundle', (j) => (j.quote.lines[0].item.bundle = 'team'), 'quote.lines[0].item.bundle: no bundle "team"'],
    ['a quote line on an unknown term', (j) => (j.quote.lines[1].term = '2-year'), 'quote.lines[1].term: no term "2-year"'],
    ['a quote line in an unknown tier', (j) => (j.quote.lines[1].tier = 'team'), 'quote.lines[1].tier: no tier "team"'],
    ['a quote line on an unknown channel', (j) => (j.quote.lines[1].channel = 'retail'), 'quote.lines[1].channel: no channel "retail"'],
    ['a quote line at an unknown level', (j) => (j.quote.lines[2].level = 'diamond'), 'quote.lines[2].level: no partner level "diamond"'],
    ['a reseller line without level', (j) => delete j.quote.lines[2].level, 'quote.lines[2].level: channel "reseller" sells through a reseller, so the line needs a partner level, got none'],
    ['a product line without tier', (j) => delete j.quote.lines[1].tier, 'quote.lines[1].tier: a product line needs a price-book tier for "BF-AUTO", got none'],
    ['a product line with no list price', (j) => (j.quote.lines[1].tier = 'enterprise'), 'quote.lines[1]: no list price for "BF-AUTO" in tier "enterprise" for term "3-year"'],
    ['a bundle line on a term it is not sold on', (j) => (j.quote.lines[2].term = 'monthly'), 'quote.lines[2].term: bundle "enterprise-compliance" has no price for term "monthly"'],
  ])('%s', (_name, edit, message) => {
    expect(problems(edit)).toContain(message);
  });

  it('records the value at fault and the path on each issue', () => {
    const json = exampleJson();
    json.bundles[2].components[0].sku = 'BK-ENT';
    const result = loadModel(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([{ path: 'bundles[2].components[0].sku', message: 'bundles[2].components[0].sku: no product "BK-ENT"', value: 'BK-ENT' }]);
  });

  it('reports every problem at once, schema and cross-reference alike, keeping the original indices', () => {
    expect(
      problems((j) => {
        j.currency = 'usd';
        j.products[1].unitCost = -1; // a schema problem: the entry is set aside, its SKU still counts
        j.prices[0].listPrice = 'nine'; // set aside: later prices keep their indices
        j.prices[5].sku = 'BK-NONE';
        j.bundles[2].components[0].sku = 'BK-ENT';
        j.ladders[0].bands[2].upTo = 5;
        delete j.quote.lines[0].level;
      }),
    ).toEqual([
      'currency: must be a three-letter ISO 4217 code such as USD (got "usd")',
      'products[1].unitCost: must not be negative (got -1)',
      'prices[0].listPrice: Invalid input: expected number, received string (got "nine")',
      'prices[5].sku: no product "BK-NONE"',
      "ladders[0].bands[2].upTo: band 3, Up to (5) must be greater than band 2's Up to (50): sort the bands by Up to",
      'bundles[2].components[0].sku: no product "BK-ENT"',
      'quote.lines[0].level: channel "distribution" sells through a reseller, so the line needs a partner level, got none',
    ]);
  });

  it('rejects what is not an object', () => {
    expect(loadModel([1, 2])).toEqual({ ok: false, issues: [{ path: '(model)', message: '(model): a model file must be a JSON object', value: [1, 2] }], warnings: [] });
  });
});

describe('loadModel: warnings do not stop a model from loading', () => {
  it.each<[string, (j: Json) => void, string]>([
    ['a bounded last band', (j) => (j.ladders[2].bands[2].upTo = 5000), 'ladders[2].bands[2].upTo: the last band ends at 5000: larger quantities get no volume discount band'],
    ['a two-tier channel paying the distributor nothing', (j) => (j.channels[2].distributorDiscount = 0), 'channels[2].distributorDiscount: two-tier channel "distribution" has a distributor discount of 0: the distributor earns nothing'],
    ['a level on a direct line', (j) => { j.quote.lines[1].channel = 'direct'; }, 'quote.lines[1].level: channel "direct" is direct: partner level "gold" is ignored'],
    ['a tier given for a bundle line', (j) => (j.quote.lines[0].tier = 'enterprise'), 'quote.lines[0].tier: bundle "team-starter" is priced in its own tier "solution": tier "enterprise" is ignored'],
    ['a discount bundle with a component not priced on a term', (j) => j.prices.splice(j.prices.findIndex((p: Json) => p.sku === 'BK-ENC' && p.tier === 'solution' && p.term === 'monthly'), 1), 'bundles[1].components[3].sku: component "BK-ENC" has no list price in tier "solution" for term "monthly", so the bundle cannot be sold on that term'],
  ])('%s', (_name, edit, message) => {
    expect(warnings(edit)).toEqual([message]);
  });
});

describe('loadModel: defaults for what a model leaves out', () => {
  const minimal = { currency: 'EUR', products: [{ sku: 'P', name: 'Tool' }], prices: [] };

  it('fills personas, tiers, terms, levels, channels, guardrails and rounding', () => {
    const result = loadModel(minimal);
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join());
    const m = result.model;
    expect(m.personas.map((p) => p.id)).toEqual(['end-user', 'technical-manager', 'business-manager']);
    expect(m.tiers.map((t) => [t.name, t.personas, t.salesMotion, t.distribution, t.valueMetric])).toEqual([
      ['Product', ['end-user'], 'self-serve', 'download', 'per-user'],
      ['Solution', ['technical-manager', 'end-user'], 'inbound', 'saas', 'per-server'],
      ['Enterprise solution', ['business-manager', 'technical-manager', 'end-user'], 'account-based', 'self-hosted-platform', 'flat'],
    ]);
    expect(m.terms.map((t) => [t.name, t.months, t.discount])).toEqual([['Monthly', 1, 0], ['Annual', 12, 0], ['3-year', 36, 0.15]]);
    expect(m.levels.map((l) => l.name)).toEqual(['Registered', 'Silver', 'Gold', 'Platinum']);
    expect(m.channels.map((c) => [c.name, c.kind])).toEqual([['Direct', 'direct'], ['Reseller', 'one-tier'], ['Distribution', 'two-tier']]);
    expect(m.rounding).toEqual({ mode: 'halfAwayFromZero', minorUnits: 2 });
    expect(m.discountBasis).toBe('list');
    expect(m.guardrails).toEqual({ vendorMarginFloor: 0.5, maxCustomerDiscount: 0.5, channelConflict: true, risingUnitPrice: true });
    expect(m.products[0]).toEqual({ sku: 'P', name: 'Tool', family: '', unit: 'user', shape: 'per-unit', unitCost: 0 });
  });

  it.each([
    ['USD', 2],
    ['JPY', 0],
    ['BHD', 3],
  ])('minor units of %s: %i', (currency, minorUnits) => {
    const result = loadModel({ ...minimal, currency });
    expect(result.ok && result.model.rounding.minorUnits).toBe(minorUnits);
  });

  it('does not share default lists between models', () => {
    const a = loadModel(minimal);
    const b = loadModel(minimal);
    if (!a.ok || !b.ok) throw new Error('load failed');
    a.model.tiers[0]!.personas.push('x');
    expect(b.model.tiers[0]!.personas).toEqual(['end-user']);
  });
});
