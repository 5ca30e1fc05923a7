/**
 * Every finding code the parser emits, with its severity and meaning — with the checker's table
 * (check/finding-codes.ts) the source of docs/FINDINGS.md. Never rename a code; add a new one.
 */
import type { CodeSpec } from '../check/finding-codes.ts';

export const PARSE_FINDING_CODES = {
  PART_MISSING: { severity: 'warning', meaning: '缺少六个部分之一（未找到其标题）' },
  PART_ORDER: { severity: 'warning', meaning: '某部分的标题出现在规定顺序之外' },
  PART_NUMBERING: { severity: 'warning', meaning: '部分标题的序号不是「一、」…「六、」（如写作「2、」）' },
  PARSE_TABLE_NOT_FOUND: { severity: 'error', meaning: '2019/2021 年格式的报告中未找到表二、表三或表四' },
  PARSE_TABLE_EMPTY: { severity: 'warning', meaning: '找到表头但没有读到数值' },
  PARSE_FORMAT_MIXED: { severity: 'warning', meaning: '表二与表三所用的格式版本不一致' },
  PARSE_ROW_NOT_FOUND: {
    severity: 'warning',
    meaning: '未找到某行（标签缺失且无法按位置确定），单元格记为空',
  },
  PARSE_ROW_LABEL_MISSING: { severity: 'warning', meaning: '某行标签缺失（如 OCR），按行的位置读取了数值' },
  PARSE_ROW_EMPTY: { severity: 'warning', meaning: '找到某行标签，但没有读到数值' },
  PARSE_ROW_AMBIGUOUS: {
    severity: 'warning',
    meaning: '某行的数值少于列数且无法确定各数所在的列，整行记为空',
  },
  PARSE_CELLS_MISSING: {
    severity: 'warning',
    meaning: '某行在右侧被截断，缺失的单元格记为空（不按勾稽关系推算）',
  },
  PARSE_CELL_BLANK: { severity: 'info', meaning: '单元格为空或为「/」「—」，记为空（null）' },
  PARSE_CELL_INVALID: { severity: 'warning', meaning: '单元格的值不合规定（如件数为负数或小数），记为空' },
  PARSE_EXTRA_VALUES: {
    severity: 'warning',
    meaning: '某行的数值多于列数（如混入页码），按勾稽关系剔除，无法确定时记为空',
  },
  PARSE_SEPARATORS_RECOVERED: { severity: 'info', meaning: '数字之间缺少分隔，已按表内勾稽关系唯一拆分' },
  PARSE_SEPARATORS_AMBIGUOUS: {
    severity: 'warning',
    meaning: '数字之间缺少分隔且有多种拆分方式，无法确定的单元格记为空',
  },
  PARSE_SEPARATORS_CANDIDATES: {
    severity: 'warning',
    meaning:
      '数字之间缺少分隔，整张表的勾稽关系仍有多种读法同时成立：列出各候选读法，读法之间不一致的单元格记为空',
  },
  PARSE_COLUMN_MAJOR: { severity: 'info', meaning: '表格数值按列排列（逐列展开），已按列读取' },
  PARSE_COLUMN_ORDER_AMBIGUOUS: {
    severity: 'warning',
    meaning: '无法判断数值按行还是按列排列，两种读法不一致的单元格记为空',
  },
} as const satisfies Record<string, CodeSpec>;

/** Codes of the CLI's batch mode (files, not reports). */
export const INPUT_FINDING_CODES = {
  INPUT_UNREADABLE: { severity: 'error', meaning: '批量处理中某个文件无法读取或不是年度报告（附原因）' },
  INTERNAL_ERROR: { severity: 'error', meaning: '处理某个文件时发生内部错误（批量处理继续进行）' },
} as const satisfies Record<string, CodeSpec>;
