/** Building the workbook from the task pane: progress, cancel, clash questions and the outcome. */
import { useCallback, useRef, useState } from 'react';
import type { Model, ModelInput } from '../../engine/model/schema';
import { isAbortError, type BuildProgress, type ClashDecision, type SheetClash, type WorkbookPort } from '../workbook/WorkbookPort';

export type BuildState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly progress: BuildProgress }
  | { readonly status: 'done'; readonly message: string }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

export interface PendingClash {
  readonly clash: SheetClash;
  readonly answer: (decision: ClashDecision) => void;
}

export interface BuildControl {
  readonly state: BuildState;
  readonly clash: PendingClash | null;
  readonly start: (model: Model, source?: ModelInput) => Promise<void>;
  readonly cancel: () => void;
}

export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function useBuild(port: WorkbookPort): BuildControl {
  const [state, setState] = useState<BuildState>({ status: 'idle' });
  const [clash, setClash] = useState<PendingClash | null>(null);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(
    async (model: Model, source?: ModelInput): Promise<void> => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setState({ status: 'running', progress: { done: 0, total: 1, stage: 'Preparing the sheets' } });
      try {
        const result = await port.build(model, {
          signal: abort.signal,
          source,
          onProgress: (progress) => {
            if (!abort.signal.aborted) setState({ status: 'running', progress });
          },
          onClash: (c) =>
            new Promise<ClashDecision>((resolve) => {
              setClash({ clash: c, answer: (decision) => (setClash(null), resolve(decision)) });
            }),
        });
        const notes = result.notes.length > 0 ? ` ${result.notes.join(' ')}` : '';
        setState({ status: 'done', message: `Built ${result.sheets.length} sheets: ${result.sheets.join(', ')}.${notes}` });
      } catch (error) {
        setState(isAbortError(error) ? { status: 'cancelled' } : { status: 'failed', message: errorText(error) });
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [port],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, clash, start, cancel };
}
