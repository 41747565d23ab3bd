/** A description as the version before the Routes sheet wrote it, for the specs of a rebuild over such a workbook. */
import { buildModelSheet } from '../../../../src/workbook/build/modelSheet';
import type { SheetSpec, TableSpec, WorkbookSpec } from '../../../../src/workbook/spec';
import { exampleInput } from './fixtures';

/** The example as the previous version described it: no Routes sheet, a waterfall table beside the Channels inputs. */
export function beforeRoutes(spec: WorkbookSpec): WorkbookSpec {
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

