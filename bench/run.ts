/**
 * `npm run bench -- NAME`: runs one benchmark and prints its figures (never asserted in tests).
 * Benchmarks: report (parse + check throughput, issue 2).
 */
import { benchReport } from './report.ts';

const BENCHMARKS: Record<string, () => Promise<void>> = { report: benchReport };

const name = process.argv[2] ?? '';
const run = BENCHMARKS[name];
if (!run) {
  process.stderr.write(`usage: npm run bench -- <${Object.keys(BENCHMARKS).join('|')}>\n`);
  process.exit(2);
}
await run();
