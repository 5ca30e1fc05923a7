/**
 * The import of table 二's entered figures (issue 12: "an XLSX import per organ and year"): one row
 * per organ and year, many organs and years in one file, read by the shared sheet reader and
 * planned here. Pure: the rows and the organs the person may enter for → the figures to write, or
 * the errors by line and column (Chinese). Any error and nothing is written (all-or-nothing).
 */
import type { KeyedRow, SheetColumn } from '../imports/header-match.ts';
import { parseEnteredFigures, type EnteredFigureField, type EnteredFigures } from './entered-figures.ts';

export type FiguresImportColumnKey = 'organ' | 'year' | EnteredFigureField;

/** One file covers at most this many rows (organs × years). */
export const MAX_FIGURES_IMPORT_ROWS = 5000;

/** In template order. */
export const FIGURES_IMPORT_COLUMNS: readonly SheetColumn<FiguresImportColumnKey>[] = [
  {
    key: 'organ',
    header: '机关名称',
    aliases: ['机关', '单位', '单位名称', '机构名称'],
    isRequired: true,
    hint: '平台中机关的全称或简称，如“某区教育局”',
  },
  { key: 'year', header: '年度', aliases: ['报告年度', '年份'], isRequired: true, hint: '如 2025' },
  {
    key: 'licensing',
    header: '行政许可决定数',
    aliases: ['行政许可', '行政许可本年处理决定数量', '行政许可处理决定数量'],
    isRequired: true,
    hint: '本年处理决定数量，不小于 0 的整数；不知道的留空',
  },
  {
    key: 'penalties',
    header: '行政处罚决定数',
    aliases: ['行政处罚', '行政处罚本年处理决定数量', '行政处罚处理决定数量'],
    isRequired: true,
    hint: '本年处理决定数量，不小于 0 的整数；不知道的留空',
  },
  {
    key: 'coercion',
    header: '行政强制决定数',
    aliases: ['行政强制', '行政强制本年处理决定数量', '行政强制处理决定数量'],
    isRequired: true,
    hint: '本年处理决定数量，不小于 0 的整数；不知道的留空',
  },
  {
    key: 'feesWanYuan',
    header: '收费金额（万元）',
    aliases: [
      '行政事业性收费',
      '收费金额',
      '本年收费金额',
      '本年收费金额（单位：万元）',
      '行政事业性收费（万元）',
    ],
    isRequired: true,
    hint: '行政事业性收费本年收费金额，单位万元，最多 4 位小数',
  },
  {
    key: 'sourceSystem',
    header: '数据来源系统',
    aliases: ['来源系统', '数据来源'],
    isRequired: true,
    hint: '如“省一体化政务服务平台”“行政执法监督平台”',
  },
  { key: 'note', header: '备注', aliases: ['说明'], isRequired: false, hint: '可留空' },
];

/** A row's error. */
export type FiguresImportError = { line: number; column: string | null; message: string };

/** A row to write. */
export type PlannedFigures = {
  line: number;
  organId: number;
  organName: string;
  year: number;
  figures: EnteredFigures;
};

/** The plan: rows to write when there are no errors. */
export type FiguresImportPlan = { rows: PlannedFigures[]; errors: FiguresImportError[] };

/** What planning needs: the organs by every name they go by, who may enter for which, the year range. */
export type FiguresImportContext = {
  organsByName: ReadonlyMap<string, { id: number; name: string }>;
  mayEnter: (organId: number) => boolean;
  yearError: (year: number) => string | null;
};

const COLUMN_HEADER = new Map(FIGURES_IMPORT_COLUMNS.map((c) => [c.key, c.header]));

function rowErrors(
  row: KeyedRow<FiguresImportColumnKey>,
  context: FiguresImportContext,
): { errors: FiguresImportError[]; planned: PlannedFigures | null } {
  const errors: FiguresImportError[] = row.problems.map((p) => ({
    line: row.line,
    column: COLUMN_HEADER.get(p.column) ?? null,
    message: p.message,
  }));
  const at = (key: FiguresImportColumnKey, message: string) =>
    errors.push({ line: row.line, column: COLUMN_HEADER.get(key) ?? null, message });
  const organName = (row.cells.organ ?? '').trim();
  const organ = context.organsByName.get(organName);
  if (organName === '') {
    at('organ', '请填写机关名称');
  } else if (!organ) {
    at('organ', `平台中没有名为「${organName.slice(0, 50)}」的机关`);
  } else if (!context.mayEnter(organ.id)) {
    at('organ', `您不能填报「${organ.name}」的数据（需要该机关的公开专员、审核人、领导或管理员角色）`);
  }
  const yearText = (row.cells.year ?? '').trim().replace(/年$/, '');
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  const yearProblem = Number.isNaN(year) ? '年度应为四位数字，如 2025' : context.yearError(year);
  if (yearProblem !== null) {
    at('year', yearProblem);
  }
  const parsed = parseEnteredFigures(row.cells);
  if (!parsed.ok) {
    for (const [field, message] of Object.entries(parsed.errors)) {
      at(field as EnteredFigureField, message);
    }
  }
  const planned =
    errors.length === 0 && organ && parsed.ok
      ? { line: row.line, organId: organ.id, organName: organ.name, year, figures: parsed.figures }
      : null;
  return { errors, planned };
}

/**
 * Plans the import: each row checked, and an organ and year twice in the file is an error.
 * @example planFiguresImport(rows, context).errors // [{ line: 3, column: '行政处罚决定数', message: '…不能为负数' }]
 */
export function planFiguresImport(
  rows: readonly KeyedRow<FiguresImportColumnKey>[],
  context: FiguresImportContext,
): FiguresImportPlan {
  const errors: FiguresImportError[] = [];
  const planned: PlannedFigures[] = [];
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    const checked = rowErrors(row, context);
    errors.push(...checked.errors);
    if (checked.planned === null) {
      continue;
    }
    const key = `${checked.planned.organId}-${checked.planned.year}`;
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      errors.push({
        line: row.line,
        column: null,
        message: `「${checked.planned.organName}」${checked.planned.year}年度的数据在第 ${earlier} 行已出现，同一机关同一年度只能有一行`,
      });
      continue;
    }
    firstLine.set(key, row.line);
    planned.push(checked.planned);
  }
  return { rows: errors.length === 0 ? planned : [], errors };
}
