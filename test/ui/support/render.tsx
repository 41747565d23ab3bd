/** Rendering panels for specs: Fluent's provider, the model editor, and a workbook port of jest mocks. */
import type { ReactElement, ReactNode } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Model, ModelInput } from '../../../src/engine/model/schema';
import { ModelEditorProvider, type ModelEditor } from '../../../src/taskpane/state/ModelEditor';
import { STARTER_MODEL } from '../../../src/taskpane/state/starterModel';
import type { BuildOptions, BuildResult, CellLocation, WorkbookPort } from '../../../src/taskpane/workbook/WorkbookPort';

// jsdom has no layout, hence no ResizeObserver; Fluent's MessageBar observes its own width to reflow.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!('ResizeObserver' in globalThis)) Object.assign(globalThis, { ResizeObserver: NoLayoutResizeObserver });

export type MockPort = { [K in keyof WorkbookPort]: WorkbookPort[K] extends (...args: infer A) => infer R ? jest.Mock<R, A> : WorkbookPort[K] };

export function mockPort(saved: ModelInput | null = null): MockPort {
  return {
    host: 'playground',
    loadModel: jest.fn(async () => saved),
    saveModel: jest.fn(async (_model: ModelInput): Promise<void> => undefined),
    build: jest.fn(async (_model: Model, _options?: BuildOptions): Promise<BuildResult> => ({ sheets: ['Packaging'], notes: [] })),
    readFromWorkbook: jest.fn(async () => ({ model: STARTER_MODEL, problems: [] })),
    writeQuote: jest.fn(async (_model: Model): Promise<void> => undefined),
    selectCell: jest.fn(async (_location: CellLocation): Promise<void> => undefined),
    insertExample: jest.fn(async () => ({ sheet: 'Sheet1', address: 'A1' })),
  };
}

/** The latest editor state, for specs that check what the model became. */
export interface EditorProbe {
  current: ModelEditor | null;
}

export function renderWithEditor(ui: ReactNode, model: ModelInput = STARTER_MODEL): RenderResult & { probe: EditorProbe } {
  const probe: EditorProbe = { current: null };
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <ModelEditorProvider initial={model}>
        {(editor) => {
          probe.current = editor;
          return ui;
        }}
      </ModelEditorProvider>
    </FluentProvider>,
  );
  return { ...result, probe };
}

export function renderInFluent(ui: ReactElement): RenderResult {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}
