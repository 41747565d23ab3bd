/** Progress of long work: a bar on a terminal, plain lines otherwise (logs, CI). */
import cliProgress from 'cli-progress';
import type { CliIO } from './io';

export interface Progress {
  update(done: number, total: number, label: string): void;
  stop(): void;
}

export function createProgress(io: CliIO, title: string): Progress {
  if (!io.interactive) {
    return {
      update: (done, total, label) => io.err(`${title}: ${done}/${total} ${label}`),
      stop: () => undefined,
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: `${title} [{bar}] {value}/{total} {label}`, stream: process.stderr, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, label) {
      if (!started) {
        bar.start(total, 0, { label });
        started = true;
      }
      bar.setTotal(total);
      bar.update(done, { label });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
