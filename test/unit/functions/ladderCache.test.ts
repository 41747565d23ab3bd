/**
 * Each distinct ladder is read and compiled once, even though Excel passes a new 2D array per call.
 */
import { TIERED } from '../../../src/functions/functions';
import { LadderCache } from '../../../src/functions/ladderCache';
import { ladderCaches } from '../../../src/functions/ladderTable';
import { column } from './excel';

const fresh = (): unknown[][] => [
  ['Up to', 'Unit price'],
  [10, 5],
  [50, 4],
  [null, 3],
];

describe('the ladder cache', () => {
  beforeEach(() => ladderCaches.price.clear());

  it('reads a ladder passed as a new array on every call once', () => {
    for (let i = 0; i < 1000; i++) expect(TIERED([[60]], fresh())).toEqual([[240]]);
    expect(ladderCaches.price.builds).toBe(1);
  });

  it('reads a changed ladder again, even when the same array is changed in place', () => {
    const ladder = fresh();
    expect(TIERED([[60]], ladder)).toEqual([[240]]);
    (ladder[3] as unknown[])[1] = 2;
    expect(TIERED([[60]], ladder)).toEqual([[230]]);
    expect(ladderCaches.price.builds).toBe(2);
  });

  it('keeps several ladders of a workbook and alternates between them without re-reading', () => {
    const ladders = Array.from({ length: 10 }, (_, i) => [[10, 5 + i], [null, 3]]);
    for (let round = 0; round < 5; round++) for (const ladder of ladders) TIERED(column(1, 20), ladder.map((row) => [...row]));
    expect(ladderCaches.price.builds).toBe(10);
  });

  it('remembers a broken ladder’s error instead of re-reading it', () => {
    for (let i = 0; i < 3; i++) expect(() => TIERED([[1]], [[10, 'x']])).toThrow('ladder row 1, Unit price must be a number, got "x"');
    expect(ladderCaches.price.builds).toBe(1);
  });

  it('evicts the least recently used ladder beyond its size', () => {
    const cache = new LadderCache<number>(1, 2);
    const build = (g: readonly (readonly unknown[])[]): number => g[0]![0] as number;
    cache.get([[1]], build);
    cache.get([[2]], build);
    cache.get([[1]], build); // 1 is now the most recent
    cache.get([[3]], build); // evicts 2
    expect(cache.builds).toBe(3);
    cache.get([[1]], build);
    expect(cache.builds).toBe(3);
    cache.get([[2]], build);
    expect(cache.builds).toBe(4);
  });
});
