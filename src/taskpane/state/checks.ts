/**
 * The guardrail checks the Checks list shows: every breach the model engine finds in the model and its
 * quote, each with the cell of the workbook it is about (the row of its table), so that the link can
 * select it. The engine assembles and locates them, as it does for the command line.
 */
import { breachLocator, modelBreaches } from '../../engine';
import type { Model } from '../../engine/model/schema';
import type { WorkbookSpec } from '../../workbook/spec';
import type { CellLocation } from '../workbook/WorkbookPort';

export interface Check {
  readonly message: string;
  readonly severity: 'breach' | 'warning';
  readonly location?: CellLocation;
}

/** Every breach of the model's guardrails and of its quote, the breaches first; without a description, no locations. */
export function guardrailChecks(model: Model, spec: WorkbookSpec | null): readonly Check[] {
  const locator = spec ? breachLocator(model, spec) : () => undefined;
  // A price-book entry breaks the floor through several routes, on one path: each path is located once.
  const located = new Map<string, CellLocation | undefined>();
  const locate = (path: string): CellLocation | undefined => {
    if (located.has(path)) return located.get(path);
    const location = locator(path);
    located.set(path, location);
    return location;
  };
  return modelBreaches(model).map((b) => {
    const location = locate(b.path);
    const check: Check = { message: b.message, severity: b.severity === 'error' ? 'breach' : 'warning' };
    return location ? { ...check, location } : check;
  });
}
