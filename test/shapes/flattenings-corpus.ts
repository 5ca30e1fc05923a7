/**
 * The run-together corpus of issue 9: the seeds' values and realistic random reports, rendered in
 * every flattening of `flattenings.ts`, parsed and compared cell by cell with the truth.
 * Used by the test (src/domain/report/parse/flattenings.test.ts) and `npm run bench -- flattenings`.
 */
import { reportWithProse } from '../fixtures.ts';
import { parseReportText } from '../../src/domain/report/parse/parse-report.ts';
import type { AnnualReport } from '../../src/domain/report/model.ts';
import { compareReports } from './compare.ts';
import { flatten, realisticReport, type FlatteningName } from './flattenings.ts';

export const FLATTENINGS: readonly FlatteningName[] = ['onePage', 'onePageSpaced', 'plainText'];
const SEEDS = [
  '000_5b011f5e8cebd16c',
  '001_1f886fd727df4157',
  '002_2620abe2f7b9fa96',
  '004_bd8eac09615a20e9',
];
type TableKey = 'proactive' | 'applications' | 'reviewLitigation';

export type CorpusCase = { id: string; report: AnnualReport; nullText: string };

/**
 * The corpus: the four seeds with tables, and `count` random reports (half 2021, half 2019), every
 * fourth with two or three blank cells printed as 「/」 or 「—」 (or as `blankText`: `''` makes
 * them vanish with the separators, as an empty HTML cell does).
 */
export function flatteningCorpus(count: number, blankText?: string): CorpusCase[] {
  const seeds = SEEDS.map((id) => ({ id: id.slice(0, 3), report: reportWithProse(id), nullText: '' }));
  const random = Array.from({ length: count }, (_, i): CorpusCase => {
    const format = i % 2 === 0 ? '2021' : '2019';
    const blanks = i % 4 === 3 ? 2 + (i % 3 === 0 ? 1 : 0) : 0;
    return {
      id: `${format}-${i}${blanks ? `-blank${blanks}` : ''}`,
      report: realisticReport(i, format, blanks),
      nullText: blankText ?? (i % 8 === 3 ? '—' : '/'),
    };
  });
  return [...seeds, ...random];
}

export type Tally = { cells: number; recovered: number; wrong: string[] };
export type CorpusResult = Record<FlatteningName, Record<TableKey, Tally>>;

/** Parses every case in every flattening and tallies recovered and wrong cells per table. */
export function runCorpus(cases: readonly CorpusCase[]): CorpusResult {
  const out = {} as CorpusResult;
  for (const name of FLATTENINGS) {
    const tally = (): Tally => ({ cells: 0, recovered: 0, wrong: [] });
    const per = { proactive: tally(), applications: tally(), reviewLitigation: tally() };
    for (const c of cases) {
      const { report, findings } = parseReportText(flatten(c.report, name, { nullText: c.nullText }));
      const r = compareReports(c.report, report, findings);
      for (const key of Object.keys(per) as TableKey[]) {
        per[key].cells += r.byTable[key].cells;
        per[key].recovered += r.byTable[key].recovered;
      }
      for (const d of [...r.wrong, ...r.header]) {
        const key = (d.path.split('.')[0] ?? '') as TableKey;
        (per[key] ?? per.applications).wrong.push(
          `${c.id} ${name} ${d.path}: want ${String(d.want)} got ${String(d.got)}`,
        );
      }
    }
    out[name] = per;
  }
  return out;
}
