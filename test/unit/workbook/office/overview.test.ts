/**
 * The Overview through the Office.js renderer: its links read their target from the registry anchor that
 * Excel rewrites when a user renames a sheet, and a rebuild shows the new name; MINIFS and the links are
 * written as typed (no file-format prefix).
 */
import { describeWorkbook } from '../../../../src/workbook/build/describeWorkbook';
import { sheetOfAnchor } from '../../../../src/workbook/registry';
import { exampleInput, load } from './fixtures';
import { build, userWorkbook } from './helpers';

const describe_ = (layout: Parameters<typeof describeWorkbook>[1]) => describeWorkbook(load(exampleInput()), { ...layout, source: exampleInput() });

describe('the Overview in Excel', () => {
  it('links through the anchor a rename rewrites, and shows the new name after a rebuild', async () => {
    const excel = userWorkbook();
    await build(excel, describe_);
    const link = excel.cell('Overview', 'B6')?.formula ?? '';
    expect(link).toBe(`=HYPERLINK("#"&MID(FORMULATEXT('Tiercraft model'!$C$7),2,255),"Price book")`);
    expect(excel.cell('Overview', 'K5')?.formula).toMatch(/^=IF\(COUNTIFS\(.*MINIFS\('Price book'!/);
    excel.context.workbook.worksheets.getItem('Price book').name = 'Prices 2026';
    await excel.context.sync();
    // The cell the link reads now names the renamed sheet: the link's target follows without a rebuild.
    expect(sheetOfAnchor(excel.cell('Tiercraft model', 'C7')?.formula ?? '')).toBe('Prices 2026');
    await build(excel, describe_);
    expect(excel.sheetNames()).toContain('Prices 2026');
    expect(excel.cell('Overview', 'B6')?.formula).toBe(`=HYPERLINK("#"&MID(FORMULATEXT('Tiercraft model'!$C$7),2,255),"Prices 2026")`);
  });
});
