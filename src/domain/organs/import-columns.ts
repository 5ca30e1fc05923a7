/**
 * The columns of the organ spreadsheet (import and export share them), and how a header row is
 * matched: by the column's Chinese name, in any order, ignoring spaces and any explanation in
 * brackets (「网址标识(slug)」 matches 网址标识).
 */
import type { OrganFields } from './organ.ts';

/** A spreadsheet column: an organ field or the parent reference. */
export type ImportColumnKey = keyof OrganFields | 'parent';

/** A column with its Chinese header and the hint shown on the upload page. */
export type ImportColumn = { key: ImportColumnKey; header: string; isRequired: boolean; hint: string };

/** In export order. */
export const ORGAN_COLUMNS: readonly ImportColumn[] = [
  { key: 'name', header: '名称', isRequired: true, hint: '机构全称，2至60个字' },
  { key: 'shortName', header: '简称', isRequired: false, hint: '不填则与名称相同' },
  { key: 'slug', header: '网址标识', isRequired: true, hint: '小写字母、数字和连字符；已有机构按此更新' },
  { key: 'type', header: '类型', isRequired: true, hint: '人民政府、政府部门、乡镇（街道）、其他' },
  { key: 'level', header: '层级', isRequired: true, hint: '省级、市级、县级、乡级' },
  { key: 'parent', header: '上级机构', isRequired: true, hint: '上级机构的名称或网址标识；只有根机构不填' },
  { key: 'creditCode', header: '统一社会信用代码', isRequired: false, hint: '18位，按 GB 32100 校验' },
  { key: 'address', header: '地址', isRequired: false, hint: '办公地址，显示在政府信息公开指南中' },
  { key: 'postcode', header: '邮编', isRequired: false, hint: '6位数字' },
  { key: 'phone', header: '电话', isRequired: false, hint: '如 0533-4180000；多个号码用顿号分隔' },
  { key: 'fax', header: '传真', isRequired: false, hint: '同电话' },
  { key: 'email', header: '电子邮箱', isRequired: false, hint: '如 bgs@example.gov.cn' },
  {
    key: 'officeHours',
    header: '办公时间',
    isRequired: false,
    hint: '如 周一至周五 8:30—12:00，13:30—17:30',
  },
  { key: 'sortOrder', header: '排序号', isRequired: false, hint: '0至9999，小的在前；新增机构不填为100' },
];

/** Other spellings people use in headers. */
const ALIASES: Readonly<Record<string, ImportColumnKey>> = {
  机构名称: 'name',
  单位名称: 'name',
  slug: 'slug',
  机构类型: 'type',
  机构层级: 'level',
  级别: 'level',
  上级: 'parent',
  上级单位: 'parent',
  信用代码: 'creditCode',
  邮政编码: 'postcode',
  联系电话: 'phone',
  传真号码: 'fax',
  邮箱: 'email',
  电子信箱: 'email',
  排序: 'sortOrder',
};

/** A header cell reduced to what is compared: NFKC, no spaces, no bracketed explanation. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\(.*?\)|\[.*?\]/g, '')
    .replace(/[*＊]$/, '');
}

/** Where each recognized column is, and what is wrong with the header row. */
export type HeaderMatch = {
  /** Column index (0-based) of every recognized column. */
  indexOf: Partial<Record<ImportColumnKey, number>>;
  /** Problems with the header row, in Chinese (missing required columns, a column given twice). */
  problems: string[];
};

/**
 * Matches a header row to the columns.
 * @example matchHeader(['名称', '网址标识(slug)', '类型', '层级', '上级机构']).problems // []
 */
export function matchHeader(cells: readonly string[]): HeaderMatch {
  const indexOf: Partial<Record<ImportColumnKey, number>> = {};
  const problems: string[] = [];
  cells.forEach((cell, index) => {
    const text = normalizeHeader(cell);
    const key =
      ORGAN_COLUMNS.find((c) => c.header === text)?.key ?? ALIASES[text] ?? ALIASES[text.toLowerCase()];
    if (key === undefined) {
      return;
    }
    if (indexOf[key] !== undefined) {
      problems.push(`表头中「${headerOf(key)}」列出现了不止一次`);
      return;
    }
    indexOf[key] = index;
  });
  const missing = ORGAN_COLUMNS.filter((c) => c.isRequired && indexOf[c.key] === undefined).map(
    (c) => `「${c.header}」`,
  );
  if (missing.length > 0) {
    problems.push(`第一行应为表头，缺少必需的列：${missing.join('、')}（可先导出一份机构表作为模板）`);
  }
  return { indexOf, problems };
}

/** The Chinese header of a column. */
export function headerOf(key: ImportColumnKey): string {
  return ORGAN_COLUMNS.find((c) => c.key === key)!.header;
}
