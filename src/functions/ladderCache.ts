/**
 * Each distinct ladder is parsed once, not once per call. Excel passes a new 2D array on every call,
 * so identity alone never hits; lookups go: the last ladder, compared value by value (a 10-band
 * ladder is 30 comparisons) → identity (checked against a snapshot, since code may mutate an array it
 * passes again) → the few other recent ladders, by value → a small LRU keyed by the content. Parse
 * failures are cached too.
 */
import type { Grid } from './grid';

interface Entry<T> {
  readonly snapshot: Grid;
  readonly value: T;
}

/** Cell by cell; numbers compared as numbers so that V8 keeps them unboxed (no allocation). */
function sameCells(a: Grid, b: Grid): boolean {
  const rows = a.length;
  if (rows !== b.length) return false;
  for (let r = 0; r < rows; r++) {
    const x = a[r]!;
    const y = b[r]!;
    const columns = x.length;
    if (columns !== y.length) return false;
    for (let c = 0; c < columns; c++) {
      const u = x[c];
      const v = y[c];
      if (typeof u === 'number') {
        if (typeof v !== 'number' || u !== v) return false;
      } else if (u !== v) return false;
    }
  }
  return true;
}

const contentKey = (grid: Grid): string => JSON.stringify(grid);

export class LadderCache<T> {
  private readonly byIdentity = new WeakMap<Grid, Entry<T>>();
  private readonly recent: Entry<T>[] = [];
  private readonly byContent = new Map<string, Entry<T>>();
  /** How many times `build` ran: one per distinct ladder while the cache holds it. */
  builds = 0;

  constructor(
    private readonly recentSize = 4,
    private readonly contentSize = 64,
  ) {}

  get(grid: Grid, build: (grid: Grid) => T): T {
    const recent = this.recent;
    // The last ladder first, by content: a recalculation passes one ladder to cell after cell, each
    // time a new array (Excel never passes an array again, so identity would only miss first).
    const latest = recent[0];
    if (latest !== undefined && sameCells(latest.snapshot, grid)) return latest.value;
    const known = this.byIdentity.get(grid);
    if (known !== undefined && sameCells(known.snapshot, grid)) return known.value;
    for (let i = 1; i < recent.length; i++) {
      const entry = recent[i]!;
      if (sameCells(entry.snapshot, grid)) {
        recent.splice(i, 1);
        recent.unshift(entry);
        return entry.value; // no identity entry: Excel never passes this array again
      }
    }
    const key = contentKey(grid);
    let entry = this.byContent.get(key);
    if (entry !== undefined) {
      this.byContent.delete(key); // re-insert: most recently used last
    } else {
      this.builds++;
      entry = { snapshot: grid.map((row) => row.slice()), value: build(grid) };
      if (this.byContent.size >= this.contentSize) this.byContent.delete(this.byContent.keys().next().value as string);
    }
    this.byContent.set(key, entry);
    recent.unshift(entry);
    if (recent.length > this.recentSize) recent.pop();
    this.byIdentity.set(grid, entry);
    return entry.value;
  }

  clear(): void {
    this.recent.length = 0;
    this.byContent.clear();
    this.builds = 0;
  }
}
