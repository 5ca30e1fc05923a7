import { describe, expect, it } from 'vitest';
import { checkReport } from '../../domain/report/check/check-report.ts';
import { parseReportText } from '../../domain/report/parse/parse-report.ts';
import { dataOf, expectedData, seedText } from '../../../test/fixtures.ts';
import { REPORT_2023, REPORT_2024 } from './annual-reports.ts';

describe('demo annual reports of 博山区人民政府', () => {
  it('embeds seed 002 exactly as the expected data and the parser give it', () => {
    expect(dataOf(REPORT_2024)).toEqual(expectedData('002_2620abe2f7b9fa96'));
    expect(REPORT_2024).toEqual(parseReportText(seedText('002_2620abe2f7b9fa96')).report);
  });

  it('derives a 2023 report that passes the checker and carries over into 2024', () => {
    const codes = (findings: ReturnType<typeof checkReport>) =>
      findings.filter((f) => f.severity !== 'info').map((f) => f.code);
    expect(codes(checkReport(REPORT_2023))).toEqual([]);
    expect(codes(checkReport(REPORT_2024, { previous: REPORT_2023 }))).toEqual([]);
    expect(REPORT_2023.applications?.carriedForward).toEqual(REPORT_2024.applications?.carriedOver);
    expect(REPORT_2023.sections.overview).toContain('演示数据');
  });
});
