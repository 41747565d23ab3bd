/** The playground's workbook port and preview: build with progress and cancel, restore, read back, example. */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PlaygroundWorkbook } from '../../src/playground/PlaygroundWorkbook';
import { MODEL_STORAGE_KEY, playgroundPort } from '../../src/playground/playgroundPort';
import { WorkbookPreview } from '../../src/playground/WorkbookPreview';
import { sheetByKey } from '../../src/workbook/spec';
import { STARTER_MODEL } from '../../src/taskpane/state/starterModel';
import { validateModel } from '../../src/taskpane/state/validateModel';
import type { BuildProgress } from '../../src/taskpane/workbook/WorkbookPort';
import { renderInFluent } from './support/render';
import { generatedInput, load } from '../unit/workbook/office/fixtures';
import { changeSummary, compareModels } from '../../src/engine';

const model = validateModel(STARTER_MODEL).model!;

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

describe('Playground workbook port', () => {
  it('keeps the model in storage, so a reload restores it', async () => {
    const storage = memoryStorage();
    const port = playgroundPort(new PlaygroundWorkbook(), { storage });
    expect(await port.loadModel()).toBeNull();
    await port.saveModel({ ...STARTER_MODEL, name: 'Kept' });
    expect(JSON.parse(storage.items.get(MODEL_STORAGE_KEY) ?? '{}').name).toBe('Kept');
    expect((await playgroundPort(new PlaygroundWorkbook(), { storage }).loadModel())?.name).toBe('Kept');
  });

  it('builds every sheet of the description, reporting progress sheet by sheet', async () => {
    const workbook = new PlaygroundWorkbook();
    const progress: BuildProgress[] = [];
    const result = await playgroundPort(workbook, { storage: memoryStorage() }).build(model, { onProgress: (p) => progress.push(p) });
    const spec = workbook.getSnapshot().spec!;
    expect(result.sheets).toEqual(spec.sheets.filter((s) => s.visibility === 'visible').map((s) => s.name));
    expect(progress.map((p) => p.done)).toEqual([...spec.sheets.keys(), spec.sheets.length]);
    expect(progress[progress.length - 1]).toEqual({ done: spec.sheets.length, total: spec.sheets.length, stage: 'Done' });
  });

  it('hands the page back to the browser between sheets, so progress is drawn and Cancel can be pressed mid-build', async () => {
    expect(typeof MessageChannel).toBe('undefined');
    const workbook = new PlaygroundWorkbook();
    const abort = new AbortController();
    const progress: number[] = [];
    // A task queued at the first report (as a click on Cancel would be) runs before the build ends.
    const building = playgroundPort(workbook, { storage: memoryStorage() }).build(model, { signal: abort.signal, onProgress: (p) => (progress.push(p.done), p.done === 0 && setTimeout(() => abort.abort(), 0)) });
    await expect(building).rejects.toMatchObject({ name: 'AbortError' });
    expect(progress).toEqual([0]);
    expect(workbook.getSnapshot().spec).toBeNull();
  });

  it('a cancelled build leaves the previous workbook as it was', async () => {
    const workbook = new PlaygroundWorkbook();
    const port = playgroundPort(workbook, { storage: memoryStorage() });
    await port.build(model);
    const before = workbook.getSnapshot();
    const abort = new AbortController();
    const building = port.build(model, { signal: abort.signal, onProgress: (p) => p.done === 2 && abort.abort() });
    await expect(building).rejects.toMatchObject({ name: 'AbortError' });
    expect(workbook.getSnapshot()).toBe(before);
  });

  it('keeps a history: a row per build, from the playground, naming nobody, the second saying what changed', async () => {
    const workbook = new PlaygroundWorkbook();
    const port = playgroundPort(workbook, { storage: memoryStorage() });
    await port.build(model);
    await port.build({ ...model, name: `${model.name} (revised)` });
    const rows = sheetByKey(workbook.getSnapshot().spec!, 'history')?.tables[0]?.rows.map((r) => r.map((c) => (c.kind === 'text' ? c.value : null))) ?? [];
    expect(rows.map((r) => r.slice(2, 5))).toEqual([['', 'Playground', model.name], ['', 'Playground', `${model.name} (revised)`]]);
    expect(rows.map((r) => r[5])).toEqual(['First build', expect.not.stringMatching(/^(First build|No changes)$/)]);
  });

  it('writes in the history the summary the engine gives of the two builds’ models, for a big model compared in turns', async () => {
    const workbook = new PlaygroundWorkbook();
    const port = playgroundPort(workbook, { storage: memoryStorage() });
    const input = generatedInput(40);
    const first = load(input);
    const [head, ...rest] = input.prices ?? [];
    const second = load({ ...input, name: `${first.name} (repriced)`, prices: [{ ...head!, listPrice: (head!.listPrice ?? 0) + 50 }, ...rest] });
    await port.build(first);
    await port.build(second);
    const rows = sheetByKey(workbook.getSnapshot().spec!, 'history')?.tables[0]?.rows.map((r) => (r[5]?.kind === 'text' ? r[5].value : null)) ?? [];
    expect(rows).toEqual(['First build', changeSummary(compareModels(load(input), second))]);
    expect(rows[1]).toMatch(/^1 list price changed/);
  });

  it('reads back the model the workbook was built from', async () => {
    const workbook = new PlaygroundWorkbook();
    const port = playgroundPort(workbook, { storage: memoryStorage() });
    await expect(port.readFromWorkbook()).rejects.toThrow('The workbook is empty: build it first.');
    await port.build(model, { source: STARTER_MODEL });
    expect((await port.readFromWorkbook()).model).toEqual(JSON.parse(JSON.stringify(STARTER_MODEL)));
  });
});

