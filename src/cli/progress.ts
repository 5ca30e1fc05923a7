/**
 * A progress indicator on stderr, with no dependency: drawn in place on a terminal, otherwise a
 * line every ~10 % so that logs stay short.
 */

/** Reports progress of a known number of steps. */
export type Progress = {
  /** One step done; `label` names it (e.g. the file). */
  tick: (label: string) => void;
  /** Clears the bar (terminal) once all steps are done. */
  done: () => void;
};

type ProgressStream = { write: (text: string) => unknown; isTTY?: boolean; columns?: number };

const BAR_WIDTH = 24;

/**
 * @param total number of steps
 * @param stream where to draw (default process.stderr)
 * @example const progress = createProgress(files.length); files.forEach((f) => progress.tick(f)); progress.done();
 */
export function createProgress(total: number, stream: ProgressStream = process.stderr): Progress {
  let current = 0;
  let lastDecile = 0;
  const isTty = stream.isTTY === true;
  return {
    tick(label: string): void {
      current += 1;
      if (isTty) {
        stream.write(`\r\u001b[K${barLine(current, total, label, stream.columns ?? 80)}`);
        return;
      }
      const decile = total === 0 ? 10 : Math.floor((current * 10) / total);
      if (decile > lastDecile || current === total) {
        lastDecile = decile;
        stream.write(`进度：${current}/${total}（${percent(current, total)}%）\n`);
      }
    },
    done(): void {
      if (isTty && current > 0) {
        stream.write('\r\u001b[K');
      }
    },
  };
}

function percent(current: number, total: number): number {
  return total === 0 ? 100 : Math.floor((current * 100) / total);
}

/**
 * One frame of the bar, cut to the terminal width.
 * @example barLine(5, 10, 'a.pdf', 80) // '[############            ]   5/10  50%  a.pdf'
 */
export function barLine(current: number, total: number, label: string, columns: number): string {
  const filled = total === 0 ? BAR_WIDTH : Math.round((current * BAR_WIDTH) / total);
  const counter = `${String(current).padStart(String(total).length)}/${total}`;
  const head = `[${'#'.repeat(filled)}${' '.repeat(BAR_WIDTH - filled)}] ${counter} ${String(percent(current, total)).padStart(3)}%  `;
  const room = Math.max(0, columns - 1 - head.length);
  // CJK characters take two columns.
  let shown = '';
  let width = 0;
  for (const char of label) {
    const charWidth = /[\u1100-\uffff]/.test(char) ? 2 : 1;
    if (width + charWidth > room) {
      break;
    }
    shown += char;
    width += charWidth;
  }
  return `${head}${shown}`;
}
