/**
 * The playground's workbook: the last built workbook description, the worked example sheet and the
 * selected cell, held in memory for the preview. Subscribable, for React's useSyncExternalStore.
 */
import type { WorkbookSpec } from '../workbook/spec';
import type { CellLocation } from '../taskpane/workbook/WorkbookPort';
import type { ExampleGrid } from '../taskpane/workbook/example';

export interface PlaygroundState {
  readonly spec: WorkbookSpec | null;
  readonly example: ExampleGrid | null;
  readonly selection: CellLocation | null;
  /** Increases with every build, for the preview to say what it shows. */
  readonly builds: number;
}

export class PlaygroundWorkbook {
  private state: PlaygroundState = { spec: null, example: null, selection: null, builds: 0 };
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): PlaygroundState => this.state;

  private update(patch: Partial<PlaygroundState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  setSpec(spec: WorkbookSpec): void {
    this.update({ spec, builds: this.state.builds + 1 });
  }

  setExample(example: ExampleGrid): void {
    this.update({ example, selection: { sheet: EXAMPLE_SHEET, address: 'A1' } });
  }

  select(selection: CellLocation): void {
    this.update({ selection });
  }
}

/** The name of the sheet the worked example goes to in the playground (Excel uses the active sheet). */
export const EXAMPLE_SHEET = 'Example';