describe('Workbook preview', () => {
  it('shows each visible sheet as a grid of the values Excel shows, formulas on hover', async () => {
    const workbook = new PlaygroundWorkbook();
    const port = playgroundPort(workbook, { storage: memoryStorage() });
    renderInFluent(<WorkbookPreview workbook={workbook} />);
    expect(screen.getByText('Nothing built yet: press Build workbook in the pane.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download .xlsx' })).toBeDisabled();
    await act(() => port.build(model));
    expect(screen.getByRole('tab', { name: 'Price book', selected: false })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Tiercraft model' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Price book' }));
    const grid = screen.getByRole('table', { name: 'Sheet Price book' });
    expect(within(grid).getAllByText('$1,200.00').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Download .xlsx' })).toBeEnabled();
  });

  it('a sheet chosen after the build shows the engine’s figures as its formats show them, down to the last row shown', async () => {
    const workbook = new PlaygroundWorkbook();
    const port = playgroundPort(workbook, { storage: memoryStorage() });
    renderInFluent(<WorkbookPreview workbook={workbook} />);
    await act(() => port.build(load(generatedInput(150))));
    await userEvent.click(screen.getByRole('tab', { name: 'Price book' }));
    const grid = screen.getByRole('table', { name: 'Sheet Price book' });
    const cell = (address: string): HTMLElement | null => grid.querySelector(`[data-cell="${address}"]`);
    // Prices from row 5, three tiers a product: SKU-00130 (the 130th) on Enterprise is row 5 + 129 × 3 + 2 = 394.
    // Its list prices (fixtures.ts): 10 + 129 mod 50 + 2 × 5 + months / 12, i.e. 49.083…, 50 and 52.
    expect(['A394', 'B394', 'D394', 'E394', 'F394'].map((a) => cell(a)?.textContent)).toEqual(['SKU-00130', 'enterprise', '$49.08', '$50.00', '$52.00']);
    expect(cell('A400')).toHaveTextContent('SKU-00132');
    expect(cell('A401')).toBeNull();
  }, 120_000);

  it('the worked example appears on its own sheet with its cell selected, TIERED results from the ladder engine', async () => {
    const workbook = new PlaygroundWorkbook();
    const port = playgroundPort(workbook, { storage: memoryStorage() });
    renderInFluent(<WorkbookPreview workbook={workbook} />);
    await act(async () => void (await port.insertExample()));
    const grid = screen.getByRole('table', { name: 'Sheet Example' });
    // 25 units graduated: 10 × 50 + 15 × 45 = 1,175; 120 units: 500 + 40 × 45 + 70 × 40 = 5,100.
    const cell = (address: string): HTMLElement => grid.querySelector(`[data-cell="${address}"]`) as HTMLElement;
    expect(cell('B10')).toHaveTextContent('1,175');
    expect(cell('B10')).toHaveAttribute('title', 'B10: =PRICING.TIERED(A10,$A$3:$B$6)');
    expect(cell('B11')).toHaveTextContent('5,100');
    expect(cell('D11')).toHaveTextContent('4,800');
    expect(cell('A1')).toHaveAttribute('aria-selected', 'true');
  });

  it('selecting one cell after another keeps the preview on screen, where scrollIntoView returns a Promise (Chromium)', async () => {
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function scrollIntoView(): Promise<void> {
      return Promise.resolve();
    } as unknown as typeof original;
    try {
      const workbook = new PlaygroundWorkbook();
      const port = playgroundPort(workbook, { storage: memoryStorage() });
      renderInFluent(<WorkbookPreview workbook={workbook} />);
      await act(() => port.build(model));
      await act(() => port.selectCell({ sheet: 'Price book', address: 'B3' }));
      await act(() => port.selectCell({ sheet: 'Price book', address: 'C4' }));
      const grid = screen.getByRole('table', { name: 'Sheet Price book' });
      expect(grid.querySelector('[data-cell="C4"]')).toHaveAttribute('aria-selected', 'true');
      expect(grid.querySelector('[data-cell="B3"]')).not.toHaveAttribute('aria-selected');
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });
});
