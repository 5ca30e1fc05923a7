/**
 * Every finding code the checker emits, with its severity and meaning — the source for
 * docs/FINDINGS.md. Codes are stable identifiers: never rename one; add a new code instead.
 */
import type { Severity } from '../findings.ts';

export type CodeSpec = { readonly severity: Severity; readonly meaning: string };

export const CHECK_FINDING_CODES = {
  IDENTITY_COLUMN_BALANCE: {
    severity: 'error',
    meaning: '表三某列：一、本年新收 + 二、上年结转 ≠ （七）总计 + 四、结转下年度继续办理',
  },
  IDENTITY_RESULT_SUM: {
    severity: 'error',
    meaning: '表三某列：（七）总计 ≠ （一）（二）及（三）–（六）各小项之和',
  },
  IDENTITY_ROW_TOTAL: { severity: 'error', meaning: '表三某行：「总计」列 ≠ 六类申请人之和' },
  IDENTITY_REVIEW_TOTAL: {
    severity: 'error',
    meaning: '表四某组：总计 ≠ 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
  },
  IDENTITY_NOT_CHECKABLE: {
    severity: 'warning',
    meaning: '某类恒等式因单元格空白（null）无法核对；每类一条，列出空白单元格',
  },
  ORGAN_NOT_FOUND: { severity: 'warning', meaning: '未识别发布机关' },
  YEAR_NOT_FOUND: { severity: 'warning', meaning: '未识别报告年度' },
  FORMAT_LEGACY_AFTER_2019: { severity: 'error', meaning: '2019年度及以后的报告没有统一格式的统计表' },
  FORMAT_YEAR_MISMATCH: {
    severity: 'warning',
    meaning: '表格格式与报告年度不符（2021+ 应为〔2021〕30号，2019–2020 应为〔2019〕60号）',
  },
  FORMAT_OTHER_ROW_SINGLE: {
    severity: 'warning',
    meaning: '2021年格式的报告把（六）其他处理印成一行，未分三项',
  },
  FORMAT_USED: { severity: 'info', meaning: '报告使用的格式（2019年试行格式或2019年以前的自由格式）' },
  PROSE_TABLE_MISMATCH: { severity: 'warning', meaning: '正文引用的数字（或“未收到…”类表述）与表格不一致' },
  PROSE_NUMBERS_CHECKED: { severity: 'info', meaning: '正文中可与表格核对的数字个数及一致情况' },
  PERIOD_YEAR_MISMATCH: { severity: 'error', meaning: '正文所述统计期限不是报告年度' },
  PERIOD_NOT_WHOLE_YEAR: { severity: 'warning', meaning: '正文所述统计期限不是1月1日至12月31日全年' },
  PERIOD_NOT_STATED: { severity: 'info', meaning: '正文没有说明统计期限' },
  CONTENT_INJECTED: {
    severity: 'error',
    meaning:
      '与政府报告无关的文字（博彩品牌、赌博/色情/违法广告用语、反复出现的外文串）；每个字符串一条，列出全部位置',
  },
  CONTENT_REPLACED_NAME: {
    severity: 'error',
    meaning:
      '固定表述中的词被替换（习近平新时代中国特色社会主义思想、政府信息与政务公开办公室、政府信息公开条例）',
  },
  CONTENT_NAME_MISSING: { severity: 'warning', meaning: '「新时代中国特色社会主义思想」前缺少「习近平」' },
  CONTENT_SUSPICIOUS_TOKEN: {
    severity: 'warning',
    meaning: '中文中夹有不是常见缩写的品牌式外文串，需人工核实',
  },
  CONTENT_EXTERNAL_LINK: { severity: 'warning', meaning: '链接指向非政府网站（非 .gov.cn / .gov / .政务）' },
  CARRY_OVER_MISMATCH: {
    severity: 'warning',
    meaning: '本年「二、上年结转」≠ 上年「四、结转下年度继续办理」（按列）',
  },
  IN_FORCE_CONTINUITY: {
    severity: 'warning',
    meaning: '现行有效件数 ≠ 上年现行有效 + 本年制发 − 本年废止（清理、失效可解释）',
  },
  CONTINUITY_NOT_CHECKABLE: { severity: 'info', meaning: '跨年度结转因单元格空白无法核对' },
  PREVIOUS_YEAR_MISMATCH: { severity: 'warning', meaning: '提供的上年报告不是上一年度的，未做跨年度核对' },
  TABLE_MISSING: { severity: 'warning', meaning: '统一格式的报告缺少表二、表三或表四' },
  SECTION_MISSING: { severity: 'warning', meaning: '六个部分中缺少某一部分（其余部分已识别时）' },
  FEE_NOT_REPORTED: { severity: 'info', meaning: '表三（六）2 逾期未缴费 > 0，但第六部分未说明信息处理费' },
  FEE_WITHOUT_APPLICATIONS: { severity: 'info', meaning: '第六部分称收取了信息处理费，但表三没有任何申请' },
} as const satisfies Record<string, CodeSpec>;

export type CheckFindingCode = keyof typeof CHECK_FINDING_CODES;
