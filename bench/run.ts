/**
 * `npm run bench -- NAME`: runs one benchmark and prints its figures (never asserted in tests).
 * Benchmarks: report (parse + check throughput, issue 2); web (portal and checker over HTTP, issue 3);
 * cases (deadlines, tables 三/四 over a million cases, the staff queue page; issue 4); uploads (hostile
 * files against the checker; issue 8); startup (whole-process start of the CLI and the server; issue 9); flattenings (run-together
 * cells recovered, decision 014); publishing (主动公开 pages over 100,000 items, publishing one item; issue 10); item-import (1,000 rows
 * with bodies and attachments from an existing site; issue 10); search (/search over 100,000 items; issue 11); annual-report (draft, roll-up and rendering from records;
 * issue 12); crawler-files (sitemap and items dataset kept, issue 11).
 */
import { benchAnnualReport } from './annual-report.ts';
import { benchCases } from './cases.ts';
import { benchCrawlerFiles } from './crawler-files.ts';
import { benchFlattenings } from './flattenings.ts';
import { benchItemImport } from './item-import.ts';
import { benchPublishing } from './publishing.ts';
import { benchReport } from './report.ts';
import { benchSearch } from './search.ts';
import { benchStartup } from './startup.ts';
import { benchUploads } from './uploads.ts';
import { benchWeb } from './web.ts';

const BENCHMARKS: Record<string, () => Promise<void>> = {
  report: benchReport,
  web: benchWeb,
  cases: benchCases,
  uploads: benchUploads,
  startup: benchStartup,
  flattenings: benchFlattenings,
  publishing: benchPublishing,
  'item-import': benchItemImport,
  search: benchSearch,
  'annual-report': benchAnnualReport,
  'crawler-files': benchCrawlerFiles,
};

const name = process.argv[2] ?? '';
const run = BENCHMARKS[name];
if (!run) {
  process.stderr.write(`usage: npm run bench -- <${Object.keys(BENCHMARKS).join('|')}>\n`);
  process.exit(2);
}
await run();
