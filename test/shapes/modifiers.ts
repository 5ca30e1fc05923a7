/**
 * The run-together shape (the whole report on one line, no separators at all) and modifiers that
 * add what real pages carry around and inside a report: site navigation and footers, page
 * footers and a lone page number inside table 三, label variants seen in real reports, and the
 * single （六）其他处理 row some 2021+ reports still print.
 */
import { APPLICANT_COLUMN_COUNT } from '../../src/domain/report/layout.ts';
import type { AnnualReport, ApplicantRow } from '../../src/domain/report/model.ts';
import { reportBlocks, titleOf, type ShapeOptions } from './document.ts';

/** Everything on one line: `行政许可19513行政处罚1394…`, `…申请数量610000061二、…`. */
export function runTogether(report: AnnualReport, options: ShapeOptions = {}): string {
  return reportBlocks(report, options)
    .map((b) =>
      b.kind === 'table' ? b.table.rows.map((row) => row.map((c) => c.text).join('')).join('') : b.text,
    )
    .join('');
}

/** Site navigation and breadcrumbs before the body; related links, footer and ICP line after. */
export function withNavigation(text: string, report: AnnualReport): string {
  const place = (report.organ ?? '').replace(/人民政府$/, '');
  const year = report.year ?? 2024;
  const before = [
    `${place}人民政府门户网站`,
    '首页 | 政务公开 | 政务服务 | 互动交流 | 走进' + place,
    `当前位置：首页 > 政务公开 > 政府信息公开 > 政府信息公开年报`,
    `索引号：11370304004218015X/2025-00012 发布机构：${place}人民政府办公室`,
    `发布日期：${year + 1}-01-20 浏览次数：1024 字号：[ 大 中 小 ]`,
    titleOf(report),
  ];
  const after = [
    '【打印本页】 【关闭窗口】',
    '相关链接：',
    `${place}人民政府${year - 1}年政府信息公开工作年度报告`,
    `${place}人民政府${year - 2}年政府信息公开工作年度报告`,
    `主办单位：${place}人民政府办公室 地址：${place}人民路88号 电话：0533-4110087`,
    '网站标识码：3703040001 鲁ICP备05001234号-1 鲁公网安备 37030402000123号',
  ];
  return `${before.join('\n')}\n${text}\n${after.join('\n')}\n`;
}

/**
 * Page footers 「- 3 -」 and 「第 3 页 共 9 页」 every 30 lines, and a lone page-number line inside
 * table 三 (just before the row 「6.属于四类过程性信息」).
 */
export function withPageFooters(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let page = 1;
  const lone = lines.findIndex((l) => l.includes('过程性信息'));
  lines.forEach((line, i) => {
    if (i === lone) {
      page += 1;
      out.push(`                              ${page}`);
    }
    if (i > 0 && i % 30 === 0) {
      page += 1;
      out.push(page % 2 === 0 ? `- ${page} -` : `第 ${page} 页 共 9 页`);
    }
    out.push(line);
  });
  return out.join('\n');
}

const FULL_WIDTH: Record<string, string> = { '(': '（', ')': '）' };

/**
 * Label variants: 商业机构 for 商业企业 (header), 「，」 for 「、」 in the （六） labels, stray spaces
 * inside words (「结果 纠正」「商业 企业」), full-width digits, brackets and ordinal dots.
 */
export function withLabelVariants(text: string): string {
  const business = text.length % 2 === 0 ? '商业机构' : '商业 企业';
  return text
    .replace(/商业企业/g, business)
    .replace(/(逾期不补正|缴纳费用)、行政机关/g, '$1，行政机关')
    .replace(/结果纠正/g, '结果 纠正')
    .replace(/尚未审结/g, '尚未 审结')
    .replace(/(\d)\.(?=[\u4e00-\u9fff])/g, '$1．')
    .replace(/[()]/g, (ch) => FULL_WIDTH[ch] ?? ch)
    .replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
}

/** A 2021 report that prints the single （六）其他处理 row: `applications.other` is one array. */
export function singleOtherRow(report: AnnualReport): AnnualReport {
  const apps = report.applications;
  if (!apps || Array.isArray(apps.other)) {
    return report;
  }
  const split = apps.other;
  const rows = [split.noCorrection, split.noFee, split.other];
  const other = Array.from({ length: APPLICANT_COLUMN_COUNT }, (_, c) => {
    const cells = rows.map((r) => r[c] ?? null);
    return cells.includes(null) ? null : cells.reduce<number>((a, b) => a + (b ?? 0), 0);
  }) as ApplicantRow;
  return { ...report, applications: { ...apps, other } } as AnnualReport;
}
