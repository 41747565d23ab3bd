/**
 * A failed build leaves the workbook as it was: a failure is injected at every request of a build in
 * turn, both as Excel rejecting a whole batch and as Excel applying a batch's first operations only,
 * and the workbook is compared with a snapshot taken before.
 */
import { FakeExcel } from '../../../doubles/excel';
import { WorkbookBuildError } from '../../../../src/workbook/office';
import type { WorkbookSpec } from '../../../../src/workbook/spec';
import { exampleInput, specOf } from './fixtures';
import { build, userWorkbook } from './helpers';
import { syntheticSpec } from './syntheticSpec';

interface Scenario {
  readonly name: string;
  /** A fresh workbook in the state before the build under test (its syncs are not counted). */
  readonly setUp: (excel: FakeExcel) => Promise<void>;
  readonly spec: WorkbookSpec;
  readonly requestBudget: number;
  /** Whether the build replaces earlier sheets (its last request then deletes them). */
  readonly replaces: boolean;
  /** Also fail after every prefix of the swap requests (slow on big descriptions). */
  readonly partial: boolean;
}

const scenarios: Scenario[] = [
  { name: 'first build of the example model next to a user sheet', setUp: async () => undefined, spec: specOf(exampleInput()), requestBudget: 1_000_000, replaces: false, partial: true },
  {
    name: 'rebuild of the example model after a user edited it',
    setUp: async (excel) => {
      await build(excel, specOf(exampleInput()));
      excel.setCells('Price book', { Z1: 'checked by finance' });
    },
    spec: specOf(exampleInput()),
    requestBudget: 1_000_000,
    replaces: true,
    partial: false,
  },
  {
    name: 'rebuild of 300 products in small requests, with user cells beside the tables',
    setUp: async (excel) => {
      await build(excel, syntheticSpec(250));
      excel.setCells('Price book', { G2: 'note', G5: '=C5*0.1' });
      excel.setCells('Sheet1', { D1: "='Price book'!C5" });
    },
    spec: syntheticSpec(300),
    requestBudget: 20_000,
    replaces: true,
    partial: true,
  },
];

async function prepared(scenario: Scenario, options: { partialBatches?: boolean } = {}): Promise<FakeExcel> {
  const excel = userWorkbook();
  await scenario.setUp(excel);
  const fresh = new FakeExcel(options);
  fresh.state = excel.state;
  return fresh;
}

/** The requests of a successful build of the scenario and the workbook it leaves. */
async function reference(scenario: Scenario): Promise<{ syncs: { operations: number }[]; after: string }> {
  const excel = await prepared(scenario);
  await build(excel, scenario.spec, { requestBudget: scenario.requestBudget });
  return { syncs: excel.syncs.map((s) => ({ operations: s.operations.length })), after: excel.snapshot() };
}

describe.each(scenarios)('$name, Excel rejecting a whole request', (scenario) => {
  let syncs: { operations: number }[] = [];
  beforeAll(async () => {
    ({ syncs } = await reference(scenario));
  });

  it('takes several requests (so that failing each of them means something)', () => {
    expect(syncs.length).toBeGreaterThanOrEqual(4);
  });

  it('is left exactly as it was whichever request fails', async () => {
    for (let k = 1; k <= syncs.length; k++) {
      const excel = await prepared(scenario);
      const before = excel.snapshot();
      excel.failAtSync(k);
      const error = await build(excel, scenario.spec, { requestBudget: scenario.requestBudget }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkbookBuildError);
      expect(error).toMatchObject({ restored: true });
      expect({ k, same: excel.snapshot() === before }).toEqual({ k, same: true });
    }
  });
});

describe.each(scenarios.filter((s) => s.partial))('$name, Excel applying only the first operations of a request', (scenario) => {
  let syncs: { operations: number }[] = [];
  let after = '';
  beforeAll(async () => {
    ({ syncs, after } = await reference(scenario));
  });

  it('is left as it was, or fully built when only the deletion of the previous sheets was cut short', async () => {
    for (let k = 1; k <= syncs.length; k++) {
      const ops = syncs[k - 1]?.operations ?? 0;
      const last = scenario.replaces && k === syncs.length;
      const inSwap = k > syncs.length - (scenario.replaces ? 2 : 1);
      const cuts = inSwap ? Array.from({ length: ops + 1 }, (_, i) => i) : [...new Set([0, 1, Math.floor(ops / 2), Math.max(0, ops - 1)])];
      for (const cut of cuts) {
        const excel = await prepared(scenario, { partialBatches: true });
        const before = excel.snapshot();
        excel.failAtSync(k, cut);
        const outcome = await build(excel, scenario.spec, { requestBudget: scenario.requestBudget }).then(
          () => 'built',
          (e: unknown) => (e instanceof WorkbookBuildError && e.restored ? 'restored' : `unexpected ${String(e)}`),
        );
        const now = excel.snapshot();
        const seen = { k, cut, outcome, asBefore: now === before, asBuilt: now === after };
        if (last && cut > 0) expect(seen).toEqual({ k, cut, outcome: 'built', asBefore: false, asBuilt: true });
        else expect(seen).toEqual({ k, cut, outcome: 'restored', asBefore: true, asBuilt: false });
      }
    }
  });
});
