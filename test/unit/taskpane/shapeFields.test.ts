/** What the pane says of price shapes and rounding: the fields each shape shows, their labels, a switch of shape, an example price. */
import { issueLabel, panelOf } from '../../../src/taskpane/state/issueLabel';
import { roundingExamples } from '../../../src/taskpane/state/roundingExample';
import { entryFieldLabel, SHAPE_FIELDS, unitCostLabel, withShape } from '../../../src/taskpane/state/shapeFields';

describe('entry fields by shape', () => {
  it.each([
    ['per-unit', ['listPrice']],
    ['tiered', ['ladder', 'platformFee', 'minimumCharge']],
    ['package', ['listPrice', 'packageSize', 'includedUnits', 'platformFee', 'minimumCharge']],
    ['usage', ['listPrice', 'includedUnits', 'platformFee', 'minimumCharge']],
    ['platform', ['platformFee', 'listPrice', 'minimumCharge']],
  ] as const)('%s shows %j', (shape, fields) => {
    expect(SHAPE_FIELDS[shape]).toEqual(fields);
  });

  it.each([
    ['listPrice', 'per-unit', 'user', undefined, 'List price per user (USD, whole term)'],
    ['listPrice', 'package', 'user', 5, 'Price per package of 5 users (USD, whole term)'],
    ['listPrice', 'package', 'seat', 1, 'Price per package of 1 seat (USD, whole term)'],
    ['listPrice', 'usage', 'GB', undefined, 'Overage rate per GB over the included (USD, whole term)'],
    ['packageSize', 'package', 'license', undefined, 'Package size (licenses per package)'],
    ['includedUnits', 'usage', 'API call', undefined, 'Included API calls (free)'],
    ['platformFee', 'platform', 'user', undefined, 'Platform fee (USD, whole term)'],
    ['minimumCharge', 'tiered', 'user', undefined, 'Minimum charge (USD, whole term)'],
  ] as const)('%s of a %s product in %s (package of %s): "%s"', (field, shape, unit, size, label) => {
    expect(entryFieldLabel(field, shape, unit, 'USD', size)).toBe(label);
  });

  it('says what a unit cost is: one unit, per month, in the currency', () => {
    expect(unitCostLabel('server', 'EUR')).toBe('Cost to serve one server per month, EUR');
    expect(unitCostLabel(' ', '')).toBe('Cost to serve one unit per month');
  });
});

describe('withShape', () => {
  const model = {
    currency: 'USD',
    products: [{ sku: 'A', name: 'A', ladder: 'seats' }, { sku: 'B', name: 'B' }],
    prices: [
      { sku: 'A', tier: 't', term: 'y', listPrice: 10 },
      { sku: 'B', tier: 't', term: 'y', listPrice: 5, packageSize: 10, includedUnits: 2, minimumCharge: 100 },
    ],
  };

  it('to usage: keeps list price, included units and minimum; drops the package size', () => {
    const next = withShape(model, 1, 'usage');
    expect(next.prices?.[1]).toEqual({ sku: 'B', tier: 't', term: 'y', listPrice: 5, includedUnits: 2, minimumCharge: 100 });
    expect(next.prices?.[0]).toBe(model.prices[0]);
  });

  it('to tiered: drops the list price; a shaped product loses its discount ladder', () => {
    const next = withShape(model, 0, 'tiered');
    expect(next.products?.[0]).toEqual({ sku: 'A', name: 'A', shape: 'tiered' });
    expect(next.prices?.[0]).toEqual({ sku: 'A', tier: 't', term: 'y' });
  });

  it('back to per-unit: only the list price stays, and the product keeps its ladder', () => {
    const next = withShape(model, 1, 'per-unit');
    expect(next.prices?.[1]).toEqual({ sku: 'B', tier: 't', term: 'y', listPrice: 5 });
    expect(withShape(model, 0, 'per-unit').products?.[0]).toEqual({ sku: 'A', name: 'A', ladder: 'seats', shape: 'per-unit' });
  });
});

describe('rounding example', () => {
  it.each([
    [{}, ['49.37 → 49.37', '12.345 → 12.35']],
    [{ mode: 'halfEven' as const }, ['49.37 → 49.37', '12.345 → 12.34']],
    [{ ending: 0.99 }, ['49.37 → 48.99', '12.345 → 11.99']],
    [{ ending: 0.99, step: 10 }, ['49.37 → 49.99', '12.345 → 9.99']],
    [{ ending: 0, step: 5 }, ['49.37 → 50.00', '12.345 → 10.00']],
    [{ minorUnits: 0 }, ['49.37 → 49', '12.345 → 12']],
  ])('%j gives %j', (rounding, expected) => {
    expect(roundingExamples({ currency: 'USD', rounding })).toEqual({ ok: true, value: expected });
  });

  it('says why there is no example for an ending out of range', () => {
    expect(roundingExamples({ currency: 'USD', rounding: { ending: 1.5 } })).toMatchObject({ ok: false });
  });
});

describe('issues of the new parts, as a pricing manager reads them', () => {
  it.each([
    [['priceLadders', 0, 'bands', 1, 'unitPrice'], 'Price ladder 1 › Band 2 › Unit price', 'ladders'],
    [['markets', 2, 'overrides', 0, 'listPrice'], 'Market 3 › Override 1 › List price', 'markets'],
    [['prices', 3, 'packageSize'], 'Price 4 › Package size', 'priceBook'],
    [['guardrails', 'priceCorridor'], 'Guardrails › Price corridor', 'channels'],
    [['quote', 'minimumCommitment'], 'Quote › Minimum commitment', 'quote'],
  ] as const)('%j → "%s" in the %s panel', (path, label, panel) => {
    expect(issueLabel(path)).toBe(label);
    expect(panelOf(path)).toBe(panel);
  });
});
