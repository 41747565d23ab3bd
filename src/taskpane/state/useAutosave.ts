/** Saves the model being edited with the workbook shortly after each change, so work is never lost. */
import { useEffect, useState } from 'react';
import type { ModelInput } from '../../engine/model/schema';
import type { WorkbookPort } from '../workbook/WorkbookPort';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

export const AUTOSAVE_DELAY_MS = 400;

export function useAutosave(port: WorkbookPort, model: ModelInput, revision: number): SaveStatus {
  const [status, setStatus] = useState<SaveStatus>('idle');
  useEffect(() => {
    if (revision === 0) return undefined;
    let live = true;
    const timer = setTimeout(() => {
      setStatus('saving');
      port.saveModel(model).then(
        () => live && setStatus('saved'),
        () => live && setStatus('failed'),
      );
    }, AUTOSAVE_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [port, model, revision]);
  return status;
}
