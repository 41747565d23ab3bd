/**
 * Paths into the model being edited, as zod reports them (["ladders", 0, "bands", 1, "discount"]),
 * and immutable reads and writes along them. The editor changes one field at a time through these.
 */
export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/** The key of a path, as issues are indexed: "ladders.0.bands.1.discount". */
export const pathKey = (path: Path): string => path.join('.');

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

export function getAt(root: unknown, path: Path): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (!isContainer(node)) return undefined;
    node = Array.isArray(node) ? node[Number(segment)] : node[String(segment)];
  }
  return node;
}

function withChild(node: unknown, segment: PathSegment, child: unknown): Container {
  if (Array.isArray(node)) {
    const copy = node.slice();
    copy[Number(segment)] = child;
    return copy;
  }
  const copy: Record<string, unknown> = isContainer(node) ? { ...(node as Record<string, unknown>) } : {};
  if (child === undefined) delete copy[String(segment)];
  else copy[String(segment)] = child;
  return copy;
}

/** A copy of `root` with the value at `path` replaced (undefined removes an object key). */
export function setAt<T>(root: T, path: Path, value: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return value as T;
  const child = rest.length === 0 ? value : setAt(isContainer(root) ? getAt(root, [head]) : undefined, rest, value);
  return withChild(root, head, child) as T;
}

/** A copy of `root` with `update` applied to the array at `path` (a missing array counts as empty). */
export function updateListAt<T>(root: T, path: Path, update: (list: readonly unknown[]) => unknown[]): T {
  const current = getAt(root, path);
  return setAt(root, path, update(Array.isArray(current) ? current : []));
}

/** Moves one item of a list; indices outside the list leave it unchanged. */
export function moveItem<I>(list: readonly I[], from: number, to: number): I[] {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return list.slice();
  const copy = list.slice();
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as I);
  return copy;
}
