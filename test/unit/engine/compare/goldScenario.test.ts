/**
 * The worked example of the README ("Compare"): the small model of test/support/compareModel.ts with
 * the scenario "Gold +2 pts" (Gold's discount 30% → 32%) on the mix of 10 units direct at 5% off and
 * 20 units through Distribution · Gold, each party's figures by hand.
 *
 * Base (list 1,000.00 a unit, cost 120.00 a unit a year):
 *   direct, 10 units: list 10,000.00; customer 10,000.00 − 5% × 10,000.00 = 9,500.00 = vendor invoice
 *     = vendor net; cost 1,200.00; vendor margin 8,300.00; the customer saves 500.00.
 *   Distribution · Gold, 20 units: list 20,000.00 = customer price; reseller buy 20,000.00 − 30% ×
 *     20,000.00 = 14,000.00; distributor buy 14,000.00 − 10% × 20,000.00 = 12,000.00 = vendor invoice;
 *     rebate 2% × 12,000.00 = 240.00; vendor net 11,760.00; cost 2,400.00; vendor margin 9,360.00;
 *     reseller margin 20,000.00 − 14,000.00 + 240.00 = 6,240.00; distributor margin 2,000.00.
 *   vendor      revenue 9,500 + 12,000 = 21,500.00  pocket 9,500 + 11,760 = 21,260.00  margin 8,300 + 9,360 = 17,660.00
 *   distributor revenue = pocket = 14,000.00                                             margin 2,000.00
 *   reseller    revenue 20,000.00                   pocket 20,000 + 240 = 20,240.00      margin 6,240.00
 *   customer    revenue = pocket = 9,500 + 20,000 = 29,500.00                            margin 500.00
 * Gold +2 pts (only the partner row moves): reseller buy 20,000 − 32% × 20,000 = 13,600.00; distributor
 *   buy 13,600 − 2,000 = 11,600.00 = invoice; rebate 232.00; net 11,368.00; vendor margin 8,968.00;
 *   reseller margin 20,000 − 13,600 + 232 = 6,632.00; distributor margin 2,000.00.
 *   vendor      revenue 21,100.00 (−400.00)  pocket 20,868.00 (−392.00)  margin 17,268.00 (−392.00, −392 / 17,660 = −2.2197055493%)
 *   distributor revenue = pocket = 13,600.00 (−400.00)                   margin 2,000.00 (0)
 *   reseller    revenue 20,000.00 (0)        pocket 20,232.00 (−8.00)    margin 6,632.00 (+392.00, +6.2820512821%)
 *   customer    unchanged: 29,500.00 / 29,500.00 / 500.00
 */
import { applyScenario, changeSummary, compareScenarios, priceMix, toFixedString, type BookFigures, type PartyName } from '../../../../src/engine';
import { compareInput } from '../../../support/compareModel';
import { load } from '../../../support/models';

const model = load(compareInput());
const mix = model.mix!;

const table = (book: BookFigures): Record<PartyName, string[]> => {
  const row = (p: PartyName): string[] => [book.parties[p].revenue, book.parties[p].pocket, book.parties[p].margin].map(toFixedString);
  return { vendor: row('vendor'), distributor: row('distributor'), reseller: row('reseller'), customer: row('customer') };
};

describe('Gold +2 pts on the small mix, by hand', () => {
  it('prices the base mix per party', () => {
    const base = priceMix(model, mix);
    expect(base.errors).toEqual([]);
    expect(base.lines).toBe(2);
    expect(toFixedString(base.extendedList)).toBe('30000.00');
    expect(table(base)).toEqual({
      vendor: ['21500.00', '21260.00', '17660.00'],
      distributor: ['14000.00', '14000.00', '2000.00'],
      reseller: ['20000.00', '20240.00', '6240.00'],
      customer: ['29500.00', '29500.00', '500.00'],
    });
  });

  it('prices the mix after the scenario', () => {
    const after = priceMix(applyScenario(model, 'gold-plus-2'), mix);
    expect(table(after)).toEqual({
      vendor: ['21100.00', '20868.00', '17268.00'],
      distributor: ['13600.00', '13600.00', '2000.00'],
      reseller: ['20000.00', '20232.00', '6632.00'],
      customer: ['29500.00', '29500.00', '500.00'],
    });
  });

  it('reports the change per party, with the change as a share of the base', () => {
    const { scenarios, mix: base } = compareScenarios(model);
    expect(base && toFixedString(base.parties.vendor.margin)).toBe('17660.00');
    const [gold] = scenarios;
    const impact = gold!.comparison.mix!;
    const vendor = impact.parties.find((p) => p.party === 'vendor')!;
    expect(toFixedString(vendor.margin.change)).toBe('-392.00');
    expect(toFixedString(vendor.margin.changePct!)).toBe('-0.0221970555');
    const reseller = impact.parties.find((p) => p.party === 'reseller')!;
    expect(toFixedString(reseller.margin.change)).toBe('392.00');
    expect(toFixedString(reseller.margin.changePct!)).toBe('0.0628205128');
    expect(toFixedString(reseller.pocket.change)).toBe('-8.00');
    const customer = impact.parties.find((p) => p.party === 'customer')!;
    expect(toFixedString(customer.revenue.change)).toBe('0.00');
    expect(gold!.comparison.settings).toEqual([{ path: 'levels[gold].discount', label: 'Gold: discount', base: '30%', other: '32%' }]);
    expect(gold!.comparison.pricePoints).toEqual([]);
    expect(changeSummary(gold!.comparison)).toBe('Gold: discount 30% → 32%');
  });

  it('gives a plain model: no scenarios, the same mix and quote', () => {
    const applied = applyScenario(model, model.scenarios[0]!);
    expect(applied.scenarios).toEqual([]);
    expect(applied.mix).toBe(model.mix);
    expect(applied.quote).toBe(model.quote);
    expect(applied.levels[0]!.discount).toBe(0.32);
    expect(model.levels[0]!.discount).toBe(0.3);
  });
});
