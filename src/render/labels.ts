/**
 * Wording shared by every renderer: the official header labels that layout.ts does not carry
 * (they are structure, not data), the report title, and how a cell value is written.
 *
 * Every label here is verbatim from the printed forms (domain-zh.md §2.3–§2.5, §2.7) so that a
 * rendered report can be parsed back: renderers must not paraphrase them.
 */
import type { AnnualReport } from '../domain/report/model.ts';
import { PARTS, type PartKey } from '../domain/report/layout.ts';
import type { Severity } from '../domain/report/findings.ts';

/** Header labels of the printed tables that are not row or column keys of the contract. */
export const FORM_LABELS = {
  /** Table 二: heading of the row-label column in every block. */
  contentColumn: '信息内容',
  /** Table 三: the band over all seven applicant columns. */
  applicantBand: '申请人情况',
  /** Table 三: the band over the five 法人 sub-columns. */
  legalPersonBand: '法人或其他组织',
  /** Table 三: the row-span label over （一）…（七）. */
  resultsBlock: '三、本年度办理结果',
} as const;

/** Chinese names of finding severities, as shown to users. */
export const SEVERITY_LABELS = {
  error: '错误',
  warning: '警告',
  info: '提示',
} as const satisfies Record<Severity, string>;

/** Shown in place of a missing organ name. Contains no digits, so it cannot be read back as data. */
export const UNKNOWN_ORGAN = '（机关名称未识别）';
/** Shown in place of a missing year. */
export const UNKNOWN_YEAR = '（年度未识别）';

/**
 * The report's title as the form prints it: 「{organ}{year}年政府信息公开工作年度报告」.
 * @example reportTitle({ organ: '淄博市博山区人民政府', year: 2024, … }) // '淄博市博山区人民政府2024年政府信息公开工作年度报告'
 */
export function reportTitle(report: Pick<AnnualReport, 'organ' | 'year'>): string {
  const organ = report.organ ?? UNKNOWN_ORGAN;
  const year = report.year === null ? UNKNOWN_YEAR : `${report.year}年`;
  return `${organ}${year}政府信息公开工作年度报告`;
}

const TITLE_SUFFIX = '政府信息公开工作年度报告';

/**
 * The title as printed on an A4 page (二号, ≈ 20 characters a line): a title too long for one line
 * breaks before 「政府信息公开工作年度报告」 as official reports do, instead of wherever the line fills
 * (「…工作年／度报告」).
 * @example titleLines('博山区人民政府2025年政府信息公开工作年度报告') // ['博山区人民政府2025年', '政府信息公开工作年度报告']
 */
export function titleLines(title: string, perLine = 20): string[] {
  const head = title.slice(0, -TITLE_SUFFIX.length);
  return [...title].length <= perLine || !title.endsWith(TITLE_SUFFIX) || head === ''
    ? [title]
    : [head, TITLE_SUFFIX];
}

/**
 * Writes a number exactly as the data holds it: no thousands separators, no rounding, no padding
 * (so 1728.59 stays 「1728.59」, −3 is 「-3」). `null` becomes the empty string — never 「0」.
 * @example formatCellValue(null) // ''
 * @example formatCellValue(0) // '0'
 */
export function formatCellValue(value: number | null): string {
  if (value === null) {
    return '';
  }
  return Number.isFinite(value) ? String(value) : '';
}

/**
 * The prose of one part, or null. Tolerates a report object without `sections` (older exports),
 * because renderers are also used on hand-written JSON.
 */
export function sectionText(report: AnnualReport, key: PartKey): string | null {
  const sections = (report as { sections?: AnnualReport['sections'] }).sections;
  const text = sections?.[key];
  return typeof text === 'string' ? text : null;
}

/**
 * Splits a part's prose into paragraphs: one per non-blank line, trimmed.
 * @example proseParagraphs('甲\n\n 乙 ') // ['甲', '乙']
 */
export function proseParagraphs(text: string | null): string[] {
  if (text === null) {
    return [];
  }
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** A part as the document renderers print it: its heading and its prose paragraphs. */
export type PrintedPart = { key: PartKey; heading: string; prose: string[] };

/**
 * The parts a document prints, in order, with their prose: every part of a 2019/2021 report; of a
 * legacy (free-form) report only the parts that have prose.
 */
export function printedParts(report: AnnualReport): PrintedPart[] {
  return PARTS.map((part) => ({
    key: part.key,
    heading: part.heading,
    prose: proseParagraphs(sectionText(report, part.key)),
  })).filter((part) => report.format !== 'legacy' || part.prose.length > 0);
}
