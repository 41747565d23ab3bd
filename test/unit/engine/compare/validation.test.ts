/** Scenarios and the mix checked by loadModel: every rule, each message naming the path and the value. */
import { loadModel, type ModelInput } from '../../../../src/engine';
import { compareInput } from '../../../support/compareModel';

type Changes = NonNullable<ModelInput['scenarios']>[number]['changes'];
const withScenario = (changes: Changes, extra: Partial<ModelInput> = {}): ModelInput => ({ ...compareInput(), ...extra, scenarios: [{ id: 's1', name: 'S1', changes }] });
const errors = (input: ModelInput): string[] => {
  const r = loadModel(input);
  return r.ok ? [] : r.issues.map((i) => i.message);
};

describe('scenario validation', () => {
  it('accepts the example model', () => {
    expect(errors(compareInput())).toEqual([]);
  });

  it.each<[string, Changes, string[]]>([
    ['an unknown level', [{ target: 'level', level: 'platnum', field: 'discount', add: 0.02 }], ['scenarios[0].changes[0].level: no partner level "platnum"']],
    ['an unknown channel', [{ target: 'channel', channel: 'distrib', field: 'distributorDiscount', set: 0.1 }], ['scenarios[0].changes[0].channel: no channel "distrib"']],
    ['an unknown term', [{ target: 'term', term: 'Annual', field: 'discount', set: 0.1 }], ['scenarios[0].changes[0].term: no term "Annual" (ids are case-sensitive: did you mean "annual"?)']],
    ['an unknown SKU and tier', [{ target: 'listPrice', sku: 'BK-PRO', tier: 'gold', change: 0.05 }], ['scenarios[0].changes[0].sku: no product "BK-PRO"', 'scenarios[0].changes[0].tier: no tier "gold"']],
    ['an unknown family', [{ target: 'listPrice', family: 'Backp', change: 0.05 }], ['scenarios[0].changes[0].family: no product of family "Backp"']],
    ['both set and add', [{ target: 'level', level: 'gold', field: 'discount', set: 0.32, add: 0.02 }], ['scenarios[0].changes[0]: a change gives either set or add, not both (set 32%, add 2%)']],
    ['neither set nor add', [{ target: 'level', level: 'gold', field: 'discount' }], ['scenarios[0].changes[0]: a change needs set (the new value) or add (points added), got neither']],
    [
      'one value changed twice',
      [
        { target: 'level', level: 'gold', field: 'discount', add: 0.02 },
        { target: 'level', level: 'gold', field: 'rebate', add: 0.01 },
        { target: 'level', level: 'gold', field: 'discount', set: 0.4 },
      ],
      ["scenarios[0].changes[2].field: changes Gold's discount again (first at scenarios[0].changes[0]): give one change per value"],
    ],
    [
      'two list-price changes on one entry',
      [
        { target: 'listPrice', family: 'Backup', change: 0.05 },
        { target: 'listPrice', tier: 'product', change: 0.1 },
      ],
      ['scenarios[0].changes[1]: changes the list price of prices[0] ("BK-STD" in tier "product" for term "annual") again (first at scenarios[0].changes[0]): give one change per entry'],
    ],
    ['a list-price change matching nothing', [{ target: 'listPrice', family: 'Sync', sku: 'BK-STD', change: 0.05 }], ['scenarios[0].changes[0]: matches no price-book entry (family "Sync", sku "BK-STD")']],
    ['a rate taken past 100%', [{ target: 'level', level: 'gold', field: 'discount', add: 0.75 }], ["scenarios[0].changes[0].add: takes Gold's discount to 105%; it must be between 0% and 100%"]],
    ['a rate taken below 0%', [{ target: 'level', level: 'gold', field: 'rebate', add: -0.03 }], ["scenarios[0].changes[0].add: takes Gold's rebate to -1%; it must be between 0% and 100%"]],
    ['a distributor discount on a direct channel', [{ target: 'channel', channel: 'direct', field: 'distributorDiscount', set: 0.1 }], ['scenarios[0].changes[0].channel: channel "direct" is direct: only a two-tier channel has a distributor discount']],
  ])('reports %s', (_, changes, expected) => {
    expect(errors(withScenario(changes))).toEqual(expected);
  });

  it('reports a rebate change on a level with rebate tiers', () => {
    const input = withScenario([{ target: 'level', level: 'gold', field: 'rebate', add: 0.01 }], {
      levels: [{ id: 'gold', name: 'Gold', discount: 0.3, rebateTiers: [{ from: 0, rate: 0.02 }] }],
    });
    expect(errors(input)).toEqual(['scenarios[0].changes[0].field: level "gold" has rebate tiers: they set its rebate, so a scenario cannot change rebate']);
  });

  it('reports duplicate scenario ids', () => {
    const change = { target: 'term', term: 'annual', field: 'discount', set: 0.1 } as const;
    const input: ModelInput = { ...compareInput(), scenarios: [{ id: 'a', name: 'A', changes: [change] }, { id: 'a', name: 'B', changes: [change] }] };
    expect(errors(input)).toEqual(['scenarios[1].id: duplicate scenario "a" (first at scenarios[0].id)']);
  });

  it('keeps checking the other scenarios when one fails the schema', () => {
    const input: ModelInput = {
      ...compareInput(),
      scenarios: [
        { id: 'bad', name: 'Bad', changes: [] },
        { id: 'b', name: 'B', changes: [{ target: 'level', level: 'platnum', field: 'discount', add: 0.02 }] },
      ],
    };
    expect(errors(input)).toEqual(['scenarios[0].changes: a scenario needs at least one change (got [])', 'scenarios[1].changes[0].level: no partner level "platnum"']);
  });
});

