import { describe, expect, it } from 'vitest';
import { localDate } from '../../calendar/local-date.ts';
import type { LedgerColumnKey } from './ledger-columns.ts';
import type { LedgerRow } from './ledger-case.ts';
import { ledgerCaseNumbers, planLedgerImport } from './plan-ledger-import.ts';

const today = localDate('2026-11-22');
const BASE: Partial<Record<LedgerColumnKey, string>> = {
  receivedOn: '2024-03-05',
  channel: '网上申请',
  applicantKind: '自然人',
  applicantName: '张三',
  content: '2023年区级财政决算',
};
let line = 1;
const row = (
  cells: Partial<Record<LedgerColumnKey, string>> = {},
  problems: LedgerRow['problems'] = [],
): LedgerRow => {
  line += 1;
  return { line, cells: { ...BASE, ...cells }, problems };
};
const plan = (rows: LedgerRow[], existing: string[] = []) =>
  planLedgerImport(rows, { today, existingCaseNumbers: new Set(existing) });
/** The errors of a one-row file, as 「列：说明」. */
const errorsOf = (cells: Partial<Record<LedgerColumnKey, string>>) =>
  plan([row(cells)]).errors.map((e) => `${e.column ?? ''}：${e.message}`);

describe('planning a ledger import', () => {
  it('turns a closed row into a case with its result, reply date and the delivery its channel implies', () => {
    const result = plan([
      row({
        caseNumber: '博教公开〔2024〕0001号',
        result: '予以公开',
        closedOn: '2024/3/20',
        phone: '138 0013 8000',
        idNumber: '11010519491231002x',
        address: '山东省淄博市博山区新建路1号',
      }),
    ]);
    expect(result.isCommittable).toBe(true);
    expect(result.errors).toEqual([]);
    expect(result.cases[0]).toMatchObject({
      caseNumber: '博教公开〔2024〕0001号',
      receivedOn: '2024-03-05',
      channel: 'online',
      content: '2023年区级财政决算',
      applicant: {
        kind: 'naturalPerson',
        name: '张三',
        idType: 'residentIdCard',
        idNumber: '11010519491231002X',
        phone: '13800138000',
        address: '山东省淄博市博山区新建路1号',
      },
      closing: { decision: 'granted', closedOn: '2024-03-20', deliveryMethod: 'online' },
      extension: null,
      reviews: [],
    });
  });

  it('keeps a row without result and reply date as a case still open', () => {
    expect(plan([row()]).cases[0]).toMatchObject({ closing: null, caseNumber: null });
  });

  it('refuses a receipt date in the future or before the 条例 took effect, and a missing or unreadable one', () => {
    expect(errorsOf({ receivedOn: '2026-11-23' })).toEqual([
      '收到申请日期：收到申请日期 2026-11-23 晚于今天（2026-11-22）',
    ]);
    expect(errorsOf({ receivedOn: '2008-04-30' })).toEqual([
      '收到申请日期：收到申请日期 2008-04-30 早于2008年5月1日（条例施行之日）',
    ]);
    expect(plan([row({ receivedOn: '2008-05-01' })]).isCommittable).toBe(true);
    expect(errorsOf({ receivedOn: '' })).toEqual(['收到申请日期：请填写收到申请日期']);
    expect(errorsOf({ receivedOn: '三月五日' })).toEqual([
      '收到申请日期：「三月五日」不是有效日期，请写成 2024-03-05 或 2024年3月5日 这样的格式',
    ]);
    expect(errorsOf({ receivedOn: '2023-02-29' })[0]).toContain('不是有效日期');
  });

  it('refuses a reply before the receipt, a result without a reply date and a reply date without a result', () => {
    expect(errorsOf({ result: '予以公开', closedOn: '2024-03-04' })).toEqual([
      '答复日期：答复日期 2024-03-04 早于收到申请日期（2024-03-05）',
    ]);
    expect(errorsOf({ result: '予以公开' })).toEqual([
      '答复日期：填写了办理结果但没有答复日期（已办结的请同时填写答复日期，未办结的两项都留空）',
    ]);
    expect(errorsOf({ closedOn: '2024-03-20' })).toEqual([
      '办理结果：填写了答复日期但没有办理结果（已办结的请同时填写办理结果，未办结的两项都留空）',
    ]);
    expect(errorsOf({ result: '予以公开', closedOn: '2026-12-01' })).toEqual([
      '答复日期：答复日期 2026-12-01 晚于今天（2026-11-22）',
    ]);
  });

  it('lists the accepted words for an unknown channel or result, and asks for the leaf row when only the group is given', () => {
    expect(errorsOf({ channel: '飞鸽传书' })).toEqual([
      '申请渠道：「飞鸽传书」无法识别，可填写：网上申请、当面提交、邮寄（需签收）、平常信函、传真、电子邮件',
    ]);
    const unknown = errorsOf({ result: '已办', closedOn: '2024-03-20' })[0]!;
    expect(unknown).toMatch(/^办理结果：「已办」无法识别，可填写：予以公开；部分公开；不予公开-国家秘密；/);
    expect(unknown).toContain('无法提供-本机关不掌握相关政府信息');
    expect(errorsOf({ result: '不予公开', closedOn: '2024-03-20' })).toEqual([
      '办理结果：「不予公开」只写了大类，请写明年报表三的具体情形，如「不予公开-国家秘密」「无法提供-本机关不掌握相关政府信息」',
    ]);
    expect(errorsOf({ channel: '' })).toEqual(['申请渠道：请填写申请渠道']);
  });

  it('refuses a case number used twice in the file or already registered, on the later row', () => {
    const result = plan(
      [row({ caseNumber: 'A-1' }), row({ caseNumber: ' A-1 ' }), row({ caseNumber: 'B-2' })],
      ['B-2'],
    );
    expect(result.errors).toEqual([
      {
        line: result.cases[0]!.line + 1,
        column: '案件编号',
        message: '案件编号「A-1」与第' + String(result.cases[0]!.line) + '行重复',
      },
      {
        line: result.cases[0]!.line + 2,
        column: '案件编号',
        message: '案件编号「B-2」已在系统中登记，不能重复导入',
      },
    ]);
    expect(result.invalidRows).toBe(2);
    expect(result.isCommittable).toBe(false);
  });

  it('checks the applicant as the application form does, without quoting personal data', () => {
    expect(errorsOf({ applicantKind: '' })).toEqual(['申请人类型：请填写申请人类型']);
    expect(errorsOf({ applicantKind: '外星人' })[0]).toBe(
      '申请人类型：「外星人」无法识别，可填写：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他组织',
    );
    expect(errorsOf({ applicantName: '' })).toEqual(['申请人姓名或名称：请填写申请人姓名']);
    expect(errorsOf({ idNumber: '110105194912310021' })).toEqual([
      '证件号码/统一社会信用代码：身份证号码校验位不正确，应为 X',
    ]);
    expect(errorsOf({ idNumber: '3703**********123X' })).toEqual([
      '证件号码/统一社会信用代码：证件号码已被遮盖（含 *），请填写完整号码或留空',
    ]);
    expect(errorsOf({ idNumber: '?!' })).toEqual([
      '证件号码/统一社会信用代码：证件号码格式不正确：居民身份证号码应为18位，其他证件号码为5至20位字母或数字',
    ]);
    expect(
      errorsOf({
        applicantKind: '商业企业',
        applicantName: '淄博某某有限公司',
        idNumber: '91350100M000100Y44',
      }),
    ).toEqual(['证件号码/统一社会信用代码：统一社会信用代码的校验码（第18位）应为 3，而不是 4']);
    expect(errorsOf({ phone: '12345' })).toEqual([
      '联系电话：联系电话应为11位手机号码，或带区号的固定电话（如 0533-4181234）',
    ]);
    expect(errorsOf({ content: '' })).toEqual(['申请内容：请填写申请内容']);
    const passport = plan([row({ idNumber: 'E12345678' })]).cases[0]!.applicant;
    expect(passport).toMatchObject({ idType: 'passport', idNumber: 'E12345678' });
    const company = plan([
      row({
        applicantKind: '企业',
        applicantName: '淄博某某有限公司',
        idNumber: '91350100M000100Y43',
        phone: '0533-4181234、13800138000',
      }),
    ]).cases[0]!.applicant;
    expect(company).toMatchObject({
      kind: 'business',
      creditCode: '91350100M000100Y43',
      idNumber: null,
      phone: '0533-4181234、13800138000',
    });
  });

  it('reads 法人或其他组织 without a sub-kind as 其他组织 and says so', () => {
    const result = plan([row({ applicantKind: '法人或其他组织', applicantName: '某协会' })]);
    expect(result.cases[0]!.applicant.kind).toBe('otherOrganization');
    expect(result.notes.map((n) => n.message)).toEqual([
      '「法人或其他组织」按“其他组织”统计（年报表三的“法人或其他组织—其他”列）',
    ]);
  });

  it('records an extension of at most the statutory maximum of the receipt date’s 条例', () => {
    expect(plan([row({ extended: '是' })]).cases[0]!.extension).toEqual({ days: 20, on: '2024-03-05' });
    expect(plan([row({ extended: '是', receivedOn: '2018-03-05' })]).cases[0]!.extension).toEqual({
      days: 15,
      on: '2018-03-05',
    });
    expect(
      plan([row({ extended: '√', extensionDays: '10', extendedOn: '2024-03-28' })]).cases[0]!.extension,
    ).toEqual({ days: 10, on: '2024-03-28' });
    expect(errorsOf({ extended: '是', extensionDays: '21' })).toEqual([
      '延期天数：延期天数应为 1 至 20 之间的整数（工作日）',
    ]);
    expect(errorsOf({ extended: '是', receivedOn: '2018-03-05', extensionDays: '20' })).toEqual([
      '延期天数：延期天数应为 1 至 15 之间的整数（工作日）',
    ]);
    expect(errorsOf({ extended: '也许' })).toEqual(['是否延期：「也许」无法识别，请填写“是”或“否”']);
    expect(
      errorsOf({ extended: '是', extendedOn: '2024-04-10', result: '予以公开', closedOn: '2024-04-01' }),
    ).toEqual(['延期日期：延期日期 2024-04-10 晚于答复日期 2024-04-01']);
    expect(plan([row({ extended: '否' })]).cases[0]!.extension).toBeNull();
  });

  it('records 行政复议 and 行政诉讼 with their results, and refuses a yes without a result or a no with one', () => {
    const closed = { result: '本机关不掌握', closedOn: '2024-03-20' };
    expect(
      plan([
        row({
          ...closed,
          review: '是',
          reviewResult: '维持',
          reviewBody: '淄博市博山区人民政府',
          reviewFiledOn: '2024-04-01',
          litigation: '是',
          litigationResult: '撤销',
        }),
      ]).cases[0]!.reviews,
    ).toEqual([
      { kind: 'review', result: 'upheld', body: '淄博市博山区人民政府', filedOn: '2024-04-01' },
      { kind: 'litigationAfterReview', result: 'corrected', body: '', filedOn: '2024-03-20' },
    ]);
    expect(plan([row({ ...closed, litigationResult: '尚未审结' })]).cases[0]!.reviews).toEqual([
      { kind: 'litigationDirect', result: 'pending', body: '', filedOn: '2024-03-20' },
    ]);
    expect(
      plan([row({ ...closed, litigation: '复议后起诉', litigationResult: '其他结果' })]).cases[0]!.reviews[0]!
        .kind,
    ).toBe('litigationAfterReview');
    expect(errorsOf({ ...closed, review: '是' })).toEqual([
      '行政复议结果：请填写行政复议结果（结果维持、结果纠正、其他结果、尚未审结）',
    ]);
    expect(errorsOf({ ...closed, review: '否', reviewResult: '维持' })).toEqual([
      '行政复议结果：「行政复议」填写了“否”，却有行政复议结果',
    ]);
    expect(errorsOf({ ...closed, review: '是', reviewResult: '大概维持' })[0]).toBe(
      '行政复议结果：「大概维持」无法识别，可填写：结果维持、结果纠正、其他结果、尚未审结',
    );
    expect(errorsOf({ ...closed, review: '是', reviewResult: '维持', reviewFiledOn: '2024-01-01' })).toEqual([
      '复议申请日期：复议申请日期 2024-01-01 早于收到申请日期',
    ]);
  });

  it('reports problems found while reading a cell against its column', () => {
    const result = plan([row({}, [{ column: 'idNumber', message: '单元格是错误值 #N/A' }])]);
    expect(result.errors).toEqual([
      { line: line, column: '证件号码/统一社会信用代码', message: '单元格是错误值 #N/A' },
    ]);
  });

  it('counts the cases per year of receipt and result group for the preview', () => {
    const result = plan([
      row({ receivedOn: '2023-12-30', result: '部分公开', closedOn: '2024-01-10' }),
      row({
        receivedOn: '2024-01-02',
        result: '不予公开-国家秘密',
        closedOn: '2024-01-10',
        caseNumber: 'X-1',
      }),
      row({
        receivedOn: '2024-02-02',
        result: '（三）不予公开 1.属于国家秘密',
        closedOn: '2024-02-10',
        review: '是',
        reviewResult: '纠正',
      }),
      row({ receivedOn: '2024-06-01', extended: '是' }),
    ]);
    expect(result.summary.years).toEqual([
      {
        year: 2023,
        total: 1,
        counts: {
          granted: 0,
          partlyGranted: 1,
          withheld: 0,
          unavailable: 0,
          notProcessed: 0,
          other: 0,
          open: 0,
        },
      },
      {
        year: 2024,
        total: 3,
        counts: {
          granted: 0,
          partlyGranted: 0,
          withheld: 2,
          unavailable: 0,
          notProcessed: 0,
          other: 0,
          open: 1,
        },
      },
    ]);
    expect(result.summary).toMatchObject({
      open: 1,
      closed: 3,
      extended: 1,
      reviews: 1,
      litigations: 0,
      keptNumbers: 1,
    });
    expect(result.summary.decisions).toEqual([
      { decision: 'partlyGranted', count: 1 },
      { decision: 'withheld.stateSecret', count: 2 },
    ]);
  });

  it('is not committable when the file has no rows', () => {
    expect(plan([]).isCommittable).toBe(false);
  });

  it('lists the file’s case numbers once each, cleaned as the plan compares them', () => {
    expect(
      ledgerCaseNumbers([row({ caseNumber: ' A-1 ' }), row({ caseNumber: 'A-1' }), row({ caseNumber: '' })]),
    ).toEqual(['A-1']);
  });
});
