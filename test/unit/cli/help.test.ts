/** The README's command-line section and `tiercraft --help` say the same. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from '../../../src/cli/exitCodes';
import { cliFolder } from './runCli';

const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Command line: `tiercraft`'), readme.indexOf('## Architecture'));

async function help(...command: string[]): Promise<string> {
  const folder = cliFolder();
  try {
    return (await folder.tiercraft(...command, '--help')).out;
  } finally {
    folder.remove();
  }
}

describe('README and --help', () => {
  it('list the same exit codes, the ones the command line uses', async () => {
    const inReadme = [...section.matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1]));
    const inHelp = [...(await help()).matchAll(/^ {2}(\d+) {2,}/gm)].map((m) => Number(m[1]));
    expect(inReadme).toEqual(Object.values(EXIT));
    expect(inHelp).toEqual(Object.values(EXIT));
  });

  it('show the same --json document', async () => {
    const jsonLines = (text: string): string[] => text.split('\n').filter((l) => /^\s*\{? ?"(valid|issues|breaches)"/.test(l)).map((l) => l.trim());
    expect(jsonLines(await help())).toHaveLength(3);
    expect(jsonLines(await help())).toEqual(jsonLines(section));
  });

  it.each(['init', 'validate', 'build', 'read', 'quote', 'routes', 'markets', 'diff', 'compare'])('document the command %s and each of its options', async (command) => {
    const text = await help(command);
    const options = [...text.matchAll(/^ {2}(?:(-\w), )?(--[\w-]+)/gm)].filter((m) => m[2] !== '--help');
    const usage = section.split('\n').find((l) => l.startsWith(`npx tiercraft ${command}`)) ?? '';
    expect(usage).not.toBe('');
    for (const [, short, long] of options) {
      const written = [short, long].filter((flag) => flag !== undefined && new RegExp(`${flag}(?![\\w-])`).test(usage));
      expect([long, written.length > 0]).toEqual([long, true]);
    }
  });
});
