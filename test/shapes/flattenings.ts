/**
 * The hardest flattenings (issue 9): text where the cells of a table ran together, and a corpus of
 * reports to render in them. Shapes: the whole page on one line (`onePage`, cells with no separator,
 * a row's last digits touching the next row's ordinal, table 四's fifteen cells in one run), the
 * same with a space after each row label (`onePageSpaced`, 「…数量 453000048二、上年结转…」) and
 * `pdftotext` without `-layout` (`plainText`: table 三's labels in one block, then its values
 * column by column, one per line). Reports: the seeds' values and realistic random ones (mostly
 * zeros, a few two- and three-digit counts, some blank cells printed as 「/」 or 「—」).
 */
import {
  APPLICANT_COLUMN_COUNT,
  applicationRowsOf,
  buildApplications,
  getApplicationRow,
  REVIEW_GROUPS,
  TOTAL_COLUMN,
  type ApplicationRowSpec,
} from '../../src/domain/report/layout.ts';
import type {
  AnnualReport,
  ApplicantRow,
  Applications,
  ReviewLitigation,
} from '../../src/domain/report/model.ts';
import { reportBlocks, toGrid, type Block, type ShapeOptions, type Table } from './document.ts';
import { wrap } from './layout-shapes.ts';
import { runTogether } from './modifiers.ts';
import { createRng, randomReport, type Rng } from './random-report.ts';

export type FlatteningName = 'onePage' | 'onePageSpaced' | 'plainText';

/** A table row's text: labels run together, a space, then the values run together. */
function spacedRow(row: Table['rows'][number]): string {
  const labels = row.filter((c) => c.kind !== 'value').map((c) => c.text);
  const values = row.filter((c) => c.kind === 'value').map((c) => c.text);
  return values.length === 0 ? labels.join('') : `${labels.join('')} ${values.join('')}`;
}

/** Table 三 as pdftotext without -layout prints it: labels, headers, then each value column. */
function plainApplications(t: Table): string[] {
  const grid = toGrid(t);
  const isValueColumn = (c: number) => grid.some((row) => row[c]!.cell.kind === 'value');
  const first = Array.from({ length: t.columns }, (_, c) => c).find(isValueColumn) ?? t.columns;
  const labels = t.rows.flatMap((row) =>
    row.filter((c) => c.kind === 'label').flatMap((c) => wrap(c.text, 24)),
  );
  const heads = t.rows.flatMap((row) => row.filter((c) => c.kind === 'head').map((c) => c.text));
  const columns = Array.from({ length: t.columns - first }, (_, i) =>
    grid.map((row) => row[first + i]!).filter((g) => g.cell.kind === 'value' && g.cell.text !== ''),
  ).flatMap((column) => column.map((g) => g.cell.text));
  return [...heads, ...labels, ...columns];
}

function render(blocks: readonly Block[], table: (t: Table) => string[], joiner: string): string {
  return blocks
    .map((b) => (b.kind === 'table' ? table(b.table).join(joiner) : b.text))
    .join('\n')
    .concat('\n');
}

/** Renders a report in one of the run-together shapes. */
export function flatten(report: AnnualReport, name: FlatteningName, options: ShapeOptions = {}): string {
  const blocks = reportBlocks(report, options);
  switch (name) {
    case 'onePage':
      return runTogether(report, options);
    case 'onePageSpaced':
      return render(blocks, (t) => t.rows.map(spacedRow), '').replace(/\n/g, '');
    case 'plainText':
      return render(
        blocks,
        (t) =>
          t.id === 'applications'
            ? plainApplications(t)
            : t.rows.map((row) =>
                row
                  .map((c) => c.text)
                  .filter((x) => x !== '')
                  .join(' '),
              ),
        '\n',
      );
  }
}

/** A count as small organs report them: mostly zero, some single digits, a few 2–3 digit counts. */
function realisticCount(rng: Rng, isBusy: boolean): number {
  const u = rng.next();
  const zero = isBusy ? 0.45 : 0.85;
  if (u < zero) {
    return 0;
  }
  if (u < zero + (1 - zero) * 0.75) {
    return rng.int(1, 9);
  }
  return u < 0.985 ? rng.int(10, 99) : rng.int(100, 999);
}

