/**
 * The parser on every shape a report reaches the web in, built from known data (test/shapes):
 * lossless shapes must read back every cell; lossy ones (blank cells lost with their separators,
 * digit runs that split more than one way) must never produce a wrong number, and every cell they
 * leave null must carry a finding. Also the real pdftotext output in test-fixtures/shapes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataOf, expectedData, reportWithProse, ROOT } from '../../../../test/fixtures.ts';
import { compareReports, type Comparison } from '../../../../test/shapes/compare.ts';
import {
  randomReport,
  shape,
  singleOtherRow,
  type ModifierName,
  type ShapeName,
  type ShapeOptions,
} from '../../../../test/shapes/index.ts';
import type { AnnualReport } from '../model.ts';
import { parseReportText } from './parse-report.ts';

const FIXTURES = [
  '000_5b011f5e8cebd16c',
  '001_1f886fd727df4157',
  '002_2620abe2f7b9fa96',
  '004_bd8eac09615a20e9',
];
const RANDOM_PER_FORMAT = 20;

type Case = { id: string; report: AnnualReport; options?: ShapeOptions };

const fixtureCases: Case[] = FIXTURES.map((id) => ({ id: id.slice(0, 3), report: reportWithProse(id) }));
const randomCases = (count: number, blankCells = 0): Case[] =>
  Array.from({ length: count }, (_, i) => [
    {
      id: `r2021-${i}${blankCells ? `-blank${blankCells}` : ''}`,
      report: randomReport(i, '2021', { blankCells }),
    },
    {
      id: `r2019-${i}${blankCells ? `-blank${blankCells}` : ''}`,
      report: randomReport(i, '2019', { blankCells }),
    },
  ]).flat();

/** The expected fixtures and 20 random reports per format (all cells present except in seed 001). */
const ALL: Case[] = [...fixtureCases, ...randomCases(RANDOM_PER_FORMAT)];
/** A smaller set for modifier combinations. */
const SOME: Case[] = [...fixtureCases, ...randomCases(5)];
/** Reports with blank (null) cells in table 三/四. */
const BLANKS: Case[] = randomCases(8, 3);
/** Reports whose blank cells print as 「/」 or 「—」. */
const MARKED: Case[] = randomCases(6, 4).map((c, i) => ({
  ...c,
  id: `${c.id}-marked`,
  options: { nullText: i % 2 === 0 ? '/' : '—' },
}));
/** 2021 reports printing the single （六）其他处理 row. */
const SINGLE_OTHER: Case[] = [...fixtureCases, ...randomCases(8)]
  .filter((c) => c.report.format === '2021')
  .map((c) => ({ id: `${c.id}-single`, report: singleOtherRow(c.report) }));

const hasBlankCell = (value: unknown): boolean =>
  value === null || (typeof value === 'object' && Object.values(value).some(hasBlankCell));
const hasBlanks = (report: AnnualReport): boolean =>
  [report.proactive, report.applications, report.reviewLitigation].some((t) => t !== null && hasBlankCell(t));

function run(c: Case, base: ShapeName, modifiers: readonly ModifierName[]): Comparison {
  const { report, findings } = parseReportText(shape(c.report, base, modifiers, c.options));
  return compareReports(c.report, report, findings);
}

/** Problems that no shape may have: a wrong number, an unexplained null, a wrong organ/year/format. */
function neverWrong(c: Case, r: Comparison): string[] {
  return [
    ...r.header.map((d) => `${c.id} ${d.path}: want ${String(d.want)} got ${String(d.got)}`),
    ...r.wrong.map((d) => `${c.id} WRONG ${d.path}: want ${String(d.want)} got ${String(d.got)}`),
    ...r.unexplained.map((d) => `${c.id} null without a finding ${d.path} (want ${String(d.want)})`),
  ];
}

/** Shapes in which every cell, blank ones included, survives. */
const LOSSLESS: readonly ShapeName[] = [
  'pipeRows',
  'markdown',
  'tabRows',
  'cellPerLinePipe',
  'cellPerLineTab',
  'filledGrid',
];
/** Shapes in which blank cells vanish (no separator marks them), or spanned label cells are lost. */
const LOSSLESS_WHEN_COMPLETE: readonly ShapeName[] = ['columnMajor', 'layout', 'raw', 'ocrMarkdown'];

const MODIFIER_SETS: ReadonlyArray<readonly ModifierName[]> = [
  ['withNavigation'],
  ['withPageFooters'],
  ['withLabelVariants'],
  ['withNavigation', 'withPageFooters', 'withLabelVariants'],
];

function checkExact(
  cases: readonly Case[],
  base: ShapeName,
  modifiers: readonly ModifierName[],
  exactWhen: (c: Case) => boolean,
): void {
  const problems: string[] = [];
  let cells = 0;
  let recovered = 0;
  for (const c of cases) {
    const r = run(c, base, modifiers);
    cells += r.cells;
    recovered += r.recovered;
    problems.push(...neverWrong(c, r));
    if (exactWhen(c) && r.recovered !== r.cells) {
      problems.push(
        `${c.id} lost ${r.cells - r.recovered} cells: ${r.lost
          .slice(0, 3)
          .map((d) => d.path)
          .join(', ')}`,
      );
    }
  }
  expect(problems).toEqual([]);
  expect(recovered, `recovered ${recovered}/${cells}`).toBeGreaterThan(0);
}

