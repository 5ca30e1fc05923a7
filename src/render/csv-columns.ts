/**
 * The columns of the report dataset (one CSV row per report). A fixed union of every cell of both
 * tabular formats, so rows from 2019-format and 2021-format reports line up in one file:
 *
 * 1. `file`, `organ`, `year`, `format`;
 * 2. table 二, 2021 cells first (`proactive.rules.issued` … `proactive.fees.amountWanYuan`), then
 *    the 2019 cells not already listed (`proactive.rules.made` … `proactive.procurement.amount`,
 *    `proactive.procurement.amountText`). `proactive.<row>.decisions` is shared: 2021
 *    「本年处理决定数量」 and 2019 「处理决定数量」 (read it together with `format`);
 * 3. table 三, `applications.<row id>.<column>` with the column's official name
 *    (`applications.withheld.stateSecret.自然人` … `.总计`), rows in print order; （六） has the three
 *    2021 sub-rows `applications.other.noCorrection|noFee|other.*` and the single-row form
 *    `applications.otherSingle.*`;
 * 4. table 四, `reviewLitigation.<review|litigationDirect|litigationAfterReview>.<upheld|…|total>`;
 * 5. `errors`, `warnings`: counts of findings, empty when not given.
 *
 * Empty cell = null in the data (not stated, unreadable, or not part of the report's format).
 */
import {
  APPLICANT_COLUMNS,
  APPLICATION_ROWS_SPLIT,
  OUTCOME_COLUMNS,
  PROACTIVE_ROWS_2019,
  PROACTIVE_ROWS_2021,
  REVIEW_GROUPS,
} from '../domain/report/layout.ts';
import type { ProactiveRowSpec } from '../domain/report/layout.ts';

/** The leading identification columns. */
export const META_COLUMNS = ['file', 'organ', 'year', 'format'] as const;
/** The trailing summary columns. */
export const SUMMARY_COLUMNS = ['errors', 'warnings'] as const;
/** The id used in column names for the single-row （六）其他处理. */
export const OTHER_SINGLE_ID = 'otherSingle';

/** Column name of a table 二 cell. */
export function proactiveColumn(rowKey: string, cellKey: string): string {
  return `proactive.${rowKey}.${cellKey}`;
}

/** Column name of a table 三 cell; `rowId` is the layout row id (`withheld.stateSecret`). */
export function applicationColumn(rowId: string, column: number): string {
  return `applications.${rowId}.${APPLICANT_COLUMNS[column] ?? String(column)}`;
}

/** Column name of a table 四 cell. */
export function reviewColumn(group: string, outcome: string): string {
  return `reviewLitigation.${group}.${outcome}`;
}

function proactiveColumns(): string[] {
  const out: string[] = [];
  const add = (specs: readonly ProactiveRowSpec[]): void => {
    for (const spec of specs) {
      for (const cell of spec.columns) {
        const name = proactiveColumn(spec.key, cell.key);
        if (!out.includes(name)) {
          out.push(name);
        }
      }
    }
  };
  add(PROACTIVE_ROWS_2021);
  add(PROACTIVE_ROWS_2019);
  out.push(proactiveColumn('procurement', 'amountText'));
  return out;
}

function applicationColumns(): string[] {
  const rowIds = APPLICATION_ROWS_SPLIT.map((spec) => spec.id);
  const lastOther = rowIds.lastIndexOf('other.other');
  const withSingle = [...rowIds.slice(0, lastOther + 1), OTHER_SINGLE_ID, ...rowIds.slice(lastOther + 1)];
  return withSingle.flatMap((id) => APPLICANT_COLUMNS.map((_, c) => applicationColumn(id, c)));
}

function reviewColumns(): string[] {
  return REVIEW_GROUPS.flatMap((group) =>
    OUTCOME_COLUMNS.map((outcome) => reviewColumn(group.key, outcome.key)),
  );
}

const COLUMNS: readonly string[] = Object.freeze([
  ...META_COLUMNS,
  ...proactiveColumns(),
  ...applicationColumns(),
  ...reviewColumns(),
  ...SUMMARY_COLUMNS,
]);

/**
 * The dataset's header: every column, in order (see the module comment).
 * @example reportCsvColumns().slice(0, 5) // ['file', 'organ', 'year', 'format', 'proactive.rules.issued']
 */
export function reportCsvColumns(): string[] {
  return [...COLUMNS];
}
