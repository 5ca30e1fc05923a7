/**
 * A report as a printed document: title, preface, the six parts with a little prose, and the three
 * tables in the official layout (domain-zh.md §2.3–§2.7) as HTML-like rows of cells with spans.
 * Every shape generator flattens this one model.
 */
import {
  APPLICATION_GROUP_LABELS,
  APPLICATIONS_NOTE,
  applicationRowsOf,
  getApplicationRow,
  OUTCOME_COLUMNS,
  PARTS,
  PROACTIVE_ROWS_2019,
  PROACTIVE_ROWS_2021,
  REVIEW_GROUPS,
  type PartKey,
  type ProactiveRowSpec,
} from '../../src/domain/report/layout.ts';
import type { AnnualReport } from '../../src/domain/report/model.ts';

export type CellKind = 'head' | 'label' | 'value';
export type Cell = { text: string; kind: CellKind; rowSpan: number; colSpan: number };
/** One table row: the cells that start in it (cells spanning down from above are not repeated). */
export type Row = Cell[];
export type TableId = 'proactive' | 'applications' | 'reviewLitigation';
export type Table = { id: TableId; columns: number; rows: Row[] };

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'para'; text: string }
  | { kind: 'heading'; part: PartKey; text: string }
  | { kind: 'table'; table: Table };

const cell = (text: string, kind: CellKind, colSpan = 1, rowSpan = 1): Cell => ({
  text,
  kind,
  rowSpan,
  colSpan,
});
const head = (text: string, colSpan = 1, rowSpan = 1): Cell => cell(text, 'head', colSpan, rowSpan);
const label = (text: string, colSpan = 1, rowSpan = 1): Cell => cell(text, 'label', colSpan, rowSpan);
const value = (text: string, colSpan = 1): Cell => cell(text, 'value', colSpan);

/** How a shape prints the report. */
export type ShapeOptions = {
  /** What a null cell prints as: nothing (default), 「/」 or 「—」. */
  nullText?: string;
};

/** A cell value as printed: the number, or `nullText` for null. */
export function valueText(v: number | string | null | undefined, nullText = ''): string {
  return v === null || v === undefined ? nullText : String(v);
}

/** Table 二: one 4-column table with a heading row per 第二十条 block. */
function proactiveTable(report: AnnualReport, nullText: string): Table {
  const specs: readonly ProactiveRowSpec[] =
    report.format === '2019' ? PROACTIVE_ROWS_2019 : PROACTIVE_ROWS_2021;
  const data = (report.proactive ?? {}) as Record<string, Record<string, number | string | null>>;
  const rows: Row[] = [];
  let block = '';
  for (const spec of specs) {
    const n = spec.columns.length;
    if (spec.block !== block) {
      block = spec.block;
      rows.push([head(block, 4)]);
      rows.push([head('信息内容'), ...spec.columns.map((c, i) => head(c.label, i === n - 1 ? 4 - n : 1))]);
    }
    const cells = data[spec.key] ?? {};
    const texts = spec.columns.map((c) =>
      valueText(c.key === 'amount' && 'amountText' in cells ? cells.amountText : cells[c.key], nullText),
    );
    rows.push([label(spec.label), ...texts.map((t, i) => value(t, i === n - 1 ? 4 - n : 1))]);
  }
  return { id: 'proactive', columns: 4, rows };
}

/** Table 三: a 3-column label block and seven applicant columns. */
function applicationsTable(report: AnnualReport, nullText: string): Table {
  const apps = report.applications!;
  const specs = applicationRowsOf(apps);
  const rows: Row[] = [
    [head(APPLICATIONS_NOTE, 3, 3), head('申请人情况', 7)],
    [head('自然人', 1, 2), head('法人或其他组织', 5), head('总计', 1, 2)],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((t) => head(t)),
  ];
  const resultRows = specs.filter((s) => s.isLeaf).length + 1;
  const groupSize = (group: string) => specs.filter((s) => s.group === group).length;
  let lastGroup: string | null = null;
  for (const spec of specs) {
    const values = getApplicationRow(apps, spec).map((v) => value(valueText(v, nullText)));
    const labels: Cell[] = [];
    if (spec.id === 'newlyReceived' || spec.id === 'carriedOver' || spec.id === 'carriedForward') {
      labels.push(label(spec.label, 3));
    } else {
      if (spec.id === 'granted') {
        labels.push(label('三、本年度办理结果', 1, resultRows));
      }
      if (spec.group === null) {
        labels.push(label(spec.label, 2));
      } else {
        if (spec.group !== lastGroup) {
          labels.push(label(APPLICATION_GROUP_LABELS[spec.group], 1, groupSize(spec.group)));
        }
        labels.push(label(spec.label));
      }
    }
    lastGroup = spec.group;
    rows.push([...labels, ...values]);
  }
  return { id: 'applications', columns: 10, rows };
}

