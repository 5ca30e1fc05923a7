import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings.ts';
import {
  APPLICATION_ROWS_SINGLE,
  APPLICATION_ROWS_SPLIT,
  OUTCOME_COLUMNS,
  REVIEW_GROUPS,
  buildApplications,
  getApplicationRow,
  type ApplicationRowSpec,
} from '../layout.ts';
import type { ApplicantRow, Applications, Outcome, ReviewLitigation } from '../model.ts';
import { checkIdentities } from './identities.ts';
import { rowOf, seedReport, seededRandom, zeroApplications } from './fixtures.test-support.ts';

const keyOf = (f: Finding): string => `${f.code}|${f.where.row ?? ''}|${f.where.column ?? ''}`;

/** Replaces one row of table 三 (by spec id) in a copy. */
function withRow(applications: Applications, id: string, row: ApplicantRow): Applications {
  const isSplit = !Array.isArray(applications.other);
  const specs = isSplit ? APPLICATION_ROWS_SPLIT : APPLICATION_ROWS_SINGLE;
  const rows = new Map(specs.map((s) => [s.id, getApplicationRow(applications, s)]));
  rows.set(id, row);
  return buildApplications(rows, isSplit);
}

const zeroReview = (): ReviewLitigation => ({
  review: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
  litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
  litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
});

