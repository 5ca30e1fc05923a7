/**
 * The demo district's past year (issue 12, "The CLI and the demo"): every organ's report drafted
 * from the demo records, and the 全区 roll-up, check clean against the real 2024 report — the only
 * warning left is the part a person writes (五、存在的主要问题及改进情况, never drafted) — and the
 * roll-up rendered to DOCX and read back by `gongkai report check` (the CLI's parser and checker,
 * with last year's report as --previous) gives the same tables and no error. Loads only the demo
 * content the report is made of (organs, last years' reports, the year's cases, the 区政府's
 * 规范性文件, 表二 figures); PGlite only: it tests demo data and the renderer/parser round trip,
 * which the backend does not change (the queries run on both in their own tests).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { testEnv } from '../../../test/portal.ts';
import { movableClock } from '../../../test/staff.ts';
import { checkReportFile } from '../../cli/report-check.ts';
import type { Finding } from '../../domain/report/findings.ts';
import { renderReport } from '../../render/index.ts';
import { assembleDraftBySlug } from '../annual-report/assemble-draft.ts';
import { assembleRollupBySlug } from '../annual-report/assemble-rollup.ts';
import { loadDemoAnnualReports } from './annual-reports.ts';
import { ensureDemoOrgans } from './demo-organs.ts';
import { BOSHAN_EARLIER_ITEMS } from './demo-items-earlier.ts';
import { loadDemoItems } from './demo-items.ts';
import { loadDemoYearCases } from './demo-year-cases.ts';
import { demoLoaders, type DemoLoaderDeps } from './registry.ts';
import './demo-figures.ts';

const ORGANS = ['boshan', 'zfb', 'jyj', 'czj', 'zjj', 'chengdong', 'shantou', 'chishang', 'yuanquan'];
const LAST_YEAR = fileURLToPath(new URL('./boshan-2024.json', import.meta.url));
/** What a careful organ still has on a draft: the part it writes itself. */
const unexpected = (findings: readonly Finding[]) =>
  findings
    .filter((f) => f.severity !== 'info' && !(f.code === 'SECTION_MISSING' && f.where.part === 'problems'))
    .map((f) => `${f.code}: ${f.message}`);

const [pglite] = await backends();

describe('the demo district drafts a clean 2025 report', { timeout: 120_000 }, () => {
  let t: TestDb;
  let deps: DemoLoaderDeps;
  beforeAll(async () => {
    t = await pglite!.open();
    const clock = movableClock('2026-12-06T02:00:00Z');
    deps = { db: t.db, clock, env: testEnv(), print: () => undefined };
    await ensureDemoOrgans(deps);
    await loadDemoAnnualReports(deps);
    await loadDemoYearCases(deps);
    await loadDemoItems(deps, [BOSHAN_EARLIER_ITEMS]);
    await demoLoaders().find(([name]) => name === '表二填报数据')![1](deps);
  }, 120_000);
  afterAll(() => t.dispose());

  it.each(ORGANS)('%s: the organ’s own draft', async (slug) => {
    const draft = await assembleDraftBySlug(deps, slug, 2025);
    expect(draft.ok).toBe(true);
    expect(draft.ok && unexpected(draft.findings)).toEqual([]);
  });

  it('the roll-up continues the real 2024 report and survives DOCX → report check', async () => {
    const rollup = await assembleRollupBySlug(deps, 'boshan', 2025);
    if (!rollup.ok) {
      throw new Error(JSON.stringify(rollup));
    }
    expect(unexpected(rollup.findings)).toEqual([]);
    const [applications, reviewLitigation, proactive] = [
      rollup.report.applications!,
      rollup.report.reviewLitigation!,
      rollup.report.proactive!,
    ];
    expect(applications.carriedOver[6]).toBe(2); // 2024's 结转下年
    expect(proactive.normativeDocuments).toMatchObject({ repealed: 1 + 1 }); // 废止 and 失效
    expect(reviewLitigation.review.total).toBeGreaterThan(0);
    expect(proactive.licensing.decisions).not.toBeNull(); // every organ entered its figures

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-demo-year-'));
    try {
      const file = path.join(dir, 'boshan-2025.docx');
      fs.writeFileSync(file, await renderReport(rollup.report, 'docx'));
      const checked = await checkReportFile(file, LAST_YEAR);
      expect(checked.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(unexpected(checked.findings)).toEqual([]);
      expect(checked.report).toMatchObject({ organ: rollup.report.organ, year: 2025, format: '2021' });
      expect(checked.report.format === '2021' && checked.report.applications).toEqual(applications);
      expect(checked.report.format === '2021' && checked.report.reviewLitigation).toEqual(reviewLitigation);
      expect(checked.report.format === '2021' && checked.report.proactive).toEqual(proactive);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