function realisticApplications(
  rng: Rng,
  specs: readonly ApplicationRowSpec[],
  isSplit: boolean,
): Applications {
  const cells = new Map(specs.map((s) => [s.id, Array.from({ length: APPLICANT_COLUMN_COUNT }, () => 0)]));
  for (let c = 0; c < TOTAL_COLUMN; c += 1) {
    const isActive = c === 0 || rng.chance(0.3);
    let total = 0;
    for (const leaf of specs.filter((s) => s.isLeaf)) {
      const v = isActive ? realisticCount(rng, c === 0 && ['granted', 'partlyGranted'].includes(leaf.id)) : 0;
      cells.get(leaf.id)![c] = v;
      total += v;
    }
    const carriedForward = isActive && rng.chance(0.3) ? rng.int(0, Math.ceil(total / 5)) : 0;
    const carriedOver = isActive && rng.chance(0.3) ? rng.int(0, total + carriedForward) : 0;
    cells.get('total')![c] = total;
    cells.get('carriedForward')![c] = carriedForward;
    cells.get('carriedOver')![c] = carriedOver;
    cells.get('newlyReceived')![c] = total + carriedForward - carriedOver;
  }
  const rows = new Map<string, ApplicantRow>();
  for (const [id, row] of cells) {
    row[TOTAL_COLUMN] = row.slice(0, TOTAL_COLUMN).reduce((a, b) => a + b, 0);
    rows.set(id, row as ApplicantRow);
  }
  return buildApplications(rows, isSplit);
}

function realisticReview(rng: Rng): ReviewLitigation {
  return Object.fromEntries(
    REVIEW_GROUPS.map((g, i) => {
      const [upheld, corrected, other, pending] = [0, 1, 2, 3].map(() =>
        realisticCount(rng, i === 0 && rng.chance(0.5)),
      );
      const total = upheld! + corrected! + other! + pending!;
      return [g.key, { upheld, corrected, other, pending, total }];
    }),
  ) as ReviewLitigation;
}

/** Table 二 as most organs print it: no 规章 (only governments above the county make them), few documents. */
function realisticProactive(rng: Rng, format: '2021' | '2019'): AnnualReport['proactive'] {
  const small = () => realisticCount(rng, false);
  const rules = rng.chance(0.8);
  if (format === '2021') {
    const docs = (none: boolean) =>
      none
        ? { issued: 0, repealed: 0, inForce: 0 }
        : { issued: small(), repealed: small(), inForce: realisticCount(rng, true) };
    return {
      rules: docs(rules),
      normativeDocuments: docs(false),
      licensing: { decisions: realisticCount(rng, true) },
      penalties: { decisions: realisticCount(rng, true) },
      coercion: { decisions: small() },
      fees: { amountWanYuan: rng.chance(0.8) ? 0 : rng.int(1, 99_999) / 100 },
    };
  }
  const docs = (none: boolean) =>
    none
      ? { made: 0, published: 0, totalPublic: 0 }
      : { made: small(), published: small(), totalPublic: realisticCount(rng, true) };
  const items = () => ({
    previousYear: realisticCount(rng, true),
    change: rng.chance(0.8) ? 0 : rng.int(-3, 3),
    decisions: realisticCount(rng, true),
  });
  const projects = small();
  const amount = projects === 0 ? 0 : rng.int(1, 99_999) / 100;
  return {
    rules: docs(rules),
    normativeDocuments: docs(false),
    licensing: items(),
    otherServices: items(),
    penalties: items(),
    coercion: items(),
    fees: { previousYear: small(), change: 0 },
    procurement: { projects, amount, amountText: amount === 0 ? '0' : `${amount}万元` },
  };
}

/** Blanks `n` cells of tables 三 and 四 (printed as 「/」 or 「—」 by the caller's `nullText`). */
function blank(rng: Rng, report: AnnualReport, n: number): void {
  const apps = report.applications!;
  const specs = applicationRowsOf(apps);
  for (let i = 0; i < n; i += 1) {
    if (rng.chance(0.2)) {
      const group = report.reviewLitigation![rng.pick(REVIEW_GROUPS).key];
      group[rng.pick(['upheld', 'corrected', 'other', 'pending'] as const)] = null;
    } else {
      getApplicationRow(apps, rng.pick(specs))[rng.int(0, TOTAL_COLUMN - 1)] = null;
    }
  }
}

/**
 * A random report with realistic numbers in tables 二, 三 and 四.
 * @param blankCells cells of tables 三/四 to leave blank (the identities then cannot be checked through them)
 */
export function realisticReport(seed: number, format: '2021' | '2019', blankCells = 0): AnnualReport {
  const rng = createRng(seed * 104_729 + (format === '2021' ? 3 : 4));
  const base = randomReport(seed, format);
  const specs = applicationRowsOf(base.applications!);
  const report = {
    ...base,
    applications: realisticApplications(rng, specs, format === '2021'),
    reviewLitigation: realisticReview(rng),
    proactive: realisticProactive(rng, format),
  } as AnnualReport;
  blank(rng, report, blankCells);
  return report;
}
