/**
 * Run-together flattenings (issue 9, decision 014): share of cells recovered and wrong cells on
 * the generated corpus (test/shapes/flattenings-corpus.ts: the seeds and 200 realistic reports,
 * in each run-together shape), per table, and the parse rate of each shape. Figures for
 * docs/benchmarks.md; the test (src/domain/report/parse/flattenings.test.ts) asserts the targets.
 */
import os from 'node:os';
import {
  flatteningCorpus,
  FLATTENINGS,
  runCorpus,
  type CorpusCase,
  type Tally,
} from '../test/shapes/flattenings-corpus.ts';
import { flatten } from '../test/shapes/flattenings.ts';
import { parseReportText } from '../src/domain/report/parse/parse-report.ts';

const REPORTS = 200;

const percent = (t: { cells: number; recovered: number }) =>
  `${((100 * t.recovered) / Math.max(1, t.cells)).toFixed(2)} % (${t.recovered}/${t.cells})`;

function add(...tallies: Tally[]): Tally {
  return {
    cells: tallies.reduce((s, t) => s + t.cells, 0),
    recovered: tallies.reduce((s, t) => s + t.recovered, 0),
    wrong: tallies.flatMap((t) => t.wrong),
  };
}

/** Parse rate of one shape over the corpus, per second of CPU time (median of five passes; the machine is shared). */
function rate(texts: readonly string[]): number {
  const runs = [0, 1, 2, 3, 4].map(() => {
    const start = process.cpuUsage();
    for (const text of texts) {
      parseReportText(text);
    }
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1e6;
  });
  runs.sort((a, b) => a - b);
  return texts.length / runs[2]!;
}

export async function benchFlattenings(): Promise<void> {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(
    `run-together corpus: ${REPORTS + 4} reports (4 seeds + ${REPORTS} realistic), ${os.cpus()[0]?.model ?? ''}`,
  );
  out('\nblank cells printed as 「/」 or 「—」 (the target: ≥ 99 % of tables 三 + 四, 0 wrong):');
  printTable(flatteningCorpus(REPORTS), true);
  out('\nblank cells not printed (they vanish with the separators; only 0 wrong is required):');
  printTable(flatteningCorpus(REPORTS, ''), false);
  await Promise.resolve();
}

function printTable(cases: readonly CorpusCase[], withRate: boolean): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const result = runCorpus(cases);
  out('| shape | table 二 | table 三 | table 四 | 三 + 四 | all | wrong | parse/s CPU |');
  out('|---|---|---|---|---|---|---|---|');
  for (const name of FLATTENINGS) {
    const per = result[name];
    const all = add(per.proactive, per.applications, per.reviewLitigation);
    const texts = cases.map((c) => flatten(c.report, name, { nullText: c.nullText }));
    const speed = withRate ? String(Math.round(rate(texts))) : '';
    out(
      `| ${name} | ${percent(per.proactive)} | ${percent(per.applications)} | ${percent(per.reviewLitigation)} | ${percent(add(per.applications, per.reviewLitigation))} | ${percent(all)} | ${all.wrong.length} | ${speed} |`,
    );
    for (const w of all.wrong.slice(0, 5)) {
      out(`  WRONG ${w}`);
    }
  }
}
