/**
 * Printing the figures of `npm run bench -- cases` as compact Markdown tables, and writing them
 * to docs/benchmarks.md under "## Cases (issue 4)" (the section is replaced, the rest kept).
 */
import fs from 'node:fs';
import type { DeadlineFigures } from './cases-deadlines.ts';
import type { QueueTarget } from './cases-queue.ts';
import type { StatisticsFigures } from './cases-statistics.ts';

/** The section of docs/benchmarks.md this bench owns. */
export const HEADING = '## Cases (issue 4)';

/** What one database backend gave. */
export type BackendFigures = {
  label: string;
  cases: number;
  loadSeconds: number;
  statistics: StatisticsFigures;
  queue: QueueTarget[];
};

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const rate = (n: number): string => (n < 10 ? n.toFixed(1) : int(n));
const share = (part: number, whole: number): string => `${Math.round((part / whole) * 100)} %`;

/** The deadline engine's table. */
export function deadlineTable(d: DeadlineFigures): string {
  const m = d.mix;
  const facts =
    `${int(d.facts)} generated facts, received 2017–2026: ${share(m.pauses, d.facts)} with pauses (${share(m.openPauses, d.facts)} still open), ` +
    `${share(m.corrections, d.facts)} 补正, ${share(m.extensions, d.facts)} extended, ${share(m.deferrals, d.facts)} deferred`;
  return [
    '| computation | per second | µs each |',
    '|---|---:|---:|',
    `| \`computeDueDate\` (${facts}) | ${int(d.computeDueDate.perSecond)} | ${d.computeDueDate.microseconds.toFixed(1)} |`,
    `| \`addWorkingDays\` (1–60 working days from a day in 2017–2026) | ${int(d.addWorkingDays.perSecond)} | ${d.addWorkingDays.microseconds.toFixed(2)} |`,
  ].join('\n');
}

/** Tables 三/四: one row per scope, one column pair per backend. */
export function statisticsTable(backends: readonly BackendFigures[]): string {
  const first = backends[0];
  if (!first) {
    return '';
  }
  const head = `| scope (year 2025) | organs | cases | ${backends.map((b) => `${b.label} median / max (ms)`).join(' | ')} |`;
  const rule = `|---|---:|---:|${backends.map(() => '---:').join('|')}|`;
  const rows = first.statistics.timings.map((t, i) => {
    const cells = backends.map((b) => {
      const timing = b.statistics.timings[i];
      return timing === undefined ? '—' : `${int(timing.medianMs)} / ${int(timing.maxMs)}`;
    });
    return `| ${t.label} | ${int(t.organs)} | ${int(t.cases)} | ${cells.join(' | ')} |`;
  });
  return [head, rule, ...rows].join('\n');
}

/** Bulk load and the in-memory cross-check, one line per backend. */
export function loadLines(backends: readonly BackendFigures[]): string {
  return backends
    .map((b) => {
      const s = b.statistics;
      const check =
        s.mismatches.length === 0
          ? `identical in all ${s.compared} scope/year pairs`
          : `**DIFFERENT** in ${s.mismatches.length} of ${s.compared}`;
      return (
        `- ${b.label}: ${int(b.cases)} cases + ${int(s.inMemory.reviews)} 复议/诉讼 records loaded in ${b.loadSeconds.toFixed(0)} s ` +
        `(SQL, indexes rebuilt after, VACUUM ANALYZE); in-memory builders over the same rows (read back in ${(s.inMemory.readMs / 1000).toFixed(1)} s): ` +
        `tables ${check}; building both tables over all ${int(s.inMemory.rows)} rows in memory takes ${int(s.inMemory.buildMs)} ms.`
      );
    })
    .join('\n');
}

/** The queue pages: one row per page, one column group per backend. */
export function queueTable(backends: readonly BackendFigures[]): string {
  const first = backends.find((b) => b.queue.length > 0);
  if (!first) {
    return '';
  }
  const head = `| GET /staff/cases… | cases listed | ${backends.map((b) => `${b.label} req/s | p50 / p99 (ms)`).join(' | ')} |`;
  const rule = `|---|---:|${backends.map(() => '---:|---:').join('|')}|`;
  const rows = first.queue.map((t, i) => {
    const cells = backends.map((b) => {
      const r = b.queue[i];
      return r === undefined
        ? '— | —'
        : `${rate(r.rps)}${r.non2xx + r.errors > 0 ? ` (${r.non2xx + r.errors} failed)` : ''} | ${r.p50} / ${r.p99}`;
    });
    return `| \`${decodeURIComponent(t.path.replace('/staff/cases', ''))}\` | ${int(t.rows)} | ${cells.join(' | ')} |`;
  });
  return [head, rule, ...rows].join('\n');
}

/** Replaces (or appends) the section under HEADING in `file`. */
export function writeSection(file: string, section: string): void {
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = existing.indexOf(HEADING);
  const end = start === -1 ? -1 : existing.indexOf('\n## ', start + HEADING.length);
  const kept =
    start === -1
      ? existing.trimEnd()
      : `${existing.slice(0, start).trimEnd()}${end === -1 ? '' : `\n\n${existing.slice(end + 1).trimEnd()}`}`;
  fs.writeFileSync(file, `${kept}\n\n${section.trimEnd()}\n`);
}
