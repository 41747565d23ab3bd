/**
 * `npm run lint` runs Microsoft's Office.js rules (eslint-plugin-office-addins) on the task pane's .tsx
 * files as well as on .ts: a read of a loaded property before `context.sync()` is reported in both.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');
const READ_BEFORE_SYNC = `export async function selectionValues(context: Excel.RequestContext): Promise<unknown> {
  const range = context.workbook.getSelectedRange();
  range.load('values');
  return range.values;
}
`;

/** The rule ids ESLint reports for `source` linted as if it were the file `fileName`. */
function ruleIds(fileName: string, source: string): string[] {
  let output: string;
  try {
    output = execFileSync(process.execPath, [join(ROOT, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', '--stdin', '--stdin-filename', fileName], { cwd: ROOT, input: source, encoding: 'utf8' });
  } catch (error) {
    output = (error as { stdout: string }).stdout; // exit code 1: problems found
  }
  const results = JSON.parse(output) as { messages: { ruleId: string | null }[] }[];
  return results.flatMap((r) => r.messages.map((m) => m.ruleId ?? 'parse error'));
}

describe("Microsoft's Office.js lint rules", () => {
  it.each(['src/taskpane/components/SelectionProbe.tsx', 'src/workbook/office/selectionProbe.ts'])('report a read before sync in %s', (fileName) => {
    expect(ruleIds(fileName, READ_BEFORE_SYNC)).toEqual(expect.arrayContaining(['office-addins/call-sync-after-load', 'office-addins/call-sync-before-read']));
  }, 120_000);
});
