/**
 * The guardrail checks of the model being edited, never those of an earlier model: 'pending' while the
 * checks of a big model are being worked out.
 *
 * Checking describes the whole workbook and prices every route of every price (for a 1,000-product
 * model, most of a second): done inside a render, that held the page after each import. A model of up
 * to SMALL_MODEL_PRICES prices (a few milliseconds) is checked as it renders, so that its checks never
 * flicker while typing; a bigger one after the browser has drawn the model, in a task of its own.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Model } from '../../engine/model/schema';
import { describeWorkbook } from '../../workbook/build/describeWorkbook';
import type { WorkbookSpec } from '../../workbook/spec';
import { guardrailChecks, type Check } from './checks';
import { errorText } from './useBuild';

export type ChecksOutcome = readonly Check[] | { readonly failed: string };

/** Models with more price-book entries than this (times their scenarios) are checked outside the render. */
export const SMALL_MODEL_PRICES = 500;

/** The guardrail checks of a valid model, located in the workbook it describes (or unlocated if it cannot be described). */
export function checksOf(model: Model): ChecksOutcome {
  let spec: WorkbookSpec | null = null;
  try {
    spec = describeWorkbook(model);
  } catch {
    spec = null;
  }
  try {
    return guardrailChecks(model, spec);
  } catch (error) {
    return { failed: errorText(error) };
  }
}

const isSmall = (model: Model): boolean => model.prices.length * (model.scenarios.length + 1) <= SMALL_MODEL_PRICES;

/** Runs `work` once the browser has drawn the current frame (a frame callback, then a task after it). */
function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => (timer = setTimeout(work, 0))) : undefined;
  if (frame === undefined) timer = setTimeout(work, 0);
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

export function useChecks(model: Model | null): ChecksOutcome | 'pending' | null {
  const small = model !== null && isSmall(model);
  const inline = useMemo(() => (model && small ? checksOf(model) : null), [model, small]);
  const [deferred, setDeferred] = useState<{ readonly model: Model; readonly outcome: ChecksOutcome } | null>(null);
  useEffect(() => {
    if (!model || small) return undefined;
    return afterNextPaint(() => setDeferred({ model, outcome: checksOf(model) }));
  }, [model, small]);
  if (!model) return null;
  if (small) return inline;
  return deferred?.model === model ? deferred.outcome : 'pending';
}
