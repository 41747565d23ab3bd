/**
 * The shape a model file must have before the pane opens it: lists where the model has lists, objects
 * where it has objects, text no longer than a cell holds, nesting no deeper than a model's. A file of
 * another shape is refused with every place that is wrong; a file of this shape opens, and whatever else
 * is wrong in it (a missing price, an unknown tier) is shown beside its field.
 */
export type Shape = 'value' | { readonly list: Shape } | { readonly record: Shape } | { readonly fields: Readonly<Record<string, Shape>> };

export interface ShapeIssue {
  readonly path: string;
  readonly message: string;
}

/** Excel's limit on the text of one cell: a longer name or id could never be written to the workbook. */
export const MAX_TEXT = 32_767;
/** Far deeper than any model (quote → lines → line → item → sku is 5). */
export const MAX_DEPTH = 16;
const MAX_ISSUES = 20;

export const SHAPE_MESSAGES = {
  tooDeep: `nests deeper than ${MAX_DEPTH} levels, deeper than any Tiercraft model`,
  tooLong: (length: number) => `is ${length.toLocaleString('en-US')} characters long; a cell holds at most ${MAX_TEXT.toLocaleString('en-US')}`,
  notList: (found: string) => `must be a list; found ${found}`,
  notObject: (found: string) => `must be an object; found ${found}`,
  notValue: (found: string) => `must be a number, text or true/false; found ${found}`,
  more: (count: number) => `and ${count} more`,
} as const;

const item = (fields: Readonly<Record<string, Shape>> = {}): Shape => ({ fields });
const listOf = (shape: Shape): Shape => ({ list: shape });

export const MODEL_SHAPE: Shape = item({
  rounding: item(),
  personas: listOf(item()),
  tiers: listOf(item({ personas: listOf('value') })),
  terms: listOf(item()),
  products: listOf(item()),
  prices: listOf(item()),
  ladders: listOf(item({ bands: listOf(item()) })),
  priceLadders: listOf(item({ bands: listOf(item()) })),
  markets: listOf(item({ overrides: listOf(item()) })),
  bundles: listOf(item({ components: listOf(item()), pricing: item({ prices: { record: 'value' } }) })),
  levels: listOf(item({ rebateTiers: listOf(item()) })),
  channels: listOf(item()),
  guardrails: item(),
  approvals: item({ steps: listOf(item()) }),
  quote: item({ lines: listOf(item({ item: item(), components: { record: 'value' } })), vendor: item(), customerDetails: item(), approvals: listOf(item()) }),
  scenarios: listOf(item({ changes: listOf(item()) })),
  mix: item({ rows: listOf(item({ item: item() })) }),
});

const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : typeof value === 'string' ? 'text' : `a ${typeof value}`;

/** The depth of nesting, counted without recursion (a hostile file may nest thousands of levels). */
function depthExceeds(json: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[json, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [value, depth] = next;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return false;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function check(value: unknown, shape: Shape, path: string, found: ShapeIssue[]): void {
  const at = (message: string): void => void found.push({ path: path || '(model)', message });
  if (value === undefined) return;
  if (shape === 'value') {
    if (typeof value === 'string' && value.length > MAX_TEXT) at(SHAPE_MESSAGES.tooLong(value.length));
    else if (typeof value === 'object' && value !== null) at(SHAPE_MESSAGES.notValue(kindOf(value)));
    return;
  }
  if ('list' in shape) {
    if (!Array.isArray(value)) return at(SHAPE_MESSAGES.notList(kindOf(value)));
    value.forEach((v, i) => check(v, shape.list, `${path}[${i}]`, found));
    return;
  }
  if (!isObject(value)) return at(SHAPE_MESSAGES.notObject(kindOf(value)));
  for (const [key, v] of Object.entries(value)) {
    const inner = 'record' in shape ? shape.record : (shape.fields[key] ?? 'value');
    check(v, inner, path ? `${path}.${key}` : key, found);
  }
}

/** Every place where a parsed model file departs from the model's shape (at most 20, then a count). */
export function modelShapeIssues(json: unknown): readonly ShapeIssue[] {
  if (depthExceeds(json, MAX_DEPTH)) return [{ path: '(model)', message: SHAPE_MESSAGES.tooDeep }];
  const found: ShapeIssue[] = [];
  check(json, MODEL_SHAPE, '', found);
  return found.length > MAX_ISSUES ? [...found.slice(0, MAX_ISSUES), { path: '(model)', message: SHAPE_MESSAGES.more(found.length - MAX_ISSUES) }] : found;
}
