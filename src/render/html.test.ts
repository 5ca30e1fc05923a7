import { describe, it, expect } from 'vitest';
import {
  APPLICATIONS_NOTE,
  applicationRowsOf,
  getApplicationRow,
  OUTCOME_COLUMNS,
  PARTS,
  PROACTIVE_ROWS_2019,
  PROACTIVE_ROWS_2021,
  REVIEW_GROUPS,
} from '../domain/report/layout.ts';
import type { AnnualReport } from '../domain/report/model.ts';
import { renderReportHtml } from './html.ts';
import { formatCellValue } from './labels.ts';
import { cellsOf, elementsByTag, expandGrid, parseHtml, rowsOf, rowTexts, textOf } from './test-dom.ts';
import type { HtmlElement } from './test-dom.ts';
import { loadExpectedReport } from './test-support.ts';

const report2021 = loadExpectedReport('002', {
  overview: '第一段，含<b>标签</b>。\n\n　　第二段。',
  other: '无。',
});
const report2019 = loadExpectedReport('001');

function tablesOf(html: string): Record<string, HtmlElement> {
  const tables = elementsByTag(parseHtml(html), 'table');
  const byPart = (part: string): HtmlElement => {
    const found = tables.find((t) => (t.attribs.class ?? '').includes(`gk-table-${part}`));
    if (found === undefined) {
      throw new Error(`no table for ${part}`);
    }
    return found;
  };
  return {
    proactive: byPart('proactive'),
    applications: byPart('applications'),
    review: byPart('reviewLitigation'),
  };
}

/** The row whose first own cell (or the cell after a row-span label) has this text. */
function rowLabelled(table: HtmlElement, label: string): HtmlElement[] {
  const row = rowsOf(table).find((tr) => cellsOf(tr).some((c) => textOf(c) === label));
  if (row === undefined) {
    throw new Error(`no row 「${label}」`);
  }
  return cellsOf(row);
}

function cellWithText(table: HtmlElement, text: string): HtmlElement {
  const cell = rowsOf(table)
    .flatMap(cellsOf)
    .find((c) => textOf(c) === text);
  if (cell === undefined) {
    throw new Error(`no cell 「${text}」`);
  }
  return cell;
}

describe('renderReportHtml — page', () => {
  const html = renderReportHtml(report2021);
  const doc = parseHtml(html);

  it('is a complete zh-CN page with charset, viewport and the report title', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('name="viewport"');
    const title = '淄博市博山区人民政府2024年政府信息公开工作年度报告';
    expect(elementsByTag(doc, 'title').map(textOf)).toEqual([title]);
    expect(elementsByTag(doc, 'h1').map(textOf)).toEqual([title]);
  });

  it('prints the six official headings as <h2>, in order', () => {
    expect(elementsByTag(doc, 'h2').map(textOf)).toEqual(PARTS.map((p) => p.heading));
  });

  it('splits prose into paragraphs and escapes it', () => {
    const paragraphs = elementsByTag(doc, 'p').map(textOf);
    expect(paragraphs.slice(0, 2)).toEqual(['第一段，含<b>标签</b>。', '第二段。']);
    expect(html).toContain('&lt;b&gt;标签&lt;/b&gt;');
  });

  it('inlines its CSS: A4 print page, 公文 fonts, no external assets', () => {
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('"方正小标宋简体","FZXiaoBiaoSong-B05S","Noto Serif CJK SC","SimSun",serif');
    expect(html).toContain('"仿宋_GB2312","仿宋","FangSong"');
    expect(html).not.toMatch(/<link|<script|src=|url\(/);
  });

  it('adds no text of its own: captions are attributes, digits only in values, title and 「1.」 labels', () => {
    const bare = parseHtml(renderReportHtml(loadExpectedReport('002'), { fragment: true }));
    expect(elementsByTag(bare, 'caption').map(textOf)).toEqual(['', '', '']);
    expect(elementsByTag(bare, 'caption').map((c) => c.attribs['data-caption'])).toEqual([
      '主动公开情况统计表',
      '依申请公开情况统计表',
      '行政复议、行政诉讼情况统计表',
    ]);
    const labels = elementsByTag(bare, '*')
      .filter((e) => ['th', 'h2', 'td'].includes(e.name) && !(e.attribs.class ?? '').includes('gk-num'))
      .map(textOf);
    expect(labels.filter((t) => /\d/.test(t) && !/^\d\.[^\d]+$/.test(t))).toEqual([]);
  });

  it('returns only the <article> as a fragment', () => {
    const fragment = renderReportHtml(report2021, { fragment: true });
    expect(fragment.startsWith('<article')).toBe(true);
    expect(fragment).not.toContain('<html');
    expect(fragment).not.toContain('<!doctype');
  });

  it('says 「（机关名称未识别）」 and 「（年度未识别）」 for missing organ and year', () => {
    const page = renderReportHtml({ ...report2021, organ: null, year: null });
    expect(elementsByTag(parseHtml(page), 'h1').map(textOf)).toEqual([
      '（机关名称未识别）（年度未识别）政府信息公开工作年度报告',
    ]);
  });
});