describe('lossless shapes read back every cell', () => {
  describe.each(LOSSLESS)('%s', (base) => {
    it(`reads ${ALL.length} reports exactly`, () => checkExact(ALL, base, [], () => true));
    it.each(MODIFIER_SETS.map((m) => [m.join('+'), m] as const))('with %s', (_, modifiers) => {
      checkExact(
        SOME,
        base,
        modifiers,
        (c) => !(modifiers.includes('withPageFooters') && hasBlanks(c.report)),
      );
    });
    it('keeps explicit blank cells blank', () => checkExact(BLANKS, base, [], () => true));
    it('reads 「/」 and 「—」 cells as blank', () => checkExact(MARKED, base, [], () => true));
    it('reads the single （六）其他处理 row of a 2021 report', () =>
      checkExact(SINGLE_OTHER, base, [], () => true));
  });
});

describe('shapes that lose blank cells read complete reports exactly and never guess a blank', () => {
  describe.each(LOSSLESS_WHEN_COMPLETE)('%s', (base) => {
    it(`reads ${ALL.length} reports exactly when no cell is blank`, () =>
      checkExact(ALL, base, [], (c) => !hasBlanks(c.report)));
    it.each(MODIFIER_SETS.map((m) => [m.join('+'), m] as const))('with %s', (_, modifiers) => {
      checkExact(SOME, base, modifiers, (c) => !hasBlanks(c.report));
    });
    it('never puts a number in a blank cell or a wrong column', () =>
      checkExact(BLANKS, base, [], () => false));
    it('reads 「/」 and 「—」 cells as blank (they are printed)', () =>
      checkExact(MARKED, base, [], () => true));
    it('reads the single （六）其他处理 row of a 2021 report', () =>
      checkExact(SINGLE_OTHER, base, [], (c) => !hasBlanks(c.report)));
  });
});

describe('layout: blank cells are only spaces', () => {
  it('places the values of table 三 rows with blank cells by the column they sit under', () => {
    const problems: string[] = [];
    for (const c of BLANKS) {
      const r = run(c, 'layout', []);
      problems.push(...neverWrong(c, r));
      if (r.byTable.applications.recovered !== r.byTable.applications.cells) {
        problems.push(
          `${c.id} applications: ${r.byTable.applications.recovered}/${r.byTable.applications.cells}`,
        );
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('runTogether: the whole report on one line, no separators at all', () => {
  const share = (r: { cells: number; recovered: number }) => r.recovered / Math.max(1, r.cells);

  it.each([
    ['000', 200],
    ['002', 197], // 「5312」 for 规范性文件 (5 | 3 | 12) splits three ways: null, with a finding
    ['004', 199],
  ] as const)('recovers seed %s (at least %i cells)', (id, minimum) => {
    const c = fixtureCases.find((x) => x.id === id)!;
    const r = run(c, 'runTogether', []);
    expect(neverWrong(c, r)).toEqual([]);
    expect(r.recovered, `recovered ${r.recovered}/${r.cells}`).toBeGreaterThanOrEqual(minimum);
  });

  it('recovers table 三 of complete random reports fully and most of table 四 (the identities fix the cuts)', () => {
    const problems: string[] = [];
    const review = { cells: 0, recovered: 0 };
    for (const c of ALL.filter((x) => !hasBlanks(x.report))) {
      const r = run(c, 'runTogether', []);
      problems.push(...neverWrong(c, r));
      if (share(r.byTable.applications) < 1) {
        problems.push(
          `${c.id} applications: ${r.byTable.applications.recovered}/${r.byTable.applications.cells}`,
        );
      }
      review.cells += r.byTable.reviewLitigation.cells;
      review.recovered += r.byTable.reviewLitigation.recovered;
    }
    expect(problems).toEqual([]);
    // A group of table 四 whose run cuts two balanced ways (「11102140…」: 11,1,0,2,14 or 1,1,10,2,14) stays null.
    expect(share(review), `table 四: ${review.recovered}/${review.cells}`).toBeGreaterThanOrEqual(0.85);
  });

  it.each([
    [['withNavigation']],
    [['withLabelVariants']],
    [['withNavigation', 'withLabelVariants']],
  ] as const)('never guesses with %j', (modifiers) => {
    const problems = SOME.flatMap((c) => neverWrong(c, run(c, 'runTogether', modifiers)));
    expect(problems).toEqual([]);
  });

  it('never guesses when blank cells vanished with the separators (seed 001, random reports with blanks or 「/」)', () => {
    const cases = [...fixtureCases.filter((c) => c.id === '001'), ...BLANKS, ...MARKED, ...SINGLE_OTHER];
    expect(cases.flatMap((c) => neverWrong(c, run(c, 'runTogether', [])))).toEqual([]);
  });
});

describe('real pdftotext output (test-fixtures/shapes, scripts/make-shape-fixtures.ts)', () => {
  const dir = path.join(ROOT, 'test-fixtures', 'shapes');
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const seedOf = (file: string) => FIXTURES.find((id) => file.startsWith(id.slice(0, 3)))!;

  it('has the eight fixtures', () => {
    expect(files).toHaveLength(8);
  });

  it.each(files.filter((f) => f.startsWith('002')))('reads %s exactly', (file) => {
    const { report } = parseReportText(fs.readFileSync(path.join(dir, file), 'utf8'));
    expect(dataOf(report)).toEqual(expectedData(seedOf(file)));
  });

  it.each(files.filter((f) => f.startsWith('001')))(
    'never guesses in %s (its blank cells are only spaces)',
    (file) => {
      const c = { id: file, report: reportWithProse(seedOf(file)) };
      const { report, findings } = parseReportText(fs.readFileSync(path.join(dir, file), 'utf8'));
      const r = compareReports(c.report, report, findings);
      expect(neverWrong(c, r)).toEqual([]);
      expect(r.byTable.proactive.recovered).toBe(r.byTable.proactive.cells);
      if (file.includes('layout')) {
        // -layout keeps each value under its column: the rows with blank cells are placed by position.
        expect(r.byTable.applications.recovered).toBe(r.byTable.applications.cells);
      }
    },
  );
});
