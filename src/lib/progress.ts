/**
 * Progress of long steps (region load, demo seed, imports, monthly runs) on the terminal:
 * a live line on a TTY, a line every few seconds otherwise (CI logs, pipes).
 */
export type ProgressEvent = { step: string; done: number; total: number };
export type ProgressReporter = (event: ProgressEvent) => void;

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr, labels: Record<string, string> = {}): ProgressReporter {
  let lastLineAt = 0;
  let lastStep = '';
  return ({ step, done, total }) => {
    const label = labels[step] ?? step;
    if (total <= 0) {
      // The total is not known yet (rows of a file being read): show the count so far.
      const now = Date.now();
      if (stream.isTTY) stream.write(`\r  ${label}: ${done.toLocaleString('id-ID')}\x1b[K`);
      else if (now - lastLineAt > 2000) {
        stream.write(`  ${label}: ${done.toLocaleString('id-ID')}\n`);
        lastLineAt = now;
      }
      return;
    }
    const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
    const text = `${label}: ${done.toLocaleString('id-ID')}/${total.toLocaleString('id-ID')} (${percent}%)`;
    const isLast = done >= total;
    if (stream.isTTY) {
      const width = 24;
      const filled = Math.round((percent / 100) * width);
      stream.write(`\r  [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${text}\x1b[K${isLast ? '\n' : ''}`);
      return;
    }
    const now = Date.now();
    if (isLast || step !== lastStep || now - lastLineAt > 2000) {
      stream.write(`  ${text}\n`);
      lastLineAt = now;
      lastStep = step;
    }
  };
}
