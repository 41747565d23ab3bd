/** A description as the version before the Routes sheet wrote it, for the specs of a rebuild over such a workbook. */
import { buildModelSheet } from '../../../../src/workbook/build/modelSheet';
import type { SheetSpec, TableSpec, WorkbookSpec } from '../../../../src/workbook/spec';
import { exampleInput } from './fixtures';

/**
 * The example as the previous version described it: no Routes sheet; on the Channels sheet no rebate
 * tiers or programme terms, a Channels table without its Funding column, and a waterfall table beside it.
 */
export function beforeRoutes(spec: WorkbookSpec): WorkbookSpec {
  const channels = spec.sheets.find((s) => s.key === 'channels') as SheetSpec;
  const current = channels.tables.find((t) => t.name === 'Channels') as TableSpec;
  const inputs: TableSpec = { ...current, columns: current.columns.slice(0, 4), rows: current.rows.map((r) => r.slice(0, 4)) };
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
  const oldTables = (s: SheetSpec): TableSpec[] => [...s.tables.filter((t) => t.name === 'PartnerLevels'), inputs, waterfall];
  const sheets = spec.sheets
    .filter((s) => s.key !== 'routes' && s.key !== 'model')
    .map((s) => (s.key === 'channels' ? { ...s, tables: oldTables(s), validations: s.validations.filter((v) => v.range.at.col < inputs.at.col + 4) } : s));
  const model = spec.sheets.find((s) => s.key === 'model') as SheetSpec;
  return { ...spec, sheets: [...sheets, buildModelSheet(model.name, sheets, exampleInput())] };
}

