/**
 * Cutting work into requests of bounded size, so that each request and response stays well under Excel
 * on the web's 5 MB limit. Pure: the callers queue each group and sync once per group.
 */

/** A run of consecutive items: `start` (0-based) and `count`. */
export interface Group {
  readonly start: number;
  readonly count: number;
}

/**
 * Consecutive groups of the items whose `sizes` are given: each holds at most `budget` bytes (an item
 * larger than that goes alone) and at most `maxCount` items.
 */
export function groupBySize(sizes: readonly number[], budget: number, maxCount = Infinity): Group[] {
  const groups: Group[] = [];
  let start = 0;
  let bytes = 0;
  sizes.forEach((size, i) => {
    const count = i - start;
    if (count > 0 && (bytes + size > budget || count >= maxCount)) {
      groups.push({ start, count });
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  if (sizes.length > start) groups.push({ start, count: sizes.length - start });
  return groups;
}
