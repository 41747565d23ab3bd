/**
 * The guardrail checks of the model being edited, never those of an earlier model: 'pending' while the
 * checks of a big model are being worked out.
 *
 * Checking describes the whole workbook and prices every route of every price (for a 1,000-product
 * model, most of a second): done inside a render, that held the page after each import. A model of up
 * to SMALL_MODEL_PRICES prices (a few milliseconds) is checked as it renders, so that its checks never
 * flicker while typing; a bigger one after the browser has drawn the model, in turns (the workbook's
 * description, most of it in steps of 200 price-book entries, then the breaches, then their cells), the
 * page answering input in between.
 *
 * The workbook's description, which locates each check's cell, loads apart from the pane's first scripts
 * (it is most of the pane's code): until it has loaded, the checks are 'pending', as for a big model.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Model } from '../../engine/model/schema';
import type { describeSteps as stepsOfDescription, describeWorkbook } from '../../workbook/build/describeWorkbook';
import type { historyParts } from '../../workbook/history/historyParts';
import type { WorkbookSpec } from '../../workbook/spec';
import { modelBreaches } from '../../engine/guardrails/locateBreach';
import { nextTurn } from '../workbook/nextTurn';
import { guardrailChecks, type Check } from './checks';
import { errorText } from './useBuild';

export type ChecksOutcome = readonly Check[] | { readonly failed: string };

type Describe = typeof describeWorkbook;
let describer: Describe | null = null;
/** The description's work in steps (describeSteps), and what a build's History record needs of a model (historyParts), from the same chunk. */
let describeSteps: typeof stepsOfDescription = () => [];
let buildParts: typeof historyParts = () => [];
/** The workbook's description, loading from the moment this module does. */
const describerLoaded: Promise<Describe> = Promise.all([
  import(/* webpackChunkName: "workbook-describer" */ '../../workbook/build/describeWorkbook'),
  import(/* webpackChunkName: "workbook-describer" */ '../../workbook/history/historyParts'),
]).then(([m, h]) => {
  describer = m.describeWorkbook;
  describeSteps = m.describeSteps;
  buildParts = h.historyParts;
  return m.describeWorkbook;
});

/** Models with more price-book entries than this (times their scenarios) are checked outside the render. */
export const SMALL_MODEL_PRICES = 500;

/** The guardrail checks of a valid model, located in the workbook `describe` gives (or unlocated if it cannot describe it). */
export function checksOf(model: Model, describe: Describe): ChecksOutcome {
  let spec: WorkbookSpec | null = null;
  try {
    spec = describe(model);
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

/**
 * Runs `steps` one after the other once the browser has drawn the current frame (a frame callback, then
 * a task after it), each in a turn of the event loop of its own, so that the page answers input between
 * them. The returned function stops the steps not yet run.
 */
function afterNextPaint(steps: readonly (() => void)[]): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async (): Promise<void> => {
    for (const [i, step] of steps.entries()) {
      if (i > 0) await nextTurn();
      if (stopped) return;
      step();
    }
  };
  const start = (): void => void run();
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => (timer = setTimeout(start, 0))) : undefined;
  if (frame === undefined) timer = setTimeout(start, 0);
  return () => {
    stopped = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** The describer once loaded (null before), re-rendering the caller when it arrives. */
function useDescriber(): Describe | null {
  const [loaded, setLoaded] = useState<Describe | null>(() => describer);
  useEffect(() => {
    if (loaded !== null) return undefined;
    let live = true;
    void describerLoaded.then((d) => live && setLoaded(() => d));
    return () => {
      live = false;
    };
  }, [loaded]);
  return loaded;
}

export function useChecks(model: Model | null): ChecksOutcome | 'pending' | null {
  const describe = useDescriber();
  const small = model !== null && isSmall(model);
  const inline = useMemo(() => (model && small && describe ? checksOf(model, describe) : null), [model, small, describe]);
  const [deferred, setDeferred] = useState<{ readonly model: Model; readonly outcome: ChecksOutcome } | null>(null);
  useEffect(() => {
    if (!model || small || !describe) return undefined;
    // The description (most of it in steps first) and the breaches are each kept with the model
    // (describeWorkbook, modelBreaches): worked out in turns of their own, they are then found done by
    // checksOf, which locates each breach, and reports a failure of any of them (done again there).
    // Once they are shown, what the next build's History record needs of the model, in turns too.
    const quietly = (step: () => unknown) => (): void => {
      try {
        step();
      } catch {
        // checksOf (or the build) meets the failure again and says so.
      }
    };
    const ahead = [...describeSteps(model), () => describe(model), () => modelBreaches(model)].map(quietly);
    return afterNextPaint([...ahead, () => setDeferred({ model, outcome: checksOf(model, describe) }), ...buildParts(model).map(quietly)]);
  }, [model, small, describe]);
  if (!model) return null;
  if (!describe) return 'pending';
  if (small) return inline;
  return deferred?.model === model ? deferred.outcome : 'pending';
}
