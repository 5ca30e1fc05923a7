/**
 * The arithmetic identities of tables 三 and 四 (annual-report-json.md §Identities; domain-zh.md §2.6):
 *
 * - 表三 every column: 一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理
 *   (the form's own note 「第一项加第二项之和，等于第三项加第四项之和」) — `IDENTITY_COLUMN_BALANCE`;
 * - 表三 every column: （七）总计 = （一）+（二）+ every numbered sub-row of （三）–（六） — `IDENTITY_RESULT_SUM`;
 * - 表三 every row: 总计 = the six applicant columns — `IDENTITY_ROW_TOTAL`;
 * - 表四 every group: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 — `IDENTITY_REVIEW_TOTAL`.
 *
 * A failed identity is an error. An identity with a blank (`null`) cell cannot be checked: that is a
 * warning (`IDENTITY_NOT_CHECKABLE`), never a silent pass. Not-checkable identities are grouped per
 * kind, so a table full of blanks gives at most four warnings, each naming the blank cells.
 */
import { finding, type Finding, type FindingLocation } from '../findings.ts';
import {
  APPLICANT_COLUMNS,
  OUTCOME_COLUMNS,
  REVIEW_GROUPS,
  TOTAL_COLUMN,
  applicationRowsOf,
  getApplicationRow,
} from '../layout.ts';
import type { ApplicantRow, Applications, ReviewLitigation } from '../model.ts';
import { joinLimited } from './wording.ts';

/** The four kinds of identity, each with its own finding code. */
export type IdentityKind = 'columnBalance' | 'resultSum' | 'rowTotal' | 'reviewTotal';

export const IDENTITY_CODES = {
  columnBalance: 'IDENTITY_COLUMN_BALANCE',
  resultSum: 'IDENTITY_RESULT_SUM',
  rowTotal: 'IDENTITY_ROW_TOTAL',
  reviewTotal: 'IDENTITY_REVIEW_TOTAL',
} as const satisfies Record<IdentityKind, string>;

/** What each identity says, for the not-checkable warning. */
const IDENTITY_DESCRIPTIONS = {
  columnBalance: '表三勾稽关系（第一项加第二项之和，等于第三项加第四项之和）',
  resultSum: '表三「（七）总计」= 各项办理结果之和',
  rowTotal: '表三「总计」列 = 自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他六列之和',
  reviewTotal: '表四「总计」= 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
} as const satisfies Record<IdentityKind, string>;

const INSTANCE_UNIT = { columnBalance: '列', resultSum: '列', rowTotal: '行', reviewTotal: '组' } as const;

/** One cell of an identity: contract key (row id, column index or outcome key), label and value. */
type Term = { key: string; label: string; value: number | null };

/** One instance of an identity: Σ left = Σ right. */
type IdentityInstance = {
  kind: IdentityKind;
  where: FindingLocation;
  /** Names the instance in lists, e.g. 「自然人」列 or （一）予以公开. */
  name: string;
  left: Term[];
  right: Term[];
  describe: (left: number, right: number) => string;
};

const sum = (terms: readonly Term[]): number => terms.reduce((acc, t) => acc + (t.value ?? 0), 0);

/** Table 三 identity instances, in print order: column balance, result sums, row totals. */
function applicationInstances(applications: Applications): IdentityInstance[] {
  const rows = applicationRowsOf(applications);
  const specs = new Map(rows.map((spec) => [spec.id, spec]));
  // Each row's cells read once, when first used (not once per identity term).
  const values = new Map<string, ApplicantRow>();
  const cell = (id: string, c: number): Term => {
    const spec = specs.get(id);
    if (!spec) {
      throw new Error(`unknown row ${id}`);
    }
    let row = values.get(id);
    if (row === undefined) {
      row = getApplicationRow(applications, spec);
      values.set(id, row);
    }
    return { key: spec.id, label: spec.shortLabel, value: row[c] ?? null };
  };
  const instances: IdentityInstance[] = [];
  APPLICANT_COLUMNS.forEach((columnLabel, c) => {
    instances.push({
      kind: 'columnBalance',
      where: { part: 'applications', column: String(c) },
      name: `「${columnLabel}」列`,
      left: [cell('newlyReceived', c), cell('carriedOver', c)],
      right: [cell('total', c), cell('carriedForward', c)],
      describe: (l, r) =>
        `表三「${columnLabel}」列：一、本年新收与二、上年结转之和 ${l} ≠ （七）总计与四、结转下年度继续办理之和 ${r}`,
    });
  });
  APPLICANT_COLUMNS.forEach((columnLabel, c) => {
    instances.push({
      kind: 'resultSum',
      where: { part: 'applications', row: 'total', column: String(c) },
      name: `「${columnLabel}」列`,
      left: [cell('total', c)],
      right: rows.filter((r) => r.isLeaf).map((r) => cell(r.id, c)),
      describe: (l, r) => `表三「（七）总计」行「${columnLabel}」列：总计 ${l} ≠ 各项办理结果之和 ${r}`,
    });
  });
  for (const spec of rows) {
    const values = getApplicationRow(applications, spec);
    const term = (c: number): Term => ({
      key: String(c),
      label: APPLICANT_COLUMNS[c] ?? '',
      value: values[c] ?? null,
    });
    instances.push({
      kind: 'rowTotal',
      where: { part: 'applications', row: spec.id, column: String(TOTAL_COLUMN) },
      name: spec.shortLabel,
      left: [term(TOTAL_COLUMN)],
      right: [0, 1, 2, 3, 4, 5].map(term),
      describe: (l, r) => `表三「${spec.shortLabel}」行「总计」列：总计 ${l} ≠ 六类申请人之和 ${r}`,
    });
  }
  return instances;
}

