/** Reading a mix from CSV: columns in any order and case, issues naming the row (header = row 1) and column. */
import { mixToCsv, parseMixCsv, resolveMixItems } from '../../../../src/engine';
import { example, load } from '../../../support/models';

describe('parseMixCsv', () => {
  it('reads the columns in any order and case, optional ones blank', () => {
    const csv = 'Quantity,ITEM,term,channel,level,tier,dealRegistration,discount\n10,BK-STD,annual,direct,,product,,5%\n20,BK-STD,annual,distribution,gold,product,yes,0.1\n';
    const { mix, issues } = parseMixCsv(csv);
    expect(issues).toEqual([]);
    expect(mix?.rows).toEqual([
      { item: { sku: 'BK-STD' }, tier: 'product', term: 'annual', channel: 'direct', dealRegistration: false, quantity: 10, discount: 0.05 },
      { item: { sku: 'BK-STD' }, tier: 'product', term: 'annual', channel: 'distribution', level: 'gold', dealRegistration: true, quantity: 20, discount: 0.1 },
    ]);
  });

  it.each([
    ['a quantity that is not a number', 'item,term,channel,quantity\nBK-STD,annual,direct,1\nBK-STD,annual,direct,x\n', ["mix.csv row 3, quantity: 'x' is not a number"]],
    ['a quantity of 0', 'item,term,channel,quantity\nBK-STD,annual,direct,0\n', ["mix.csv row 2, quantity: '0' must be greater than 0"]],
    ['a discount over 100%', 'item,term,channel,quantity,discount\nBK-STD,annual,direct,1,120%\n', ["mix.csv row 2, discount: '120%' must be between 0 and 1 (or 0% and 100%)"]],
    ['an empty required cell', 'item,term,channel,quantity\n,annual,direct,1\n', ['mix.csv row 2, item: is empty; it is required']],
    ['a deal registration that is not yes/no', 'item,term,channel,quantity,dealRegistration\nBK-STD,annual,direct,1,maybe\n', ["mix.csv row 2, dealRegistration: 'maybe' is not yes/no (true, false, yes, no, 1, 0 or empty)"]],
    ['a missing column', 'item,term,quantity\nBK-STD,annual,1\n', ['mix.csv: no "channel" column: the header needs item, term, channel and quantity']],
    ['an unknown column', 'item,term,channel,quantity,colour\nBK-STD,annual,direct,1,red\n', ['mix.csv: unknown column "colour": the columns are item, tier, term, channel, level, dealRegistration, quantity, discount']],
    ['no header', '', ['mix.csv: no header row: the first row names the columns (item, tier, term, channel, level, dealRegistration, quantity, discount)']],
  ])('reports %s', (_, csv, issues) => {
    const result = parseMixCsv(csv);
    expect(result.issues).toEqual(issues);
    expect(result.mix).toBeNull();
  });

  it('reads a comma in a comma-separated file as a thousands separator', () => {
    expect(parseMixCsv('item,term,channel,quantity\nBK-STD,annual,direct,"1,500"\n').mix?.rows[0]?.quantity).toBe(1500);
  });

  it('names the file it was given and skips blank lines without renumbering', () => {
    expect(parseMixCsv('item,term,channel,quantity\n\nBK-STD,annual,direct,-1\n', 'plan.csv').issues).toEqual(["plan.csv row 3, quantity: '-1' must be greater than 0"]);
  });

  it('reads a file saved with semicolons and a byte-order mark, as Excel saves CSV where the comma is the decimal separator (1.000,5 units at 12,5%)', () => {
    const { mix, issues } = parseMixCsv('\uFEFFitem;term;channel;quantity;discount\r\nBK-STD;annual;direct;1.000,5;12,5%\r\nBK-STD;annual;direct;2.5;0,1\r\n');
    expect(issues).toEqual([]);
    expect(mix?.rows.map((r) => [r.quantity, r.discount])).toEqual([
      [1000.5, 0.125],
      [2.5, 0.1],
    ]);
  });

  it('writes what it reads', () => {
    const csv = 'item,tier,term,channel,level,dealRegistration,quantity,discount\nBK-STD,product,annual,direct,,false,10,0.05\n"A,B",,annual,reseller,gold,true,2.5,0';
    const { mix } = parseMixCsv(csv);
    expect(mixToCsv(mix!)).toBe(csv);
  });
});

describe('resolveMixItems', () => {
  it('reads an item as a SKU first, else a bundle id, else leaves it for validation to report', () => {
    const model = load(example());
    const rows = parseMixCsv('item,term,channel,quantity\nBK-CLI,annual,direct,1\nteam-starter,annual,direct,1\nNOPE,annual,direct,1\n').mix!.rows;
    expect(resolveMixItems(model, rows).map((r) => r.item)).toEqual([{ sku: 'BK-CLI' }, { bundle: 'team-starter' }, { sku: 'NOPE' }]);
  });
});
