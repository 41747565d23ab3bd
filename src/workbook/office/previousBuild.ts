/**
 * The previous build of a workbook, re-described from the model it stored: what a failed rebuild puts
 * Tiercraft's drop-down lists, conditional formats and charts back from.
 */
import { describeStoredModel } from '../build/describeWorkbook';
import type { WorkbookSpec } from '../spec';
import { StoredModelError } from './messages';
import { loadModel } from './modelStore';
import type { WorkbookLayout } from './renderWorkbook';

/** A `describePrevious` for renderWorkbook; null when the workbook holds no valid model. */
export const previousBuild =
  (context: Excel.RequestContext) =>
  async (layout: WorkbookLayout): Promise<WorkbookSpec | null> => {
    const stored = await loadModel(context).catch((error: unknown) => {
      // A damaged stored model: the build goes on, and a failure puts back the cells only.
      if (error instanceof StoredModelError) return null;
      throw error;
    });
    return describeStoredModel(stored, layout);
  };
