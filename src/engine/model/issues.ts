/** A problem found in a model file, located by its path ("bundles[2].components[0].sku"). */
export interface ModelIssue {
  readonly path: string;
  /** The whole message, path first: `bundles[2].components[0].sku: no product "BK-ENT"`. */
  readonly message: string;
  readonly value?: unknown;
}

export function issue(path: string, message: string, value?: unknown): ModelIssue {
  return value === undefined ? { path, message: `${path}: ${message}` } : { path, message: `${path}: ${message}`, value };
}

/** "bundles", 2, "components", 0, "sku" → bundles[2].components[0].sku */
export function pathOf(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && /^[A-Za-z_$][\w$]*$/.test(s)) out += out === '' ? s : `.${s}`;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out === '' ? '(model)' : out;
}

/** Collects errors (the model cannot be used) and warnings (it can, but something looks wrong). */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value a schema issue's path points at in the input as given (undefined where the path leads nowhere). */
export function valueAt(root: unknown, segments: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const s of segments) {
    if (Array.isArray(v) && typeof s === 'number') v = v[s];
    else if (isRecord(v) && typeof s === 'string') v = v[s];
    else return undefined;
  }
  return v;
}

export class IssueLog {
  readonly errors: ModelIssue[] = [];
  readonly warnings: ModelIssue[] = [];
  error(path: string, message: string, value?: unknown): void {
    this.errors.push(issue(path, message, value));
  }
  warn(path: string, message: string, value?: unknown): void {
    this.warnings.push(issue(path, message, value));
  }
}