describe('renderReportHtml — tables in the official layout (2021)', () => {
  const tables = tablesOf(renderReportHtml(report2021));

  it('tiles each table exactly: 4, 10 and 15 grid columns', () => {
    expect(expandGrid(tables.proactive!)[0]).toHaveLength(4);
    expect(expandGrid(tables.applications!)[0]).toHaveLength(10);
    expect(expandGrid(tables.review!)[0]).toHaveLength(15);
  });

  it('table 二: block headings span the table; single value columns span three', () => {
    const proactive = tables.proactive!;
    expect(cellWithText(proactive, '第二十条第（一）项').attribs.colspan).toBe('4');
    expect(cellWithText(proactive, '本年处理决定数量').attribs.colspan).toBe('3');
    for (const spec of PROACTIVE_ROWS_2021) {
      const cells = rowLabelled(proactive, spec.label);
      const row = report2021.proactive as unknown as Record<string, Record<string, number | null>>;
      expect(cells.slice(1).map(textOf)).toEqual(
        spec.columns.map((c) => formatCellValue(row[spec.key]![c.key]!)),
      );
    }
    expect(rowLabelled(proactive, '行政事业性收费').map(textOf)).toEqual(['行政事业性收费', '1728.59']);
  });

  it('table 三: the three-row header with the 勾稽 note', () => {
    const applications = tables.applications!;
    const note = cellWithText(applications, APPLICATIONS_NOTE);
    expect([note.attribs.colspan, note.attribs.rowspan]).toEqual(['3', '3']);
    expect(cellWithText(applications, '申请人情况').attribs.colspan).toBe('7');
    expect(cellWithText(applications, '自然人').attribs.rowspan).toBe('2');
    expect(cellWithText(applications, '法人或其他组织').attribs.colspan).toBe('5');
    expect(cellWithText(applications, '总计').attribs.rowspan).toBe('2');
    expect(rowTexts(applications)[2]).toEqual([
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
    ]);
  });

  it('table 三: label block spans as the form prints them', () => {
    const applications = tables.applications!;
    expect(cellWithText(applications, '一、本年新收政府信息公开申请数量').attribs.colspan).toBe('3');
    expect(cellWithText(applications, '四、结转下年度继续办理').attribs.colspan).toBe('3');
    expect(cellWithText(applications, '三、本年度办理结果').attribs.rowspan).toBe('22');
    expect(cellWithText(applications, '（一）予以公开').attribs.colspan).toBe('2');
    expect(cellWithText(applications, '（七）总计').attribs.colspan).toBe('2');
    expect(cellWithText(applications, '（三）不予公开').attribs.rowspan).toBe('8');
    expect(cellWithText(applications, '（四）无法提供').attribs.rowspan).toBe('3');
    expect(cellWithText(applications, '（五）不予处理').attribs.rowspan).toBe('5');
    expect(cellWithText(applications, '（六）其他处理').attribs.rowspan).toBe('3');
    expect(rowsOf(applications)).toHaveLength(3 + 25);
  });

  it('table 三: every number sits in its row, in column order', () => {
    const applications = report2021.applications!;
    for (const spec of applicationRowsOf(applications)) {
      const cells = rowLabelled(tables.applications!, spec.label);
      expect(cells.slice(-7).map(textOf)).toEqual(getApplicationRow(applications, spec).map(formatCellValue));
    }
  });

  it('table 四: bands, sub-bands, 15 labels and one data row of 15 cells', () => {
    const review = tables.review!;
    expect(cellWithText(review, '行政复议').attribs.colspan).toBe('5');
    expect(cellWithText(review, '行政诉讼').attribs.colspan).toBe('10');
    expect(cellWithText(review, '未经复议直接起诉').attribs.colspan).toBe('5');
    expect(cellWithText(review, '复议后起诉').attribs.colspan).toBe('5');
    const rows = rowTexts(review);
    expect(rows).toHaveLength(4);
    expect(
      cellsOf(rowsOf(review)[1]!)
        .slice(0, 5)
        .map((c) => c.attribs.rowspan),
    ).toEqual(['2', '2', '2', '2', '2']);
    const values = REVIEW_GROUPS.flatMap((g) =>
      OUTCOME_COLUMNS.map((c) => formatCellValue(report2021.reviewLitigation![g.key][c.key])),
    );
    expect(rows[3]).toEqual(values);
    expect(values.slice(0, 5)).toEqual(['6', '2', '5', '0', '13']);
  });

  it('uses only official labels as header text, and digits only in values and 「1.」 numbering', () => {
    for (const table of Object.values(tables)) {
      for (const cell of rowsOf(table).flatMap(cellsOf)) {
        const text = textOf(cell);
        if (cell.name === 'td' && cell.attribs.class?.includes('gk-num')) {
          expect(text).toMatch(/^(-?\d+(\.\d+)?)?$/);
        } else if (/\d/.test(text)) {
          expect(text).toMatch(/^\d\.[^\d]+$/);
        }
      }
    }
  });

  it('links every data cell to existing header ids; headers carry a scope', () => {
    const html = renderReportHtml(report2021);
    const ids = new Set(elementsByTag(parseHtml(html), 'th').map((th) => th.attribs.id));
    for (const table of Object.values(tables)) {
      for (const cell of rowsOf(table).flatMap(cellsOf)) {
        if (cell.name === 'th') {
          expect(cell.attribs.scope).toMatch(/^(col|colgroup|row|rowgroup)$/);
        } else if (cell.attribs.class?.includes('gk-num')) {
          const headers = (cell.attribs.headers ?? '').split(' ');
          expect(headers.length).toBeGreaterThan(1);
          expect(headers.every((h) => ids.has(h))).toBe(true);
        }
      }
    }
  });
});

