/** Runs `tiercraft` in-process in a folder of its own, capturing what it prints. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../../src/cli/io';
import { run } from '../../../src/cli/program';
import { example } from '../../support/models';
import type { ModelInput } from '../../../src/engine/model/schema';

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export interface CliFolder {
  readonly dir: string;
  readonly tiercraft: (...args: string[]) => Promise<CliRun>;
  readonly write: (file: string, content: string | Uint8Array) => void;
  readonly read: (file: string) => Buffer;
  readonly remove: () => void;
}

export function cliFolder(): CliFolder {
  const dir = mkdtempSync(join(tmpdir(), 'tiercraft-cli-'));
  return {
    dir,
    async tiercraft(...args) {
      const out: string[] = [];
      const err: string[] = [];
      const io: CliIO = { out: (l) => out.push(l), err: (l) => err.push(l), interactive: false, cwd: dir };
      const code = await run(args, io);
      return { code, out: out.join('\n'), err: err.join('\n') };
    },
    write: (file, content) => writeFileSync(join(dir, file), content),
    read: (file) => readFileSync(join(dir, file)),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * The example model with tighter guardrails: a 65% vendor margin floor, at most 40% off list, and the
 * third quote line at 50% off. The engine finds 5 errors (below the floor: "BF-MON" and bundle
 * "enterprise-compliance" on the 3-year term through a platinum distributor, and quote lines 2 and 3;
 * line 3's discount) and 1 warning (ladder "seats-graduated" band 4 with the 3-year term: 45% off).
 */
/**
 * The example with its volume ladder made graduated, so that it has no price cliff (the example's volume
 * ladder has two, reported as warnings): a model whose only breaches are those a spec adds.
 */
export function cliffFreeExample(): ModelInput {
  const model = example() as { ladders: { mode: string }[] };
  for (const l of model.ladders) l.mode = 'graduated';
  return model as ModelInput;
}

export function breachingModel(): ModelInput {
  const model = example() as { guardrails: Record<string, unknown>; quote: { lines: Record<string, unknown>[] } };
  model.guardrails.vendorMarginFloor = 0.65;
  model.guardrails.maxCustomerDiscount = 0.4;
  model.quote.lines[2]!.discount = 0.5;
  return model as ModelInput;
}

/** The example model where only the ladder warning remains: at most 40% off list. */
export function warningModel(): ModelInput {
  const model = example() as { guardrails: Record<string, unknown> };
  model.guardrails.maxCustomerDiscount = 0.4;
  return model as ModelInput;
}
