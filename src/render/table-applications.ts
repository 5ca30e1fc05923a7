/**
 * Table 三 (收到和处理政府信息公开申请情况) as printed (domain-zh.md §2.4; 2019 §2.7):
 *
 * - a three-row header: the 勾稽 note in the top-left spanning the 3-column label block;
 *   申请人情况 over all seven columns; 自然人 and 总计 spanning two header rows; 法人或其他组织 over
 *   its five sub-columns;
 * - rows 一、/二、/四、 span the three label columns; 「三、本年度办理结果」 spans every result row;
 *   （一）（二）（七） span two columns; （三）–（六） are row-span group labels over their numbered
 *   sub-rows; a single-row （六）其他处理 (2019 format) spans two columns like （一）.
 */
import {
  APPLICANT_COLUMNS,
  APPLICATION_GROUP_LABELS,
  APPLICATIONS_NOTE,
  applicationRowsOf,
  getApplicationRow,
} from '../domain/report/layout.ts';
import type { ApplicationRowSpec } from '../domain/report/layout.ts';
import type { Applications } from '../domain/report/model.ts';
import { FORM_LABELS, formatCellValue } from './labels.ts';
import { COLUMN_WEIGHTS, columnHeader, noteCell, rowHeader, rowLabelId, valueCell } from './table-model.ts';
import type { TableCell, TableModel, TableRow } from './table-model.ts';

const LABEL_COLUMNS = 3;
/** Rows outside 「三、本年度办理结果」: they span the whole label block. */
const OUTER_ROWS: ReadonlySet<string> = new Set(['newlyReceived', 'carriedOver', 'carriedForward']);
const BAND_ID = 'applicants';
const LEGAL_BAND_ID = 'legal';
const RESULTS_ID = 'results';

/** Local id of the header of applicant column c ("0"–"6"). */
function columnId(c: number): string {
  return `c${c}`;
}

/** The header ids that describe applicant column c. */
function columnHeaderIds(c: number): string[] {
  const isLegalPerson = c >= 1 && c <= 5;
  return isLegalPerson ? [BAND_ID, LEGAL_BAND_ID, columnId(c)] : [BAND_ID, columnId(c)];
}

function headRows(): TableRow[] {
  const legal = APPLICANT_COLUMNS.slice(1, 6);
  return [
    [
      noteCell(APPLICATIONS_NOTE, 3, LABEL_COLUMNS),
      columnHeader(FORM_LABELS.applicantBand, { colSpan: 7, id: BAND_ID, scope: 'colgroup' }),
    ],
    [
      columnHeader(APPLICANT_COLUMNS[0], { rowSpan: 2, id: columnId(0) }),
      columnHeader(FORM_LABELS.legalPersonBand, { colSpan: 5, id: LEGAL_BAND_ID, scope: 'colgroup' }),
      columnHeader(APPLICANT_COLUMNS[6], { rowSpan: 2, id: columnId(6) }),
    ],
    legal.map((label, i) => columnHeader(label, { id: columnId(i + 1) })),
  ];
}

/** The label cells that open one body row, and the header ids its data cells refer to. */
function labelCells(
  spec: ApplicationRowSpec,
  specs: readonly ApplicationRowSpec[],
  resultRowCount: number,
): { cells: TableCell[]; headerIds: string[] } {
  const ownId = rowLabelId(spec.id);
  const address = { row: spec.id };
  if (OUTER_ROWS.has(spec.id)) {
    return {
      cells: [rowHeader(spec.label, { colSpan: LABEL_COLUMNS, id: ownId, address })],
      headerIds: [ownId],
    };
  }
  const cells: TableCell[] = [];
  const firstResult = specs.find((s) => !OUTER_ROWS.has(s.id));
  if (firstResult === spec) {
    cells.push(
      rowHeader(FORM_LABELS.resultsBlock, { rowSpan: resultRowCount, id: RESULTS_ID, scope: 'rowgroup' }),
    );
  }
  if (spec.group === null) {
    cells.push(rowHeader(spec.label, { colSpan: 2, id: ownId, address }));
    return { cells, headerIds: [RESULTS_ID, ownId] };
  }
  const groupId = `g-${spec.group}`;
  const siblings = specs.filter((s) => s.group === spec.group);
  if (siblings[0] === spec) {
    const label = APPLICATION_GROUP_LABELS[spec.group];
    cells.push(rowHeader(label, { rowSpan: siblings.length, id: groupId, scope: 'rowgroup' }));
  }
  cells.push(rowHeader(spec.label, { id: ownId, address }));
  return { cells, headerIds: [RESULTS_ID, groupId, ownId] };
}

/**
 * Builds table 三. The （六） rows follow the data: three sub-rows when `applications.other` is
 * split, one row otherwise.
 * @example buildApplicationsTable(report.applications).columnCount // 10
 */
export function buildApplicationsTable(applications: Applications): TableModel {
  const specs = applicationRowsOf(applications);
  const resultRowCount = specs.filter((s) => !OUTER_ROWS.has(s.id)).length;
  const body = specs.map((spec): TableRow => {
    const { cells, headerIds } = labelCells(spec, specs, resultRowCount);
    const values = getApplicationRow(applications, spec).map((value, c) =>
      valueCell(formatCellValue(value), { row: spec.id, column: String(c) }, [
        ...headerIds,
        ...columnHeaderIds(c),
      ]),
    );
    return [...cells, ...values];
  });
  return {
    part: 'applications',
    caption: '依申请公开情况统计表',
    columnCount: LABEL_COLUMNS + APPLICANT_COLUMNS.length,
    columnWeights: COLUMN_WEIGHTS.applications,
    head: headRows(),
    bodies: [body],
  };
}
