/** Writing a workbook: through symbolic links, keeping permissions, and never half-written when killed. */
import { spawn } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAtomically, writeTarget } from '../../../src/cli/files';
import { readXlsx } from '../../../src/workbook/xlsx/readXlsx';

const ROOT = join(__dirname, '../../..');
const EXAMPLE = join(ROOT, 'examples/backup-vendor.tiercraft.json');
jest.setTimeout(120_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tiercraft-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeAtomically', () => {
  it('writes through a symbolic link: the link stays, its target gets the bytes', async () => {
    mkdirSync(join(dir, 'shared'));
    writeFileSync(join(dir, 'shared', 'book.xlsx'), 'old');
    symlinkSync(join('shared', 'book.xlsx'), join(dir, 'link.xlsx'));
    await writeAtomically(join(dir, 'link.xlsx'), 'new');
    expect(lstatSync(join(dir, 'link.xlsx')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'shared', 'book.xlsx'), 'utf8')).toBe('new');
    expect(readdirSync(join(dir, 'shared'))).toEqual(['book.xlsx']);
  });

  it('follows a chain of links, and a dangling link creates the file it points at', async () => {
    symlinkSync('b.xlsx', join(dir, 'a.xlsx'));
    symlinkSync('c.xlsx', join(dir, 'b.xlsx'));
    expect(await writeTarget(join(dir, 'a.xlsx'))).toBe(join(realpathSync(dir), 'c.xlsx'));
    await writeAtomically(join(dir, 'a.xlsx'), 'made');
    expect(readFileSync(join(dir, 'c.xlsx'), 'utf8')).toBe('made');
    expect(lstatSync(join(dir, 'a.xlsx')).isSymbolicLink()).toBe(true);
  });

  it.each([0o600, 0o640, 0o664])('keeps the permissions of the file it replaces (mode %o)', async (mode) => {
    const file = join(dir, 'book.xlsx');
    writeFileSync(file, 'old');
    chmodSync(file, mode);
    await writeAtomically(file, 'new');
    expect(statSync(file).mode & 0o777).toBe(mode);
    expect(readFileSync(file, 'utf8')).toBe('new');
  });
});

/** Runs the CLI as a child process and kills it after `ms` milliseconds; resolves when it has ended. */
function runKilledAfter(args: readonly string[], ms: number): Promise<void> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/tiercraft.mjs'), ...args], { cwd: dir, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      done();
    });
  });
}

describe('tiercraft build killed mid-write', () => {
  it('leaves the workbook (a 0600 file behind a symbolic link) either as it was or completely updated', async () => {
    const model = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { name: string };
    writeFileSync(join(dir, 'model.json'), JSON.stringify(model));
    mkdirSync(join(dir, 'store'));
    await new Promise<void>((done) => spawn(process.execPath, [join(ROOT, 'bin/tiercraft.mjs'), 'build', 'model.json', '-o', 'store/book.xlsx'], { cwd: dir, stdio: 'ignore' }).on('exit', () => done()));
    chmodSync(join(dir, 'store', 'book.xlsx'), 0o600);
    symlinkSync(join('store', 'book.xlsx'), join(dir, 'book.xlsx'));
    const original = readFileSync(join(dir, 'store', 'book.xlsx'));
    writeFileSync(join(dir, 'model.json'), JSON.stringify({ ...model, name: 'Renamed model' }));
    const outcomes: string[] = [];
    for (const ms of [300, 900, 1500, 2200, 3000, 4000]) {
      await runKilledAfter(['build', 'model.json', '-o', 'book.xlsx'], ms);
      const now = readFileSync(join(dir, 'store', 'book.xlsx'));
      expect(lstatSync(join(dir, 'book.xlsx')).isSymbolicLink()).toBe(true);
      expect(statSync(join(dir, 'store', 'book.xlsx')).mode & 0o777).toBe(0o600);
      if (now.equals(original)) {
        outcomes.push('as it was');
        continue;
      }
      // Not the original: then the whole update, readable, with the new model.
      const content = await readXlsx(new Uint8Array(now));
      expect(JSON.parse(content.modelJson ?? '{}')).toMatchObject({ name: 'Renamed model' });
      outcomes.push('updated');
      break;
    }
    expect(outcomes).toContain('as it was');
  });
});