/** Table 四: two header bands, five outcome columns per group, one data row of 15 cells. */
function reviewTable(report: AnnualReport, nullText: string): Table {
  const review = report.reviewLitigation!;
  const outcomes = (rowSpan: number) => OUTCOME_COLUMNS.map((c) => head(c.label, 1, rowSpan));
  return {
    id: 'reviewLitigation',
    columns: 15,
    rows: [
      [head('行政复议', 5), head('行政诉讼', 10)],
      [...outcomes(2), head('未经复议直接起诉', 5), head('复议后起诉', 5)],
      [...outcomes(1), ...outcomes(1)],
      REVIEW_GROUPS.flatMap((g) =>
        OUTCOME_COLUMNS.map((c) => value(valueText(review[g.key][c.key], nullText))),
      ),
    ],
  };
}

export function titleOf(report: AnnualReport): string {
  return `${report.organ ?? ''}${report.year ?? ''}年政府信息公开工作年度报告`;
}

/** The whole report as blocks, in print order. */
export function reportBlocks(report: AnnualReport, options: ShapeOptions = {}): Block[] {
  const year = report.year ?? 2024;
  const basis = report.format === '2019' ? '国办公开办函〔2019〕60号' : '国办公开办函〔2021〕30号';
  const received = report.applications?.newlyReceived[6];
  const prose: Record<PartKey, string[]> = {
    overview: [
      `${year}年，${report.organ ?? '本机关'}认真贯彻落实《中华人民共和国政府信息公开条例》，持续深化政务公开，不断提升政府工作透明度。`,
      '（一）主动公开。围绕重点领域及时发布政策文件和工作动态，做好政策解读。',
    ],
    proactive: ['本年度主动公开政府信息情况如下。'],
    applications: [
      received === null || received === undefined
        ? '本年度依申请公开情况如下。'
        : `本年度共新收政府信息公开申请${received}件，均在法定期限内答复。`,
    ],
    reviewLitigation: ['本年度政府信息公开行政复议、行政诉讼情况如下。'],
    problems: [
      '一是政策解读形式还不够丰富。二是基层政务公开标准化规范化水平有待提升。下一步将加强培训，完善工作机制。',
    ],
    other: [`依据《政府信息公开信息处理费管理办法》规定，${year}年本机关未收取信息处理费。`],
  };
  const tables: Partial<Record<PartKey, Table>> = {};
  if (report.format !== 'legacy') {
    const nullText = options.nullText ?? '';
    tables.proactive = proactiveTable(report, nullText);
    tables.applications = applicationsTable(report, nullText);
    tables.reviewLitigation = reviewTable(report, nullText);
  }
  const blocks: Block[] = [
    { kind: 'title', text: titleOf(report) },
    {
      kind: 'para',
      text: `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（${basis}）要求编制。本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    },
  ];
  for (const part of PARTS) {
    blocks.push({ kind: 'heading', part: part.key, text: part.heading });
    blocks.push(...prose[part.key].map((text) => ({ kind: 'para' as const, text })));
    const table = tables[part.key];
    if (table) {
      blocks.push({ kind: 'table', table });
    }
  }
  return blocks;
}

/** Where each cell sits in the full grid: `origin` cells carry the text, the rest are span continuations. */
export type GridCell = { cell: Cell; isOrigin: boolean; isRowContinuation: boolean };

/** The table as a full grid (rows × columns), spans expanded. */
export function toGrid(table: Table): GridCell[][] {
  const grid: Array<Array<GridCell | undefined>> = table.rows.map(() =>
    Array.from({ length: table.columns }, () => undefined),
  );
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const cellAt of row) {
      while (grid[r]![c] !== undefined) {
        c += 1;
      }
      for (let dr = 0; dr < cellAt.rowSpan; dr += 1) {
        for (let dc = 0; dc < cellAt.colSpan; dc += 1) {
          const target = grid[r + dr];
          if (target) {
            target[c + dc] = { cell: cellAt, isOrigin: dr === 0 && dc === 0, isRowContinuation: dr > 0 };
          }
        }
      }
      c += cellAt.colSpan;
    }
  });
  return grid.map((row) =>
    row.map((g) => g ?? { cell: cell('', 'value'), isOrigin: true, isRowContinuation: false }),
  );
}

/** Number of cells spanning down into row `r` from above, left of its first own cell. */
export function coveredLeading(t: Table, r: number): number {
  const grid = toGrid(t)[r]!;
  const first = grid.findIndex((g) => g.isOrigin);
  return new Set(
    grid
      .slice(0, Math.max(0, first))
      .filter((g) => g.isRowContinuation)
      .map((g) => g.cell),
  ).size;
}
