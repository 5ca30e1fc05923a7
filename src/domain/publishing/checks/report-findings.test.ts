import { describe, expect, it } from 'vitest';
import { finding } from '../../report/findings.ts';
import { checkItem, type ItemCheckInput } from './check-item.ts';
import { reportItemFindings } from './report-findings.ts';

const base: ItemCheckInput = {
  kind: 'annualReport',
  title: '甲区教育局2024年政府信息公开工作年度报告',
  docNumber: '',
  writtenOn: null,
  publishOn: '2025-01-20' as ItemCheckInput['publishOn'],
  today: '2025-01-20' as ItemCheckInput['today'],
  bodyText: '全文见附件。',
  attachments: [],
  interpretationRequired: true,
  interpretationCount: 0,
  interpretedDocuments: [],
  brokenOwnLinks: [],
};

describe('the checks of a 年度报告 item', () => {
  it('needs a report', () => {
    expect(reportItemFindings({ report: null, yearTakenBy: null })).toMatchObject([
      { code: 'REPORT_MISSING', severity: 'error' },
    ]);
  });

  it('carries the checker’s errors and warnings, with where they are, and leaves its info out', () => {
    const findings = [
      finding('IDENTITY_ROW_TOTAL', 'error', '总计不等于各项之和', { part: 'applications' }),
      finding('PART_NUMBERING', 'warning', '标题序号不连续', {}),
      finding('PROSE_NUMBERS_CHECKED', 'info', '正文数字一致', {}),
    ];
    expect(reportItemFindings({ report: { year: 2024, findings }, yearTakenBy: null })).toEqual([
      {
        code: 'REPORT_FINDING',
        severity: 'error',
        message: '年报检查：总计不等于各项之和（三、收到和处理政府信息公开申请情况）',
      },
      { code: 'REPORT_FINDING', severity: 'warning', message: '年报检查：标题序号不连续' },
    ]);
  });

  it('refuses a second report of a year another item published, naming its 索引号', () => {
    const out = reportItemFindings({ report: { year: 2024, findings: [] }, yearTakenBy: 'X/2025-00001' });
    expect(out).toMatchObject([
      { code: 'REPORT_YEAR_TAKEN', severity: 'error', message: expect.stringContaining('X/2025-00001') },
    ]);
  });

  it('joins the item’s one check list, errors first, only for the 年度报告 kind', () => {
    const report = { report: null, yearTakenBy: null };
    expect(checkItem({ ...base, report }).map((f) => [f.code, f.place.field])).toEqual([
      ['REPORT_MISSING', 'report'],
    ]);
    expect(checkItem({ ...base, kind: 'notice', report })).toEqual([]);
  });
});