/** Table 四 identity instances: one per group. */
function reviewInstances(reviewLitigation: ReviewLitigation): IdentityInstance[] {
  return REVIEW_GROUPS.map(({ key, label }) => {
    const outcome = reviewLitigation[key];
    const term = (column: (typeof OUTCOME_COLUMNS)[number]): Term => ({
      key: column.key,
      label: column.label,
      value: outcome[column.key],
    });
    const parts = OUTCOME_COLUMNS.filter((column) => column.key !== 'total');
    const totalColumn = OUTCOME_COLUMNS.find((column) => column.key === 'total') ?? OUTCOME_COLUMNS[4];
    return {
      kind: 'reviewTotal',
      where: { part: 'reviewLitigation', row: key, column: 'total' },
      name: label,
      left: [term(totalColumn)],
      right: parts.map(term),
      describe: (l: number, r: number) =>
        `表四「${label}」「总计」列：总计 ${l} ≠ 结果维持、结果纠正、其他结果、尚未审结之和 ${r}`,
    };
  });
}

function failureOf(instance: IdentityInstance): Finding | null {
  const left = sum(instance.left);
  const right = sum(instance.right);
  if (left === right) {
    return null;
  }
  const difference = left - right;
  return finding(
    IDENTITY_CODES[instance.kind],
    'error',
    `${instance.describe(left, right)}，相差 ${Math.abs(difference)}`,
    instance.where,
    { numbers: { ...termNumbers(instance), left, right, difference } },
  );
}

/** The cells of an instance as numbers (only when few, so `numbers` stays readable). */
function termNumbers(instance: IdentityInstance): Record<string, number | null> {
  if (instance.left.length + instance.right.length > 8) {
    return {};
  }
  return Object.fromEntries([...instance.left, ...instance.right].map((t) => [t.key, t.value]));
}

/** The cells of an instance in print order (totals are printed after their parts, except 勾稽). */
const inPrintOrder = (instance: IdentityInstance): Term[] =>
  instance.kind === 'columnBalance'
    ? [...instance.left, ...instance.right]
    : [...instance.right, ...instance.left];

function notCheckable(kind: IdentityKind, blocked: readonly IdentityInstance[]): Finding {
  const described = blocked.map((instance) => {
    const blanks = inPrintOrder(instance)
      .filter((t) => t.value === null)
      .map((t) => t.label);
    return `${instance.name}（空白：${joinLimited(blanks, 4, '、')}）`;
  });
  const nullCells = blocked.reduce(
    (acc, instance) => acc + [...instance.left, ...instance.right].filter((t) => t.value === null).length,
    0,
  );
  const only = blocked.length === 1 ? blocked[0] : undefined;
  const where: FindingLocation = only ? only.where : { part: blocked[0]?.where.part ?? 'applications' };
  return finding(
    'IDENTITY_NOT_CHECKABLE',
    'warning',
    `${IDENTITY_DESCRIPTIONS[kind]}：有${blocked.length}${INSTANCE_UNIT[kind]}因单元格空白无法核对——` +
      joinLimited(described, 6, '；'),
    where,
    { numbers: { identities: blocked.length, nullCells } },
  );
}

function evaluate(instances: readonly IdentityInstance[]): Finding[] {
  const findings: Finding[] = [];
  const blockedByKind = new Map<IdentityKind, IdentityInstance[]>();
  for (const instance of instances) {
    const isBlocked = [...instance.left, ...instance.right].some((t) => t.value === null);
    if (isBlocked) {
      blockedByKind.set(instance.kind, [...(blockedByKind.get(instance.kind) ?? []), instance]);
      continue;
    }
    const failure = failureOf(instance);
    if (failure) {
      findings.push(failure);
    }
  }
  for (const [kind, blocked] of blockedByKind) {
    findings.push(notCheckable(kind, blocked));
  }
  return findings;
}

/**
 * Checks the identities of tables 三 and 四.
 * @param applications table 三, or null when the report has none (nothing to check)
 * @param reviewLitigation table 四, or null
 * @returns one error per failed identity instance, one warning per kind of identity with blanks
 * @example
 * checkIdentities(report.applications, report.reviewLitigation)
 * // [{ code: 'IDENTITY_RESULT_SUM', severity: 'error',
 * //    message: '表三「（七）总计」行「自然人」列：总计 62 ≠ 各项办理结果之和 61，相差 1', … }]
 */
export function checkIdentities(
  applications: Applications | null,
  reviewLitigation: ReviewLitigation | null,
): Finding[] {
  return [
    ...(applications ? evaluate(applicationInstances(applications)) : []),
    ...(reviewLitigation ? evaluate(reviewInstances(reviewLitigation)) : []),
  ];
}
