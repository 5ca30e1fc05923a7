import { describe, it, expect } from 'vitest';
import {
  APPLICATION_GROUP_LABELS,
  applicationRowsOf,
  getApplicationRow,
  PARTS,
  PROACTIVE_ROWS_2021,
} from '../domain/report/layout.ts';
import { formatCellValue } from './labels.ts';
import { renderReportMarkdown } from './markdown.ts';
import { loadExpectedReport } from './test-support.ts';

const report2021 = loadExpectedReport('002', { overview: '第一段。\n第二段 | 含竖线 *星号*\n# 不是标题' });
const report2019 = loadExpectedReport('001');

/** Splits a pipe-table line into cells, honouring `\|` escapes. */
function cellsOf(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

/** The pipe tables of a document: consecutive `|` lines, as rows of cells (alignment row dropped). */
function tablesOf(markdown: string): string[][][] {
  const tables: string[][][] = [];
  let current: string[][] | null = null;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      current = null;
      continue;
    }
    if (current === null) {
      current = [];
      tables.push(current);
    }
    if (!/^\|( *:?-+:? *\|)+$/.test(line)) {
      current.push(cellsOf(line));
    }
  }
  return tables;
}

describe('renderReportMarkdown', () => {
  const markdown = renderReportMarkdown(report2021);
  const tables = tablesOf(markdown);

  it('has the title as # and the six official headings as ##', () => {
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# 淄博市博山区人民政府2024年政府信息公开工作年度报告');
    expect(lines.filter((l) => l.startsWith('## '))).toEqual(PARTS.map((p) => `## ${p.heading}`));
    expect(markdown.endsWith('\n')).toBe(true);
  });

  it('escapes prose so it stays plain paragraphs', () => {
    expect(markdown).toContain('第二段 \\| 含竖线 \\*星号\\*');
    expect(markdown).toContain('\n\\# 不是标题\n');
  });

  it('writes table 二 as one table per 第二十条 block', () => {
    expect(tables.slice(0, 4).map((t) => t[0]![0])).toEqual([
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
    ]);
    const rows = tables.slice(0, 4).flat();
    for (const spec of PROACTIVE_ROWS_2021) {
      const row = rows.find((r) => r[0] === spec.label);
      expect(row).toHaveLength(1 + spec.columns.length);
    }
    expect(rows.find((r) => r[0] === '行政事业性收费')).toEqual(['行政事业性收费', '1728.59']);
  });

  it('gives every table 三 data row 8 cells: its own label, then the 7 values', () => {
    const table = tables[4]!;
    expect(table[0]).toHaveLength(8);
    const applications = report2021.applications!;
    for (const spec of applicationRowsOf(applications)) {
      const row = table.find((r) => r[0] === spec.label);
      expect(row).toEqual([spec.label, ...getApplicationRow(applications, spec).map(formatCellValue)]);
    }
  });

  it('prints group labels as single-cell rows without digits', () => {
    const groupRows = tablesOf(renderReportMarkdown(report2021))[4]!.filter((r) => r.length === 1);
    expect(groupRows.map((r) => r[0])).toEqual([
      '三、本年度办理结果',
      ...Object.values(APPLICATION_GROUP_LABELS),
    ]);
    expect(groupRows.every((r) => !/\d/.test(r[0]!))).toBe(true);
  });

  it('keeps table 四 at 15 cells per row, values last', () => {
    const table = tables[5]!;
    expect(table.every((row) => row.length === 15)).toBe(true);
    expect(table.at(-1)).toEqual([
      '6',
      '2',
      '5',
      '0',
      '13',
      '0',
      '0',
      '1',
      '0',
      '1',
      '0',
      '0',
      '2',
      '0',
      '2',
    ]);
  });

  it('writes null as an empty cell and the single （六） row in the 2019 format', () => {
    const table = tablesOf(renderReportMarkdown(report2019))[5]!;
    expect(table.find((r) => r[0] === '（一）予以公开')).toEqual([
      '（一）予以公开',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '',
    ]);
    expect(renderReportMarkdown(report2019)).toContain('| （一）予以公开 | 0 | 0 | 0 | 0 | 0 | 0 |  |');
    expect(table.find((r) => r[0] === '（六）其他处理')).toHaveLength(8);
  });

  it('prints only the parts with prose for a legacy report, and no tables', () => {
    const legacy = renderReportMarkdown(loadExpectedReport('003', { other: '无。' }));
    expect(legacy).toBe('# 东坑镇政府2017年政府信息公开工作年度报告\n\n## 六、其他需要报告的事项\n\n无。\n');
  });
});
