/** `tiercraft markets`: each market's price book as the engine derives it. */
import { EXIT } from '../../../src/cli/exitCodes';
import { marketsModel } from '../../support/marketsModel';
import { cliFolder, type CliFolder } from './runCli';

let folder: CliFolder;
beforeEach(() => {
  folder = cliFolder();
  folder.write('model.json', JSON.stringify(marketsModel()));
});
afterEach(() => folder.remove());

describe('tiercraft markets', () => {
  it('prints each market with its derived and final prices, and marks the row outside the corridor', async () => {
    const r = await folder.tiercraft('markets', 'model.json');
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain('eu (Eurozone): EUR, 1 USD = 0.92 EUR');
    expect(r.out).toContain('uk (United Kingdom): GBP, 1 USD = 0.79 GBP, factor 1.1');
    const uk = r.out.split('\n').filter((l) => l.includes('BK-CLI') && l.includes('annual')).at(-1) ?? '';
    expect(uk.trim().split(/\s{2,}/)).toEqual(['BK-CLI', 'product', 'annual', '490.00', '425.810', '425.99', '299.00', '299.00', '378.48', '-22.76%', 'outside']);
  });

  it('prints one market as JSON', async () => {
    const r = await folder.tiercraft('markets', 'model.json', '--market', 'jp', '--json');
    expect(r.code).toBe(EXIT.ok);
    const doc = JSON.parse(r.out) as { markets: { market: string; minorUnits: number; rows: { item: string; price: string; corridor: string }[] }[] };
    expect(doc.markets.map((m) => m.market)).toEqual(['jp']);
    expect(doc.markets[0]?.minorUnits).toBe(0);
    expect(doc.markets[0]?.rows.map((x) => [x.item, x.price, x.corridor])).toEqual([['BK-CLI', '7300', 'inside'], ['BK-CLI', '73300', 'inside'], ['bundle BK-SUITE', '8800', 'inside']]);
  });

  it('refuses an unknown market (exit 2) and an invalid model (exit 1)', async () => {
    expect((await folder.tiercraft('markets', 'model.json', '--market', 'us')).code).toBe(EXIT.usage);
    folder.write('bad.json', JSON.stringify({ ...marketsModel(), quote: { lines: [], market: 'us' } }));
    const bad = await folder.tiercraft('markets', 'bad.json');
    expect(bad.code).toBe(EXIT.invalid);
    expect(bad.err).toContain('error: quote.market: no market "us"');
  });
});
