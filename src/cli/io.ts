/** What a command may touch of the outside world; tests pass their own. */
export interface CliIO {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** True when stderr is a terminal: show a progress bar instead of plain lines. */
  readonly interactive: boolean;
  readonly cwd: string;
}

export const processIO = (): CliIO => ({
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  interactive: process.stderr.isTTY === true,
  cwd: process.cwd(),
});