describe('checkIdentities — table-driven', () => {
  const base = zeroApplications(true);
  const cases: { name: string; applications: Applications; expected: string[] }[] = [
    { name: 'all zero balances', applications: base, expected: [] },
    {
      name: 'a consistent table balances',
      applications: [
        ['newlyReceived', rowOf(61)],
        ['carriedOver', rowOf(3)],
        ['granted', rowOf(40)],
        ['partlyGranted', rowOf(8)],
        ['withheld.internalAffairs', rowOf(6)],
        ['unavailable.notHeld', rowOf(8)],
        ['total', rowOf(62)],
        ['carriedForward', rowOf(2)],
      ].reduce((apps, [id, row]) => withRow(apps, id as string, row as ApplicantRow), base),
      expected: [],
    },
    {
      name: 'row total off by one in （一）予以公开',
      applications: withRow(base, 'granted', [0, 0, 0, 0, 0, 0, 1]),
      expected: ['IDENTITY_ROW_TOTAL|granted|6', 'IDENTITY_RESULT_SUM|total|6'],
    },
    {
      name: '（七）总计 larger than the results (自然人)',
      applications: withRow(base, 'total', [1, 0, 0, 0, 0, 0, 1]),
      expected: [
        'IDENTITY_COLUMN_BALANCE||0',
        'IDENTITY_COLUMN_BALANCE||6',
        'IDENTITY_RESULT_SUM|total|0',
        'IDENTITY_RESULT_SUM|total|6',
      ],
    },
    {
      name: 'newly received not carried anywhere',
      applications: withRow(base, 'newlyReceived', rowOf(0, 2)),
      expected: ['IDENTITY_COLUMN_BALANCE||1', 'IDENTITY_COLUMN_BALANCE||6'],
    },
    {
      name: 'single （六） row is a leaf (2019 format)',
      applications: withRow(zeroApplications(false), 'other', rowOf(1)),
      expected: ['IDENTITY_RESULT_SUM|total|0', 'IDENTITY_RESULT_SUM|total|6'],
    },
    {
      name: 'split （六）2 row is a leaf (2021 format)',
      applications: withRow(base, 'other.noFee', rowOf(0, 0, 0, 0, 0, 1)),
      expected: ['IDENTITY_RESULT_SUM|total|5', 'IDENTITY_RESULT_SUM|total|6'],
    },
  ];
  it.each(cases)('$name', ({ applications, expected }) => {
    const findings = checkIdentities(applications, zeroReview());
    expect(findings.map(keyOf).sort()).toEqual([...expected].sort());
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('names row, column, both sides and the difference', () => {
    const apps = withRow(
      withRow(zeroApplications(true), 'total', [62, 0, 0, 0, 0, 0, 62]),
      'granted',
      rowOf(61),
    );
    const sum = checkIdentities(apps, null).find(
      (f) => f.code === 'IDENTITY_RESULT_SUM' && f.where.column === '0',
    );
    expect(sum?.message).toBe('表三「（七）总计」行「自然人」列：总计 62 ≠ 各项办理结果之和 61，相差 1');
    expect(sum?.numbers).toMatchObject({ left: 62, right: 61, difference: 1 });
    expect(sum?.where).toEqual({ part: 'applications', row: 'total', column: '0' });
  });

  it('checks each table 四 group: 总计 = 维持 + 纠正 + 其他 + 尚未审结', () => {
    const review = zeroReview();
    review.review = { upheld: 6, corrected: 2, other: 5, pending: 0, total: 12 };
    const [failure, ...rest] = checkIdentities(null, review);
    expect(rest).toEqual([]);
    expect(failure?.code).toBe('IDENTITY_REVIEW_TOTAL');
    expect(failure?.message).toBe(
      '表四「行政复议」「总计」列：总计 12 ≠ 结果维持、结果纠正、其他结果、尚未审结之和 13，相差 1',
    );
    expect(failure?.numbers).toEqual({
      upheld: 6,
      corrected: 2,
      other: 5,
      pending: 0,
      total: 12,
      left: 12,
      right: 13,
      difference: -1,
    });
  });
});

describe('checkIdentities — blank cells', () => {
  it('never passes silently: one warning per kind of identity, naming the blank cells', () => {
    const apps = withRow(zeroApplications(true), 'granted', [0, 0, 0, 0, 0, 0, null]);
    const findings = checkIdentities(apps, zeroReview());
    expect(findings.map(keyOf).sort()).toEqual([
      'IDENTITY_NOT_CHECKABLE|granted|6',
      'IDENTITY_NOT_CHECKABLE|total|6',
    ]);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(findings[0]?.message).toContain('（一）予以公开');
  });

  it('a table full of blanks gives at most four warnings', () => {
    const specs = APPLICATION_ROWS_SPLIT;
    const blank: ApplicantRow = [null, null, null, null, null, null, null];
    const apps = buildApplications(new Map(specs.map((s) => [s.id, blank])), true);
    const nullOutcome: Outcome = { upheld: null, corrected: null, other: null, pending: null, total: null };
    const review = { review: nullOutcome, litigationDirect: nullOutcome, litigationAfterReview: nullOutcome };
    const findings = checkIdentities(apps, review);
    expect(findings).toHaveLength(4);
    expect(findings.every((f) => f.code === 'IDENTITY_NOT_CHECKABLE')).toBe(true);
    const rows = findings.find((f) => f.message.startsWith('表三「总计」列'));
    expect(rows?.numbers).toEqual({ identities: 25, nullCells: 25 * 7 });
    expect(rows?.message).toContain('等25项');
  });
});

describe('checkIdentities — the seed reports', () => {
  it.each(['000', '002', '004'] as const)('seed %s balances', (id) => {
    const report = seedReport(id);
    expect(checkIdentities(report.applications, report.reviewLitigation)).toEqual([]);
  });

  it('seed 001 (blank cells) gives not-checkable warnings and no errors', () => {
    const report = seedReport('001');
    const findings = checkIdentities(report.applications, report.reviewLitigation);
    expect(findings.map(keyOf).sort()).toEqual(
      [
        'IDENTITY_NOT_CHECKABLE|litigationAfterReview|total',
        'IDENTITY_NOT_CHECKABLE||',
        'IDENTITY_NOT_CHECKABLE||',
      ].sort(),
    );
    const rows = findings.find((f) => f.message.startsWith('表三「总计」列'));
    expect(rows?.message).toContain('有14行因单元格空白无法核对');
    expect(rows?.message).toContain('（三）1.属于国家秘密（空白：其他、总计）');
    const columns = findings.find((f) => f.message.startsWith('表三「（七）总计」'));
    expect(columns?.message).toContain('「其他」列');
    expect(columns?.message).toContain('「总计」列');
  });
});

describe('checkIdentities — generated tables', () => {
  function randomTables(
    rand: () => number,
    isSplit: boolean,
  ): { applications: Applications; review: ReviewLitigation } {
    const specs = isSplit ? APPLICATION_ROWS_SPLIT : APPLICATION_ROWS_SINGLE;
    const small = (max: number): number => (rand() < 0.5 ? 0 : Math.floor(rand() * (max + 1)));
    const rows = new Map<string, ApplicantRow>();
    for (const spec of specs.filter((s) => s.isLeaf)) {
      rows.set(spec.id, rowOf(...[0, 1, 2, 3, 4, 5].map(() => small(9))));
    }
    const totals = [0, 1, 2, 3, 4, 5].map((c) =>
      [...rows.values()].reduce((acc, row) => acc + (row[c] ?? 0), 0),
    );
    const forward = totals.map(() => small(3));
    const over = totals.map((t, c) => Math.floor(rand() * (t + (forward[c] ?? 0) + 1)));
    rows.set('total', rowOf(...totals));
    rows.set('carriedForward', rowOf(...forward));
    rows.set('carriedOver', rowOf(...over));
    rows.set('newlyReceived', rowOf(...totals.map((t, c) => t + (forward[c] ?? 0) - (over[c] ?? 0))));
    const outcome = (): Outcome => {
      const [upheld, corrected, other, pending] = [small(5), small(5), small(5), small(5)];
      return { upheld, corrected, other, pending, total: upheld + corrected + other + pending };
    };
    return {
      applications: buildApplications(rows, isSplit),
      review: { review: outcome(), litigationDirect: outcome(), litigationAfterReview: outcome() },
    };
  }

  function expectedFor(spec: ApplicationRowSpec, column: number): string[] {
    const keys = [`IDENTITY_ROW_TOTAL|${spec.id}|6`];
    if (spec.isLeaf || spec.id === 'total') {
      keys.push(`IDENTITY_RESULT_SUM|total|${column}`);
    }
    if (['newlyReceived', 'carriedOver', 'total', 'carriedForward'].includes(spec.id)) {
      keys.push(`IDENTITY_COLUMN_BALANCE||${column}`);
    }
    return keys.sort();
  }

  it('random valid tables satisfy every identity', () => {
    const rand = seededRandom(20240101);
    for (let i = 0; i < 200; i += 1) {
      const { applications, review } = randomTables(rand, i % 2 === 0);
      expect(checkIdentities(applications, review)).toEqual([]);
    }
  });

  it('perturbing one cell of table 三 gives exactly the identities through that cell', () => {
    const rand = seededRandom(7);
    for (let i = 0; i < 300; i += 1) {
      const isSplit = i % 2 === 0;
      const { applications, review } = randomTables(rand, isSplit);
      const specs = isSplit ? APPLICATION_ROWS_SPLIT : APPLICATION_ROWS_SINGLE;
      const spec = specs[Math.floor(rand() * specs.length)]!;
      const column = Math.floor(rand() * 7);
      const row = [...getApplicationRow(applications, spec)] as ApplicantRow;
      row[column] = (row[column] ?? 0) + 1 + Math.floor(rand() * 3);
      const findings = checkIdentities(withRow(applications, spec.id, row), review);
      expect(findings.map(keyOf).sort(), `${spec.id} column ${column}`).toEqual(expectedFor(spec, column));
      expect(findings.every((f) => f.severity === 'error')).toBe(true);
    }
  });

  it('perturbing one cell of table 四 breaks exactly that group', () => {
    const rand = seededRandom(99);
    for (let i = 0; i < 100; i += 1) {
      const { applications, review } = randomTables(rand, true);
      const group = REVIEW_GROUPS[Math.floor(rand() * 3)]!.key;
      const column = OUTCOME_COLUMNS[Math.floor(rand() * 5)]!.key;
      const broken = { ...review, [group]: { ...review[group], [column]: (review[group][column] ?? 0) + 1 } };
      expect(checkIdentities(applications, broken).map(keyOf)).toEqual([
        `IDENTITY_REVIEW_TOTAL|${group}|total`,
      ]);
    }
  });
});
