/**
 * A workbook built before the Routes sheet had the Channels sheet's ChannelWaterfall table: a rebuild
 * removes that table (not just its cells: an emptied table would stay behind as a table of no one) and
 * adds the Routes sheet, leaving the user's cells beside the Channels tables alone.
 */
import type { FakeExcel } from '../../../doubles/excel';
import { describeWorkbook } from '../../../../src/workbook/build/describeWorkbook';
import { buildModelSheet } from '../../../../src/workbook/build/modelSheet';
import type { SheetSpec, TableSpec, WorkbookSpec } from '../../../../src/workbook/spec';
import { exampleInput, load } from './fixtures';
import { build, userWorkbook } from './helpers';

/** The example as the previous version described it: no Routes sheet, a waterfall table beside the Channels inputs. */
function before(spec: WorkbookSpec): WorkbookSpec {
  const channels = spec.sheets.find((s) => s.key === 'channels') as SheetSpec;
  const inputs = channels.tables.find((t) => t.name === 'Channels') as TableSpec;
  const waterfall: TableSpec = {
    name: 'ChannelWaterfall',
    at: { row: inputs.at.row, col: inputs.at.col + inputs.columns.length + 1 },
    style: 'TableStyleMedium2',
    caption: 'Waterfall of one unit through every channel and partner level',
    columns: [
      { header: 'Item', format: 'text', role: 'label' },
      { header: 'Customer price', format: 'money', role: 'formula' },
    ],
    rows: [
      [{ kind: 'text', value: 'BK-CLI' }, { kind: 'formula', formula: '=1+1', result: 2 }],
      [{ kind: 'text', value: 'BK-PRO' }, { kind: 'formula', formula: '=2+2', result: 4 }],
    ],
  };
  const sheets = spec.sheets.filter((s) => s.key !== 'routes' && s.key !== 'model').map((s) => (s.key === 'channels' ? { ...s, tables: [...s.tables, waterfall] } : s));
  const model = spec.sheets.find((s) => s.key === 'model') as SheetSpec;
  return { ...spec, sheets: [...sheets, buildModelSheet(model.name, sheets, exampleInput())] };
}

const channelsSheet = (excel: FakeExcel) => excel.state.sheets.find((s) => s.name === 'Channels');

describe('a rebuild of a workbook built with the Channels sheet’s waterfall table', () => {
  it('removes the table and its cells, and adds the Routes sheet', async () => {
    const excel = userWorkbook();
    await build(excel, (layout) => before(describeWorkbook(load(exampleInput()), { ...layout, source: exampleInput() })), { describePrevious: undefined });
    const old = channelsSheet(excel)?.tables.find((t) => t.name === 'ChannelWaterfall');
    expect(old).toBeDefined();
    await build(excel, (layout) => describeWorkbook(load(exampleInput()), { ...layout, source: exampleInput() }));
    expect(channelsSheet(excel)?.tables.map((t) => t.name).sort()).toEqual(['Channels', 'PartnerLevels']);
    expect(excel.state.sheets.map((s) => s.name)).toContain('Routes');
    // Its caption, headers and rows: every cell empty again.
    const left = [...(channelsSheet(excel)?.cells ?? [])].filter(([key, cell]) => {
      const [r, c] = key.split(',').map(Number) as [number, number];
      return old !== undefined && r >= old.rect.row - 1 && r <= old.rect.lastRow && c >= old.rect.col && c <= old.rect.lastCol && cell.value !== '';
    });
    expect(left).toEqual([]);
  });
});
