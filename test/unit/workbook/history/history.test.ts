/** The change history: the History sheet's table, the record kept on the model sheet, fingerprints and the first build. */
import { describeWorkbook } from '../../../../src/workbook/build/describeWorkbook';
import { HISTORY_COLUMNS, HISTORY_TABLE } from '../../../../src/workbook/build/history';
import { canonicalJson, FIRST_BUILD, type BuildRecord, modelFingerprint } from '../../../../src/workbook/history/buildRecord';
import { fingerprintOf, nextHistory } from '../../../../src/workbook/history/nextHistory';
import { NO_HISTORY, historyJson, parseStoredHistory } from '../../../../src/workbook/history/storedHistory';
import { HISTORY_JSON_COL, joinModelChunks, REGISTRY_AT } from '../../../../src/workbook/registry';
import { sheetByKey } from '../../../../src/workbook/spec';
import { example, load } from '../../../support/models';

const first: BuildRecord = { at: '2026-11-30T09:00:00.000Z', fingerprint: '0123456789abcdef', by: 'Dana', where: 'CLI', model: 'Backup vendor', changes: FIRST_BUILD };
// A summary that starts like a formula must stay text.
const second: BuildRecord = { ...first, at: '2026-11-30T10:00:00.000Z', fingerprint: 'fedcba9876543210', where: 'Excel add-in', changes: '-1 list price; =SUM(A1)' };

describe('the History sheet', () => {
  const spec = describeWorkbook(load(example()), { history: [first, second], source: example() });
  const sheet = sheetByKey(spec, 'history');
  const table = sheet?.tables.find((t) => t.name === HISTORY_TABLE);

  it('stands after Checks and before the model sheet, named Build history (Excel reserves History)', () => {
    expect(spec.sheets.map((s) => s.key).slice(-3)).toEqual(['checks', 'history', 'model']);
    expect(sheet?.name).toBe('Build history');
  });

  it('lists every build, oldest first, every cell text', () => {
    expect(table?.columns.map((c) => [c.header, c.format, c.role])).toEqual(HISTORY_COLUMNS.map((h) => [h, 'text', 'label']));
    expect(table?.rows).toEqual([first, second].map((r) => [r.at, r.fingerprint, r.by, r.where, r.model, r.changes].map((value) => ({ kind: 'text', value }))));
  });

  it('says that Tiercraft adds a row at every build', () => {
    const note = sheet?.cells.find((c) => c.at.row === 1 && c.at.col === 0)?.cell;
    expect(note).toMatchObject({ kind: 'text' });
    expect(note?.kind === 'text' ? note.value : '').toContain('adds a row here at every build, newest last');
  });

  it('keeps the records and the model built on the model sheet, where they read back', () => {
    const cells = sheetByKey(spec, 'model')?.cells.filter((c) => c.at.col === HISTORY_JSON_COL && c.at.row > REGISTRY_AT.row) ?? [];
    const json = joinModelChunks(cells.map((c) => (c.cell.kind === 'text' ? c.cell.value : null)));
    expect(parseStoredHistory(json)).toEqual({ records: [first, second], built: example(), damaged: false });
  });

  it('is an empty table, and the model sheet keeps no history, when none is given (a preview)', () => {
    const preview = describeWorkbook(load(example()));
    expect(sheetByKey(preview, 'history')?.tables[0]?.rows).toEqual([]);
    expect(sheetByKey(preview, 'model')?.cells.some((c) => c.at.col === HISTORY_JSON_COL)).toBe(false);
  });
});

describe('modelFingerprint', () => {
  it('is the first 16 hex digits of the SHA-256 of the canonical JSON', async () => {
    // SHA-256("{}") = 44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a
    expect(await modelFingerprint({})).toBe('44136fa355b3678a');
  });

  it('does not depend on the order of keys, and changes with any value', async () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}');
    const model = load(example());
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(model).reverse()))) as typeof model;
    expect(await fingerprintOf(reordered)).toBe(await fingerprintOf(model));
    expect(await fingerprintOf({ ...model, name: `${model.name} 2` })).not.toBe(await fingerprintOf(model));
    expect(await fingerprintOf(model)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('is the same for a model file with or without its editor hint ($schema)', async () => {
    expect(await fingerprintOf(load({ ...example(), $schema: './schema.json' }))).toBe(await fingerprintOf(load(example())));
  });
});

describe('nextHistory', () => {
  const at = new Date('2026-11-30T12:00:00Z');

  it('records the first build as such', async () => {
    const model = load(example());
    expect(await nextHistory(NO_HISTORY, { model, by: 'dana', where: 'CLI', at })).toEqual([
      { at: '2026-11-30T12:00:00.000Z', fingerprint: await fingerprintOf(model), by: 'dana', where: 'CLI', model: model.name, changes: FIRST_BUILD },
    ]);
  });

  it('keeps every earlier record as it was and adds its own last', async () => {
    const records = await nextHistory({ records: [first, second], built: example() }, { model: load(example()), by: '', where: 'Playground', at });
    expect(records.slice(0, 2)).toEqual([first, second]);
    expect(records[2]).toMatchObject({ where: 'Playground', by: '', changes: 'No changes' });
  });

  it('says that nothing changed when the model is the one the last record fingerprinted, without comparing it with the model kept', async () => {
    const model = load(example());
    const last: BuildRecord = { ...second, fingerprint: await fingerprintOf(model) };
    // The model kept differs (its name): only the fingerprint can have said "No changes".
    const kept = { ...example(), name: 'Renamed since' };
    expect((await nextHistory({ records: [first, last], built: kept }, { model, by: '', where: 'CLI', at }))[2]?.changes).toBe('No changes');
    expect((await nextHistory({ records: [first, second], built: kept }, { model, by: '', where: 'CLI', at }))[2]?.changes).not.toBe('No changes');
  });

  it('says so when the earlier history could not be read', async () => {
    const records = await nextHistory({ ...NO_HISTORY, damaged: true }, { model: load(example()), by: '', where: 'CLI', at });
    expect(records[0]?.changes).toBe(`The earlier history could not be read. ${FIRST_BUILD}`);
  });
});

describe('parseStoredHistory', () => {
  it('reads what historyJson wrote', () => {
    expect(parseStoredHistory(historyJson({ records: [first], built: example() }))).toEqual({ records: [first], built: example(), damaged: false });
  });

  it('gives no history for none, and flags broken JSON or damaged records (the others kept)', () => {
    expect(parseStoredHistory(null)).toEqual({ records: [], built: null, damaged: false });
    expect(parseStoredHistory('{"records": [')).toEqual({ records: [], built: null, damaged: true });
    expect(parseStoredHistory(JSON.stringify({ records: [first, { ...first, where: 'Mars' }], built: null }))).toEqual({ records: [first], built: null, damaged: true });
  });
});
