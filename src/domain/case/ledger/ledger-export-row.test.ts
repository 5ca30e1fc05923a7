import { describe, expect, it } from 'vitest';
import { localDate } from '../../calendar/local-date.ts';
import {
  LEDGER_EXPORT_HEADERS,
  ledgerExportCells,
  maskFreeText,
  type LedgerExportRecord,
} from './ledger-export-row.ts';

const person: LedgerExportRecord = {
  caseNumber: '博教公开〔2024〕0001号',
  organName: '博山区教育局',
  receivedOn: localDate('2024-03-05'),
  channel: 'online',
  applicantKind: 'naturalPerson',
  applicant: {
    name: '欧阳娜娜',
    idNumber: '11010519491231002X',
    phone: '13812345678、0533-4181234',
    email: 'nana@example.com',
    address: '山东省淄博市博山区城东街道新建路1号',
  },
  items: [{ description: '本人身份证11010519491231002X，电话13812345678，要2023年决算' }],
  status: 'closed',
  dueOn: null,
  decision: 'withheld.stateSecret',
  closedOn: localDate('2024-03-20'),
  extensionDays: 20,
  reviews: [
    { kind: 'review', result: 'upheld' },
    { kind: 'litigationAfterReview', result: 'pending' },
  ],
};
const cellsOf = (record: LedgerExportRecord, kind: 'public' | 'internal') =>
  Object.fromEntries(LEDGER_EXPORT_HEADERS.map((h, i) => [h, ledgerExportCells(record, 7, kind)[i]]));

describe('a case as a row of the exported ledger', () => {
  it('masks a natural person’s name, ID number, phones, e-mail, address and the numbers in the request text in the 公开版', () => {
    expect(cellsOf(person, 'public')).toEqual({
      序号: '7',
      案件编号: '博教公开〔2024〕0001号',
      受理机关: '博山区教育局',
      收到申请日期: '2024-03-05',
      申请渠道: '网上申请',
      申请人类型: '自然人',
      申请人姓名或名称: '欧阳**',
      '证件号码/统一社会信用代码': '1101**********002X',
      联系电话: '138****5678、0533-*****34',
      电子邮箱: 'n***@example.com',
      通讯地址: '山东省淄博市博山区****',
      申请内容: '本人身份证1101**********002X，电话138****5678，要2023年决算',
      办理状态: '已办结',
      答复期限: '',
      办理结果: '（三）不予公开 1.属于国家秘密',
      答复日期: '2024-03-20',
      是否延期: '是',
      延期天数: '20',
      行政复议: '是',
      行政复议结果: '结果维持',
      行政诉讼: '复议后起诉',
      行政诉讼结果: '尚未审结',
    });
  });

  it('gives everything in the 内部台账', () => {
    const cells = cellsOf(person, 'internal');
    expect([
      cells.申请人姓名或名称,
      cells['证件号码/统一社会信用代码'],
      cells.联系电话,
      cells.通讯地址,
    ]).toEqual([
      '欧阳娜娜',
      '11010519491231002X',
      '13812345678、0533-4181234',
      '山东省淄博市博山区城东街道新建路1号',
    ]);
    expect(cells.申请内容).toContain('11010519491231002X');
  });

  it('keeps an organization’s name, credit code and address (not personal data) but masks its phone', () => {
    const company: LedgerExportRecord = {
      ...person,
      applicantKind: 'business',
      applicant: {
        name: '淄博某某有限公司',
        creditCode: '91350100M000100Y43',
        phone: '13812345678',
        address: '博山区新建路1号',
      },
      reviews: [],
      extensionDays: null,
    };
    const cells = cellsOf(company, 'public');
    expect([
      cells.申请人姓名或名称,
      cells['证件号码/统一社会信用代码'],
      cells.联系电话,
      cells.通讯地址,
    ]).toEqual(['淄博某某有限公司', '91350100M000100Y43', '138****5678', '博山区新建路1号']);
    expect([cells.是否延期, cells.延期天数, cells.行政复议, cells.行政诉讼]).toEqual(['否', '', '否', '否']);
  });

  it('keeps formula-looking text as it is (the CSV writer guards it, XLSX stores string cells)', () => {
    const hostile = {
      ...person,
      caseNumber: '=1+1',
      items: [{ description: '=HYPERLINK("http://evil.example","点我")' }],
      applicant: { name: '@SUM(A1)' },
    };
    const cells = cellsOf(hostile, 'internal');
    expect([cells.案件编号, cells.申请内容, cells.申请人姓名或名称]).toEqual([
      '=1+1',
      '=HYPERLINK("http://evil.example","点我")',
      '@SUM(A1)',
    ]);
  });

  it('masks only what looks like an ID number, a mobile number or an e-mail address in free text', () => {
    expect(maskFreeText('2023年预算第12345678901号文件；联系a.b@x.cn')).toBe(
      '2023年预算第12345678901号文件；联系a***@x.cn',
    );
  });
});