describe('mix validation', () => {
  const withRows = (rows: NonNullable<ModelInput['mix']>['rows']): ModelInput => ({ ...compareInput(), mix: { rows } });

  it.each<[string, NonNullable<ModelInput['mix']>['rows'], string[]]>([
    ['an unknown level', [{ item: { sku: 'BK-STD' }, tier: 'product', term: 'annual', channel: 'distribution', level: 'platnum', quantity: 1 }], ['mix.rows[0].level: no partner level "platnum"']],
    ['a partner row without a level', [{ item: { sku: 'BK-STD' }, tier: 'product', term: 'annual', channel: 'distribution', quantity: 1 }], ['mix.rows[0].level: channel "distribution" sells through a reseller, so the line needs a partner level, got none']],
    ['a product row without a tier', [{ item: { sku: 'BK-STD' }, term: 'annual', channel: 'direct', quantity: 1 }], ['mix.rows[0].tier: a product line needs a price-book tier for "BK-STD", got none']],
    ['an unknown bundle', [{ item: { bundle: 'suite' }, term: 'annual', channel: 'direct', quantity: 1 }], ['mix.rows[0].item.bundle: no bundle "suite"']],
    [
      'discounts past list',
      [{ item: { sku: 'BK-STD' }, tier: 'product', term: 'annual', channel: 'distribution', level: 'gold', quantity: 1, discount: 0.7 }],
      ['mix.rows[0].discount: line discount 70% + level "gold" 30% + distributor on channel "distribution" 10% take 110% off list, more than 100%: the distributor\'s buy price would be negative'],
    ],
  ])('reports %s', (_, rows, expected) => {
    expect(errors(withRows(rows))).toEqual(expected);
  });

  it('keeps the row numbers of the rows after one that fails the schema', () => {
    const rows = [
      { item: { sku: 'BK-STD' }, tier: 'product', term: 'annual', channel: 'direct', quantity: 0 },
      { item: { sku: 'BK-STD' }, tier: 'product', term: 'monthly', channel: 'direct', quantity: 1 },
    ];
    expect(errors(withRows(rows))).toEqual(['mix.rows[0].quantity: must be greater than 0 (got 0)', 'mix.rows[1].term: no term "monthly"']);
  });
});

describe('a scenario whose model would not load', () => {
  it('reports the programme check the applied model fails, naming the scenario', () => {
    // Gold 30% + 65 pts = 95%, and the distributor takes 10% more: 105% of list.
    expect(errors(withScenario([{ target: 'level', level: 'gold', field: 'discount', add: 0.65 }]))).toEqual([
      'scenarios[0]: with scenario "S1" applied, channels[1].distributorDiscount: channel "distribution" with level "gold": reseller and distributor discounts reach 105% of list, more than 100%',
    ]);
  });

  it('reports a mix row the scenario takes past list', () => {
    // 58% negotiated + Gold 30% + distributor 10% = 98% of list; Gold +3 pts takes it to 101%.
    const input = withScenario([{ target: 'level', level: 'gold', field: 'discount', add: 0.03 }], {
      mix: { rows: [{ item: { sku: 'BK-STD' }, tier: 'product', term: 'annual', channel: 'distribution', level: 'gold', quantity: 1, discount: 0.58 }] },
    });
    expect(errors(input)).toEqual([
      'scenarios[0]: with scenario "S1" applied, mix.rows[0].discount: line discount 58% + level "gold" 33% + distributor on channel "distribution" 10% take 101% off list, more than 100%: the distributor\'s buy price would be negative',
    ]);
  });
});
