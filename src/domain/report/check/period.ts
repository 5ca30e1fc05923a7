/**
 * The statistics period stated in the text must be the report's year (annual-report-json.md,
 * checks beyond the form). Reports state it in the preamble, e.g.
 * 「所列数据统计期限为2023年1月1日至2023年12月31日」, 「统计期限自2024年1月1日起，至2024年12月31日止」,
 * 「本报告内容涵盖镇政府2017年1月1日至12月31日期间」.
 */
import { finding, type Finding } from '../findings.ts';
import type { AnnualReport } from '../model.ts';
import { normalizeDigits } from './chinese-numerals.ts';
import { documentTextsOf, locateSectionSpan, type ScanText } from './text-location.ts';

/** A date range in the text that states the statistics period. */
export type StatedPeriod = {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly from: { year: number; month: number; day: number };
  readonly to: { year: number; month: number; day: number };
  readonly scan: ScanText;
};

const RANGE =
  /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:起)?\s*[，,]?\s*(?:至|到|—|–|-|~|～)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:止)?/g;
/** Words before a range that make it the statistics period, within the same sentence. */
const PERIOD_CONTEXT = /统计|报告期|涵盖|所列数据|本报告|本年度报告/;

/**
 * Finds the statements of the statistics period in a text.
 * @example findStatedPeriods({ part: 'document', text: '统计期限为2023年1月1日至2023年12月31日。', isSource: true })
 * // [{ text: '2023年1月1日至2023年12月31日', from: { year: 2023, month: 1, day: 1 }, to: { year: 2023, … } }]
 */
export function findStatedPeriods(scan: ScanText): StatedPeriod[] {
  const text = normalizeDigits(scan.text);
  const periods: StatedPeriod[] = [];
  for (const match of text.matchAll(RANGE)) {
    const start = match.index;
    const end = start + match[0].length;
    const sentenceStart = Math.max(0, ...['。', '；', '\n'].map((p) => text.lastIndexOf(p, start - 1) + 1));
    const before = text.slice(Math.max(sentenceStart, start - 40), start);
    const after = text.slice(end, end + 4);
    if (!PERIOD_CONTEXT.test(before) && !/^(?:期间|内)/.test(after)) {
      continue;
    }
    const n = (i: number): number => Number(match[i]);
    const fromYear = n(1);
    periods.push({
      text: scan.text.slice(start, end),
      start,
      end,
      from: { year: fromYear, month: n(2), day: n(3) },
      to: { year: match[4] === undefined ? fromYear : n(4), month: n(5), day: n(6) },
      scan,
    });
  }
  return periods;
}

const isWholeYear = (p: StatedPeriod): boolean =>
  p.from.year === p.to.year && p.from.month === 1 && p.from.day === 1 && p.to.month === 12 && p.to.day === 31;

/**
 * Checks the stated statistics period against the report year.
 * @returns PERIOD_YEAR_MISMATCH (error) per period naming another year; PERIOD_NOT_WHOLE_YEAR
 *   (warning) for a period of the right year that is not 1月1日–12月31日; PERIOD_NOT_STATED (info)
 *   when no period is stated. Nothing when the year is unknown.
 */
export function checkPeriod(report: AnnualReport, sourceText?: string): Finding[] {
  const year = report.year;
  if (year === null) {
    return [];
  }
  const periods = documentTextsOf(report, sourceText).flatMap(findStatedPeriods);
  if (periods.length === 0) {
    return [
      finding(
        'PERIOD_NOT_STATED',
        'info',
        `正文中没有找到统计期限的表述（如「统计期限为${year}年1月1日至${year}年12月31日」）`,
        {
          part: 'document',
        },
      ),
    ];
  }
  const findings: Finding[] = [];
  for (const period of periods) {
    const where = locateSectionSpan(period.scan, period.start, period.end, sourceText);
    if (period.from.year !== year || period.to.year !== year) {
      const stated = period.from.year === period.to.year ? period.from.year : period.to.year;
      findings.push(
        finding(
          'PERIOD_YEAR_MISMATCH',
          'error',
          `正文所述统计期限「${period.text}」与报告年度${year}年不符`,
          where,
          {
            numbers: {
              reportYear: year,
              fromYear: period.from.year,
              toYear: period.to.year,
              difference: stated - year,
            },
            text: period.text,
          },
        ),
      );
    } else if (!isWholeYear(period)) {
      findings.push(
        finding(
          'PERIOD_NOT_WHOLE_YEAR',
          'warning',
          `正文所述统计期限「${period.text}」不是${year}年1月1日至12月31日全年`,
          where,
          { numbers: { reportYear: year }, text: period.text },
        ),
      );
    }
  }
  return findings;
}