describe('renderReportHtml — 2019 format and blanks', () => {
  const tables = tablesOf(renderReportHtml(report2019));

  it('prints the 2019 table 二 rows, 政府集中采购 included', () => {
    for (const spec of PROACTIVE_ROWS_2019) {
      expect(rowLabelled(tables.proactive!, spec.label)[0]!.name).toBe('th');
    }
    expect(rowLabelled(tables.proactive!, '行政处罚').map(textOf)).toEqual(['行政处罚', '1', '0', '89']);
    expect(cellWithText(tables.proactive!, '本年增/减').attribs.colspan).toBeUndefined();
  });

  it('prints （六）其他处理 as one row spanning two columns', () => {
    const other = cellWithText(tables.applications!, '（六）其他处理');
    expect(other.attribs.colspan).toBe('2');
    expect(other.attribs.rowspan).toBeUndefined();
    expect(cellWithText(tables.applications!, '三、本年度办理结果').attribs.rowspan).toBe('20');
    expect(expandGrid(tables.applications!)[0]).toHaveLength(10);
  });

  it('renders null as an empty cell, never 0', () => {
    expect(report2019.applications!.granted[6]).toBeNull();
    const cells = rowLabelled(tables.applications!, '（一）予以公开');
    const total = cells.at(-1)!;
    expect(textOf(total)).toBe('');
    expect(total.attribs.class).toContain('gk-empty');
    expect(textOf(cells.at(-2)!)).toBe('0');
  });

  it('shows the procurement amount verbatim from amountText', () => {
    const withUnit = {
      ...report2019,
      proactive: {
        ...report2019.proactive!,
        procurement: { projects: 3, amount: 251000, amountText: '251000元' },
      },
    } as AnnualReport;
    const proactive = tablesOf(renderReportHtml(withUnit)).proactive!;
    expect(rowLabelled(proactive, '政府集中采购').map(textOf)).toEqual(['政府集中采购', '3', '251000元']);
  });
});

describe('renderReportHtml — legacy and missing tables', () => {
  it('prints a legacy report as prose only, with the parts it has', () => {
    const legacy = loadExpectedReport('003', { overview: '概述。', problems: '问题。' });
    const doc = parseHtml(renderReportHtml(legacy));
    expect(elementsByTag(doc, 'table')).toHaveLength(0);
    expect(elementsByTag(doc, 'h2').map(textOf)).toEqual(['一、总体情况', '五、存在的主要问题及改进情况']);
  });

  it('marks a table that could not be read without putting text or zeros in its place', () => {
    const html = renderReportHtml({ ...report2021, applications: null });
    const doc = parseHtml(html);
    expect(elementsByTag(doc, 'table')).toHaveLength(2);
    expect(html).toContain('class="gk-missing" role="note" aria-label="本部分统计表未能识别"></div>');
  });
});
