/**
 * Smaller checks beyond the form (domain-zh.md §6, "checks a system can automate"):
 * - `TABLE_MISSING` (warning): a 2019/2021-format report without table 二, 三 or 四;
 * - `SECTION_MISSING` (warning): one of the six parts absent while others were found
 *   (when no part was found at all, the report came without prose and nothing is said);
 * - `FEE_NOT_REPORTED` (info): 表三 （六）2 (逾期未缴纳信息处理费) > 0 but part 六 does not mention
 *   信息处理费 (part 六 is where reports state fees, §2.2);
 * - `FEE_WITHOUT_APPLICATIONS` (info): part 六 states an amount of 信息处理费 collected while table 三
 *   has no application at all.
 */
import { finding, type Finding } from '../findings.ts';
import { PARTS, TOTAL_COLUMN } from '../layout.ts';
import type { AnnualReport } from '../model.ts';
import { normalizeDigits } from './chinese-numerals.ts';

const TABLES = [
  { key: 'proactive', name: '二、主动公开政府信息情况' },
  { key: 'applications', name: '三、收到和处理政府信息公开申请情况' },
  { key: 'reviewLitigation', name: '四、政府信息公开行政复议、行政诉讼情况' },
] as const;

function tableFindings(report: AnnualReport): Finding[] {
  if (report.format === 'legacy') {
    return [];
  }
  return TABLES.filter(({ key }) => report[key] === null).map(({ key, name }) =>
    finding('TABLE_MISSING', 'warning', `报告缺少「${name}」统计表`, { part: key }),
  );
}

function sectionFindings(report: AnnualReport): Finding[] {
  const sections = report.sections as AnnualReport['sections'] | undefined;
  if (!sections || report.format === 'legacy') {
    return [];
  }
  // A part with only its table (no prose) is present: its table stands for it.
  const hasTable = (key: string): boolean =>
    (key === 'proactive' || key === 'applications' || key === 'reviewLitigation') && report[key] !== null;
  if (PARTS.every(({ key }) => sections[key] === null)) {
    return []; // data without prose (e.g. tables only): nothing to say about parts
  }
  const missing = PARTS.filter(({ key }) => sections[key] === null && !hasTable(key));
  return missing.map(({ key, heading }) =>
    finding('SECTION_MISSING', 'warning', `报告缺少「${heading}」部分（或未能识别其标题）`, { part: key }),
  );
}

const FEE_AMOUNT = /收取[^。；;]{0,12}?信息处理费[^。；;]{0,12}?(\d+(?:\.\d+)?)\s*元/;

function feeFindings(report: AnnualReport): Finding[] {
  const applications = report.applications;
  const partSix = (report.sections as AnnualReport['sections'] | undefined)?.other ?? null;
  if (!applications) {
    return [];
  }
  const findings: Finding[] = [];
  if (!Array.isArray(applications.other)) {
    const unpaid = applications.other.noFee[TOTAL_COLUMN] ?? null;
    if (unpaid !== null && unpaid > 0 && !(partSix ?? '').includes('信息处理费')) {
      findings.push(
        finding(
          'FEE_NOT_REPORTED',
          'info',
          `表三「（六）2.申请人逾期未按收费通知要求缴纳费用」为 ${unpaid}，说明本年度发出过收费通知，但「六、其他需要报告的事项」没有说明信息处理费的收取情况`,
          { part: 'other' },
          { numbers: { noFee: unpaid } },
        ),
      );
    }
  }
  const amount = partSix === null ? null : FEE_AMOUNT.exec(normalizeDigits(partSix));
  const received = (applications.newlyReceived[TOTAL_COLUMN] ?? null) === 0;
  const carried = (applications.carriedOver[TOTAL_COLUMN] ?? null) === 0;
  if (amount && Number(amount[1]) > 0 && received && carried) {
    findings.push(
      finding(
        'FEE_WITHOUT_APPLICATIONS',
        'info',
        `「六、其他需要报告的事项」称收取信息处理费 ${amount[1]} 元，但表三本年新收和上年结转的申请均为 0`,
        { part: 'other', start: amount.index, end: amount.index + amount[0].length },
        { numbers: { amountYuan: Number(amount[1]) }, text: amount[0] },
      ),
    );
  }
  return findings;
}

/**
 * Runs the smaller checks: tables and parts present, and the 信息处理费 statement in part 六.
 * @returns TABLE_MISSING and SECTION_MISSING warnings; FEE_NOT_REPORTED and FEE_WITHOUT_APPLICATIONS infos
 */
export function checkOtherMatters(report: AnnualReport): Finding[] {
  return [...tableFindings(report), ...sectionFindings(report), ...feeFindings(report)];
}
