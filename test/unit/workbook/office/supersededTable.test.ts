/**
 * A workbook built before the Routes sheet had the Channels sheet's ChannelWaterfall table: a rebuild
 * removes that table (not just its cells: an emptied table would stay behind as a table of no one) and
 * adds the Routes sheet, leaving the user's cells beside the Channels tables alone.
 */
import type { FakeExcel } from '../../../doubles/excel';
import { describeWorkbook } from '../../../../src/workbook/build/describeWorkbook';
import { exampleInput, load } from './fixtures';
import { build, userWorkbook } from './helpers';
import { beforeRoutes } from './supersededSpec';

const channelsSheet = (excel: FakeExcel) => excel.state.sheets.find((s) => s.name === 'Channels');

describe('a rebuild of a workbook built with the Channels sheet’s waterfall table', () => {
  it('removes the table and its cells, and adds the Routes sheet', async () => {
    const excel = userWorkbook();
    await build(excel, (layout) => beforeRoutes(describeWorkbook(load(exampleInput()), { ...layout, source: exampleInput() })), { describePrevious: undefined });
    const old = channelsSheet(excel)?.tables.find((t) => t.name === 'ChannelWaterfall');
    expect(old).toBeDefined();
    await build(excel, (layout) => describeWorkbook(load(exampleInput()), { ...layout, source: exampleInput() }));
    expect(channelsSheet(excel)?.tables.map((t) => t.name).sort()).toEqual(['Channels', 'LevelProgramme', 'PartnerLevels', 'RebateTiers']);
    expect(excel.state.sheets.map((s) => s.name)).toContain('Routes');
    // Its caption, headers and rows: every cell empty again.
    // The tables that stand there now (the rebate tiers and programme terms), captions included, are not left over.
    const now = channelsSheet(excel)?.tables.map((t) => t.rect) ?? [];
    const covered = (r: number, c: number) => now.some((t) => r >= t.row - 1 && r <= t.lastRow && c >= t.col && c <= t.lastCol);
    const left = [...(channelsSheet(excel)?.cells ?? [])].filter(([key, cell]) => {
      const [r, c] = key.split(',').map(Number) as [number, number];
      return old !== undefined && r >= old.rect.row - 1 && r <= old.rect.lastRow && c >= old.rect.col && c <= old.rect.lastCol && !covered(r, c) && cell.value !== '';
    });
    expect(left).toEqual([]);
  });
});
