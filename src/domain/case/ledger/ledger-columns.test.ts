import { describe, expect, it } from 'vitest';
import { LEDGER_COLUMNS, matchLedgerHeader } from './ledger-columns.ts';

describe('matching a ledger header row', () => {
  it('matches the export’s own headers', () => {
    const match = matchLedgerHeader(LEDGER_COLUMNS.map((c) => c.header));
    expect(match.problems).toEqual([]);
    expect(Object.keys(match.indexOf)).toHaveLength(LEDGER_COLUMNS.length);
  });

  it('matches common other names in any order, ignoring spaces, a trailing * and explanations in brackets', () => {
    const match = matchLedgerHeader([
      '申请内容*',
      '备注',
      ' 受理日期（年-月-日）',
      '申请方式',
      '申请人 类别',
      '申请人',
      '案号',
      '身份证号',
      '处理结果',
      '办结日期',
      '延期',
    ]);
    expect(match.problems).toEqual([]);
    expect(match.indexOf).toEqual({
      content: 0,
      receivedOn: 2,
      channel: 3,
      applicantKind: 4,
      applicantName: 5,
      caseNumber: 6,
      idNumber: 7,
      result: 8,
      closedOn: 9,
      extended: 10,
    });
  });

  it('prefers the exact header over another name of the same column', () => {
    const match = matchLedgerHeader([
      '申请日期',
      '收到申请日期',
      '申请渠道',
      '申请人类型',
      '申请人姓名或名称',
      '申请内容',
    ]);
    expect(match.problems).toEqual([]);
    expect(match.indexOf.receivedOn).toBe(1);
  });

  it('names the missing required columns and two columns meaning the same', () => {
    expect(matchLedgerHeader(['序号', '申请人']).problems).toEqual([
      '第一行应为表头，缺少必需的列：「收到申请日期」、「申请渠道」、「申请人类型」、「申请内容」（可下载模板对照）',
    ]);
    expect(
      matchLedgerHeader(['受理日期', '申请日期', '申请渠道', '申请人类型', '申请人', '申请内容']).problems,
    ).toEqual(['表头中「受理日期」和「申请日期」都表示「收到申请日期」，请只保留一列']);
    expect(
      matchLedgerHeader(['申请渠道', '申请渠道', '收到申请日期', '申请人类型', '申请人', '申请内容'])
        .problems,
    ).toEqual(['表头中「申请渠道」列出现了不止一次']);
  });
});
