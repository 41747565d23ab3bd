/**
 * A failed build leaves the workbook as it was: a failure is injected at every request of a build in
 * turn, both as Excel rejecting a whole batch and as Excel applying a batch's first operations only,
 * and the workbook (every sheet, cell, table, rule and chart) is compared with a snapshot taken before.
 */
import { FakeExcel } from '../../../doubles/excel';
import { WorkbookBuildError } from '../../../../src/workbook/office';
import type { WorkbookSpec } from '../../../../src/workbook/spec';
import type { ModelInput } from '../../../../src/engine/model/schema';
import { describeWorkbook } from '../../../../src/workbook/build/describeWorkbook';
import type { BuildRecord } from '../../../../src/workbook/history/buildRecord';
import { exampleInput, generatedInput, load, specOf } from './fixtures';
import { build, userWorkbook } from './helpers';
import { syntheticSpec } from './syntheticSpec';
import { beforeRoutes } from './supersededSpec';
import { addUserContent } from './userContent';
import { withWaterfall } from './waterfallSpec';

interface Scenario {
  readonly name: string;
  /** A fresh workbook in the state before the build under test (its syncs are not counted). */
  readonly setUp: (excel: FakeExcel) => Promise<void>;
  readonly spec: WorkbookSpec;
  /** The description of the build the workbook holds, for hand-made descriptions (else the stored model's). */
  readonly previous?: WorkbookSpec;
  readonly requestBudget: number;
  /** Fail after every prefix of every request (else a few prefixes of each). */
  readonly everyCut: boolean;
  /**
   * The build deletes a table: put back, it has its name, range, style and cells again, but to Excel it is
   * a new table (a new id), so the comparison leaves table ids out.
   */
  readonly dropsTables?: boolean;
}

/** A build record of the change history (hand-made: the failures are about writing it, not making it). */
const record = (at: string, changes: string): BuildRecord => ({ at, fingerprint: '0123456789abcdef', by: 'Dana', where: 'Excel add-in', model: 'Backup vendor', changes });
const firstBuild = record('2026-11-30T09:00:00.000Z', 'First build');
const withHistory = (input: ModelInput, history: readonly BuildRecord[]): WorkbookSpec => describeWorkbook(load(input), { source: input, history });

const scenarios: Scenario[] = [
  { name: 'first build of the example model next to a user sheet', setUp: async () => undefined, spec: specOf(exampleInput()), requestBudget: 1_000_000, everyCut: true },
  {
    name: 'rebuild of the example model with products added and removed, around the user’s own content',
    setUp: async (excel) => {
      await build(excel, specOf(exampleInput()));
      addUserContent(excel);
    },
    spec: specOf(generatedInput(12)),
    requestBudget: 120_000,
    everyCut: false,
  },
  {
    name: 'rebuild of a workbook with a change history (its rows and the record on the model sheet as they were)',
    setUp: async (excel) => {
      await build(excel, withHistory(exampleInput(), [firstBuild]));
    },
    spec: withHistory(generatedInput(3), [firstBuild, record('2026-11-30T10:00:00.000Z', '=1 list price changed')]),
    requestBudget: 200_000,
    everyCut: false,
  },
  {
    name: 'rebuild of 300 products in small requests, with user cells beside the tables',
    setUp: async (excel) => {
      await build(excel, syntheticSpec(250), { describePrevious: async () => null });
      excel.setCells('Price book', { G2: 'note', G5: '=C5*0.1' });
      excel.setCells('Sheet1', { D1: "='Price book'!C5" });
    },
    spec: syntheticSpec(300),
    previous: syntheticSpec(250),
    requestBudget: 20_000,
    everyCut: false,
  },
  {
    name: 'rebuild of a workbook holding a waterfall chart (its series, fills, labels and legend drawn again)',
    setUp: async (excel) => {
      await build(excel, withWaterfall(syntheticSpec(5)), { describePrevious: async () => null });
    },
    spec: withWaterfall(syntheticSpec(8)),
    previous: withWaterfall(syntheticSpec(5)),
    requestBudget: 4_000,
    everyCut: true,
  },
  {
    name: 'rebuild of a workbook built before the Routes sheet (a table the new description no longer has is deleted)',
    setUp: async (excel) => {
      await build(excel, beforeRoutes(specOf(exampleInput())), { describePrevious: async () => null });
    },
    spec: specOf(exampleInput()),
    previous: beforeRoutes(specOf(exampleInput())),
    requestBudget: 200_000,
    everyCut: false,
    dropsTables: true,
  },
];

/** The workbook's state for comparison: table ids left out where the build deletes a table. */
const stateOf = (excel: FakeExcel, scenario: Scenario): string => (scenario.dropsTables === true ? excel.snapshot().replace(/\{"id":\d+,"name":/g, '{"name":') : excel.snapshot());

async function prepared(scenario: Scenario, options: { partialBatches?: boolean } = {}): Promise<FakeExcel> {
  const excel = userWorkbook();
  await scenario.setUp(excel);
  const fresh = new FakeExcel(options);
  fresh.state = excel.state;
  return fresh;
}

const buildOf = (excel: FakeExcel, scenario: Scenario): Promise<unknown> =>
  build(excel, scenario.spec, { requestBudget: scenario.requestBudget, ...(scenario.previous ? { describePrevious: async () => scenario.previous ?? null } : {}) });

/** The requests of a successful build of the scenario. */
async function reference(scenario: Scenario): Promise<{ operations: number }[]> {
  const excel = await prepared(scenario);
  await buildOf(excel, scenario);
  return excel.syncs.map((s) => ({ operations: s.operations.length }));
}

describe.each(scenarios)('$name', (scenario) => {
  let syncs: { operations: number }[] = [];
  beforeAll(async () => {
    syncs = await reference(scenario);
  });

  it('takes several requests (so that failing each of them means something)', () => {
    expect(syncs.length).toBeGreaterThanOrEqual(3);
  });

  it('is left exactly as it was whichever request Excel rejects', async () => {
    for (let k = 1; k <= syncs.length; k++) {
      const excel = await prepared(scenario);
      const before = stateOf(excel, scenario);
      excel.failAtSync(k);
      const error = await buildOf(excel, scenario).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkbookBuildError);
      expect({ k, restored: (error as WorkbookBuildError).restored, same: stateOf(excel, scenario) === before }).toEqual({ k, restored: true, same: true });
    }
  });

  it('is left exactly as it was whichever prefix of a request Excel applies', async () => {
    for (let k = 1; k <= syncs.length; k++) {
      const ops = syncs[k - 1]?.operations ?? 0;
      const cuts = scenario.everyCut ? Array.from({ length: ops + 1 }, (_, i) => i) : [...new Set([0, 1, Math.floor(ops / 3), Math.floor((2 * ops) / 3), Math.max(0, ops - 1)])];
      for (const cut of cuts) {
        const excel = await prepared(scenario, { partialBatches: true });
        const before = stateOf(excel, scenario);
        excel.failAtSync(k, cut);
        const outcome = await buildOf(excel, scenario).then(
          () => 'built',
          (e: unknown) => (e instanceof WorkbookBuildError && e.restored ? 'restored' : `unexpected ${String(e)}`),
        );
        expect({ k, cut, outcome, asBefore: stateOf(excel, scenario) === before }).toEqual({ k, cut, outcome: 'restored', asBefore: true });
      }
    }
  });
});
