/**
 * 年度报告 from records (issue 12): on PGlite and PostgreSQL, a district of 50 organs
 * (bench/annual-report-seed.ts) — assembling one organ's draft (10,000 cases, 20,000 items: tables
 * 二/三/四, drafted prose, the checker), the district's roll-up over all 50 organs, and rendering the
 * drafted report to DOCX, HTML and PDF; beside, in the same run, what the platform computed before issue
 * 12: tables 三/四 only (the 统计 page's use case) for the same organ and the same district.
 * Median and max of 7 runs after one warm-up, milliseconds.
 */
import os from 'node:os';
import { assembleDraft } from '../src/app/annual-report/assemble-draft.ts';
import { assembleRollup } from '../src/app/annual-report/assemble-rollup.ts';
import { caseStatistics } from '../src/app/cases/case-statistics.ts';
import { fixedClock } from '../src/app/clock.ts';
import type { Db } from '../src/db/db.ts';
import type { Actor } from '../src/domain/access/roles.ts';
import { DEFAULT_GAZETTE_FONT } from '../src/io/publishing/gazette-font.ts';
import { renderReportPdf } from '../src/io/publishing/report-pdf.ts';
import { renderReport } from '../src/render/index.ts';
import { backends } from '../test/db.ts';
import { DISTRICT, seedAnnualReportBench } from './annual-report-seed.ts';

const YEAR = 2025;
const RUNS = 7;
const PDF_FONT = { path: process.env.GAZETTE_FONT ?? DEFAULT_GAZETTE_FONT, face: null };
const clock = fixedClock('2026-01-20T02:00:00Z');
const ACTOR: Actor = {
  accountId: 0,
  username: 'bench',
  displayName: 'bench',
  roles: [{ organId: DISTRICT.root, role: 'supervisor' }],
  mustChangePassword: false,
};

async function timed(run: () => Promise<unknown>): Promise<string> {
  await run();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const began = performance.now();
    await run();
    ms.push(performance.now() - began);
  }
  ms.sort((a, b) => a - b);
  return `${ms[Math.floor(RUNS / 2)]!.toFixed(1)} | ${ms[RUNS - 1]!.toFixed(1)}`;
}

function ok<T>(result: { ok: true; value?: unknown } | { ok: false }, what: string): T {
  if (!result.ok) {
    throw new Error(`${what} failed: ${JSON.stringify(result)}`);
  }
  return result as T;
}

async function benchBackend(db: Db): Promise<string[]> {
  const began = performance.now();
  await seedAnnualReportBench(db, YEAR);
  const seedMs = performance.now() - began;
  const deps = { db, clock };
  const stats = (organ: number) => () =>
    caseStatistics(deps, ACTOR, { organ: String(organ), year: String(YEAR) });
  const draft = ok<{ report: Parameters<typeof renderReport>[0] }>(
    await assembleDraft(deps, DISTRICT.busy, YEAR),
    'draft',
  );
  return [
    `seeded in ${(seedMs / 1000).toFixed(1)} s`,
    `| tables 三/四 only, one organ (before issue 12) | ${await timed(stats(DISTRICT.busy))} |`,
    `| **draft, one organ** (10,000 cases, 20,000 items) | ${await timed(() => assembleDraft(deps, DISTRICT.busy, YEAR))} |`,
    `| tables 三/四 only, district subtree (before issue 12) | ${await timed(stats(DISTRICT.root))} |`,
    `| **roll-up, district of ${DISTRICT.organs} organs** | ${await timed(() => assembleRollup(deps, DISTRICT.root, YEAR))} |`,
    `| render the draft to DOCX | ${await timed(() => renderReport(draft.report, 'docx'))} |`,
    `| render the draft to HTML | ${await timed(() => renderReport(draft.report, 'html'))} |`,
    `| render the draft to PDF (pdfkit, CJK subset) | ${await timed(() => renderReportPdf(draft.report, PDF_FONT))} |`,
  ];
}

/** Runs the annual-report benchmark. */
export async function benchAnnualReport(): Promise<void> {
  process.stdout.write(
    `machine: ${os.cpus()[0]?.model ?? '?'}, ${os.cpus().length} cores, node ${process.version}, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}, ${new Date().toISOString().slice(0, 16)}\n`,
  );
  for (const backend of await backends()) {
    const database = await backend.open();
    try {
      const lines = await benchBackend(database.db);
      process.stdout.write(
        `\n${backend.name}: ${lines[0]}\n\n| step | median ms | max ms |\n|---|---:|---:|\n`,
      );
      process.stdout.write(`${lines.slice(1).join('\n')}\n`);
    } finally {
      await database.dispose();
    }
  }
}
