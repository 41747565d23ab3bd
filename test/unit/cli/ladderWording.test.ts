/**
 * One fault, one wording: a ladder's band bounds are checked by one rule, so `tiercraft validate`
 * prints the very message the ladder functions (and the pane, and the custom functions) give.
 */
import { EXIT } from '../../../src/cli/exitCodes';
import { compileDiscountLadder } from '../../../src/engine/ladder';
import { example } from '../../support/models';
import { cliFolder, type CliFolder } from './runCli';

jest.setTimeout(60_000);

let folder: CliFolder;
beforeEach(() => (folder = cliFolder()));
afterEach(() => folder.remove());

type Bands = { upTo: number | null; discount: number }[];

/** The message the ladder engine gives for `bands`. */
function ladderMessage(bands: Bands): string {
  try {
    compileDiscountLadder(bands, 'graduated');
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('the ladder was accepted');
}

describe('tiercraft validate words a ladder fault as the ladder engine does', () => {
  it.each<[string, Bands]>([
    ['two bands with a blank Up to', [{ upTo: 10, discount: 0 }, { upTo: null, discount: 0.1 }, { upTo: null, discount: 0.2 }]],
    ['a band with an Up to after a blank one', [{ upTo: null, discount: 0 }, { upTo: 50, discount: 0.1 }]],
    ['bands out of order', [{ upTo: 50, discount: 0 }, { upTo: 10, discount: 0.1 }, { upTo: null, discount: 0.2 }]],
    ['a repeated Up to', [{ upTo: 10, discount: 0 }, { upTo: 10, discount: 0.1 }, { upTo: null, discount: 0.2 }]],
  ])('a ladder with %s gets the same message from validate and from the ladder engine', async (_, bands) => {
    const model = example() as { ladders: { bands: Bands }[] };
    model.ladders[0]!.bands = bands;
    folder.write('model.json', JSON.stringify(model));
    const r = await folder.tiercraft('validate', 'model.json');
    expect(r.code).toBe(EXIT.invalid);
    const reported = r.err.split('\n').find((line) => /^error: ladders\[0\]\.bands\[\d\]\.upTo: /.test(line));
    expect(reported?.replace(/^error: ladders\[0\]\.bands\[\d\]\.upTo: /, '')).toBe(ladderMessage(bands));
  });
});
