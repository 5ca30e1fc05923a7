import { describe, expect, it } from 'vitest';
import { finding } from '../domain/report/findings.ts';
import { describeLocation } from '../domain/report/finding-location.ts';
import { findingLine, formatFindingsReport, summaryLine } from './format-findings.ts';

describe('describeLocation', () => {
  it('names part, row and column by their printed labels', () => {
    expect(
      describeLocation({ part: 'applications', row: 'withheld.stateSecret', column: '6', line: 52 }),
    ).toBe('三、收到和处理政府信息公开申请情况 · （三）1.属于国家秘密 · 总计 · 第52行');
    expect(describeLocation({ part: 'proactive', row: 'normativeDocuments', column: 'inForce' })).toBe(
      '二、主动公开政府信息情况 · 行政规范性文件 · 现行有效件数',
    );
    expect(describeLocation({ part: 'reviewLitigation', row: 'litigationDirect', column: 'corrected' })).toBe(
      '四、政府信息公开行政复议、行政诉讼情况 · 行政诉讼·未经复议直接起诉 · 结果纠正',
    );
    expect(describeLocation({ part: 'document' })).toBe('全文');
    expect(describeLocation({})).toBe('');
  });

  it('falls back to the raw keys it does not know', () => {
    expect(describeLocation({ part: 'applications', row: 'mystery', column: 'x' })).toBe(
      '三、收到和处理政府信息公开申请情况 · mystery · x',
    );
  });
});

describe('finding output', () => {
  const error = finding('IDENTITY_ROW_TOTAL', 'error', '表三「（七）总计」行：合计不符', {
    part: 'applications',
    row: 'total',
    column: '6',
  });
  const warning = finding('PARSE_CELLS_MISSING', 'warning', '缺失单元格', {
    part: 'applications',
    row: 'granted',
    line: 64,
  });

  it('writes one line per finding for `parse`', () => {
    expect(findingLine(warning)).toBe('[警告] PARSE_CELLS_MISSING 第64行：缺失单元格');
    expect(findingLine(error)).toBe('[错误] IDENTITY_ROW_TOTAL：表三「（七）总计」行：合计不符');
  });

  it('groups by severity and ends with the summary line for `check`', () => {
    expect(formatFindingsReport([error, warning])).toBe(
      [
        '错误（1 项）',
        '  1. IDENTITY_ROW_TOTAL［三、收到和处理政府信息公开申请情况 · （七）总计 · 总计］',
        '     表三「（七）总计」行：合计不符',
        '',
        '警告（1 项）',
        '  1. PARSE_CELLS_MISSING［三、收到和处理政府信息公开申请情况 · （一）予以公开 · 第64行］',
        '     缺失单元格',
        '',
        '错误 1 项，警告 1 项，提示 0 项',
        '',
      ].join('\n'),
    );
    expect(formatFindingsReport([])).toBe('错误 0 项，警告 0 项，提示 0 项\n');
    expect(summaryLine({ error: 0, warning: 2, info: 1 })).toBe('错误 0 项，警告 2 项，提示 1 项');
  });
});
