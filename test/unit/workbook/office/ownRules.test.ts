/**
 * A rebuild deletes only Tiercraft's own conditional formats. A user's formats over Tiercraft's customer
 * price highlight on the Quote sheet (on the same cells, partly overlapping, a data bar on the whole
 * column) stay through rebuilds, including one that moves the rule's rows and one whose stored model
 * cannot be described; Tiercraft's old formats do not pile up. (Injected failures: failures.test.ts, whose
 * user content holds these formats too.)
 */
import type { FakeExcel } from '../../../doubles/excel';
import type { ModelInput } from '../../../../src/engine/model/schema';
import { describeWorkbook } from '../../../../src/workbook/build/describeWorkbook';
import { rectOf } from '../../../../src/workbook/rects';
import type { WorkbookSpec } from '../../../../src/workbook/spec';
import { canonicalFormula } from '../../../../src/workbook/office/ownRules';
import { changedExampleInput, exampleInput, generatedInput, load } from './fixtures';
import { build, userWorkbook } from './helpers';
import { addUserQuoteRules, customerPriceRule, USER_FILL, userQuoteRules } from './userContent';

/** Builds as the task pane does and gives back the description written. */
async function buildModel(excel: FakeExcel, input: ModelInput, options: Parameters<typeof build>[2] = {}): Promise<WorkbookSpec> {
  let written: WorkbookSpec | null = null;
  await build(
    excel,
    (layout) => {
      written = describeWorkbook(load(input), { ...layout, source: input });
      return written;
    },
    options,
  );
  if (written === null) throw new Error('nothing was described');
  return written;
}

/** Tiercraft's formats on each sheet (everything but the user's), as `A1-style rect formula` sorted. */
function tiercraftFormats(excel: FakeExcel): Record<string, string[]> {
  return Object.fromEntries(
    excel.state.sheets.map((s) => [
      s.name,
      s.conditionalFormats
        .filter((c) => c.type === 'Custom' && c.fill !== USER_FILL)
        .map((c) => `${JSON.stringify(c.rect)} ${c.rule}`)
        .sort(),
    ]),
  );
}

/** What the description says Tiercraft's formats are, in the same form. */
const describedFormats = (spec: WorkbookSpec, excel: FakeExcel): Record<string, string[]> =>
  Object.fromEntries(excel.state.sheets.map((s) => [s.name, (spec.sheets.find((x) => x.name === s.name)?.conditionalFormats ?? []).map((c) => `${JSON.stringify(rectOf(c.range))} ${c.formula}`).sort()]));

async function withUserRules(): Promise<FakeExcel> {
  const excel = userWorkbook();
  await buildModel(excel, exampleInput());
  addUserQuoteRules(excel);
  return excel;
}

describe('a user’s conditional formats over a Tiercraft highlight', () => {
  it.each([
    ['a rebuild with products added and removed', changedExampleInput()],
    ['a rebuild that moves the highlight’s last row', generatedInput(12)],
  ])('stay as they were, in their order, through %s', async (_, input) => {
    const excel = await withUserRules();
    const before = JSON.stringify(userQuoteRules(excel));
    const spec = await buildModel(excel, input);
    expect(JSON.stringify(userQuoteRules(excel))).toBe(before);
    expect(userQuoteRules(excel).map((c) => c.type)).toEqual(['DataBar', 'Custom', 'Custom']);
    expect(tiercraftFormats(excel)).toEqual(describedFormats(spec, excel));
  });

  it('the rows do move in the second case (so that it tests something)', async () => {
    const excel = await withUserRules();
    const highlight = customerPriceRule(excel).rect;
    await buildModel(excel, generatedInput(12));
    expect(customerPriceRule(excel).rect.lastRow).not.toBe(highlight.lastRow);
    expect(customerPriceRule(excel).rect.row).toBe(highlight.row);
  });

  it('stay when the stored model cannot be described, and Tiercraft’s unchanged formats are not doubled', async () => {
    const excel = await withUserRules();
    const before = JSON.stringify(userQuoteRules(excel));
    const spec = await buildModel(excel, exampleInput(), { describePrevious: async () => null });
    expect(JSON.stringify(userQuoteRules(excel))).toBe(before);
    expect(tiercraftFormats(excel)).toEqual(describedFormats(spec, excel));
  });
});

describe('Tiercraft’s own conditional formats', () => {
  it('are exactly those of the last build after rebuilds that change them, none left over and none doubled', async () => {
    const excel = await withUserRules();
    const specs: WorkbookSpec[] = [];
    for (const input of [changedExampleInput(), generatedInput(12), generatedInput(3), exampleInput()]) specs.push(await buildModel(excel, input));
    const last = specs[specs.length - 1] as WorkbookSpec;
    expect(tiercraftFormats(excel)).toEqual(describedFormats(last, excel));
    const total = excel.state.sheets.reduce((n, s) => n + s.conditionalFormats.length, 0);
    expect(total).toBe(last.sheets.reduce((n, s) => n + s.conditionalFormats.length, 0) + 3);
  });

  it('are read in one request for every sheet, and one more for their ranges and formulas', async () => {
    const excel = await withUserRules();
    excel.resetLog();
    await buildModel(excel, changedExampleInput());
    const reads = excel.syncs.filter((s) => s.operations.some((o) => o.target.endsWith('.conditionalFormats') && o.member === 'load'));
    const details = excel.syncs.filter((s) => s.operations.some((o) => o.target.endsWith('.custom.rule') && o.member === 'load'));
    expect([reads.length, details.length]).toEqual([1, 1]);
  });
});

describe('canonicalFormula', () => {
  it.each([
    ["=AND('Checks'!$B$7=TRUE,Q6<AD6)", '=and(Checks!$B$7=true,q6<ad6)', true],
    ["=A1>'Price book'!$E$5", "=a1>'PRICE BOOK'!$E$5", true],
    ["='A1'!B2", '=A1!B2', false],
    ['=A1="Text"', '=A1="TEXT"', false],
    ['A1>0', '=A1>0', true],
    ['=A1>0', '=A1>1', false],
  ])('%s and %s are one formula: %s', (a, b, same) => {
    expect(canonicalFormula(a) === canonicalFormula(b)).toBe(same);
  });
});
