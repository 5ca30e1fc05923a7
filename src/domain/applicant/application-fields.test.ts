import { describe, expect, it } from 'vitest';
import { localDate } from '../calendar/local-date.ts';
import { parseApplicationFields, type RawApplicationForm } from './application-fields.ts';
import { parseRequestedItems } from './requested-items.ts';

const today = localDate('2025-06-01');

const PERSON: RawApplicationForm = {
  kind: 'naturalPerson',
  name: ' 张三 ',
  idType: 'residentIdCard',
  idNumber: '11010519491231002x',
  phone: '138 0013 8000',
  items: '2024年博山区财政预算\n博政发〔2024〕3号文件',
  provisionForm: 'electronic',
  obtainWay: 'email',
  email: 'zs@example.com',
};

const ORGANIZATION: RawApplicationForm = {
  kind: '商业企业',
  name: '淄博某某有限公司',
  creditCode: '９１３５0100m000100y43',
  legalRepresentative: '李四',
  contactPerson: '王五',
  phone: '0533-4181234',
  item1: '某某项目的环境影响评价批复',
  provisionForm: '纸质',
  obtainWay: '邮寄',
  address: '山东省淄博市博山区城东街道新建路1号',
  postcode: '２５５２００',
};

const errorsOf = (raw: RawApplicationForm) => {
  const result = parseApplicationFields(raw, today);
  return result.isValid ? {} : result.errors;
};

describe('parseApplicationFields (条例第二十九条)', () => {
  it("reads a natural person's application, normalized", () => {
    expect(parseApplicationFields(PERSON, today)).toEqual({
      isValid: true,
      value: {
        kind: 'naturalPerson',
        name: '张三',
        idType: 'residentIdCard',
        idNumber: '11010519491231002X',
        creditCode: null,
        legalRepresentative: null,
        contactPerson: null,
        phone: '13800138000',
        email: 'zs@example.com',
        address: null,
        postcode: null,
        items: [{ description: '2024年博山区财政预算' }, { description: '博政发〔2024〕3号文件' }],
        provisionForm: 'electronic',
        obtainWay: 'email',
      },
    });
  });

  it("reads an organization's application with Chinese option labels and full-width codes", () => {
    const result = parseApplicationFields(ORGANIZATION, today);
    expect(result).toEqual({
      isValid: true,
      value: {
        kind: 'business',
        name: '淄博某某有限公司',
        idType: null,
        idNumber: null,
        creditCode: '91350100M000100Y43',
        legalRepresentative: '李四',
        contactPerson: '王五',
        phone: '0533-4181234',
        email: null,
        address: '山东省淄博市博山区城东街道新建路1号',
        postcode: '255200',
        items: [{ description: '某某项目的环境影响评价批复' }],
        provisionForm: 'paper',
        obtainWay: 'post',
      },
    });
  });

  it('takes the 居民身份证 when no document type is chosen', () => {
    const result = parseApplicationFields({ ...PERSON, idType: undefined }, today);
    expect(result.isValid && result.value.idType).toBe('residentIdCard');
  });

  it('names every wrong field in Chinese at once', () => {
    expect(
      errorsOf({
        kind: 'naturalPerson',
        name: '张'.repeat(51),
        idNumber: '110105194912310021',
        provisionForm: '光盘',
      }),
    ).toEqual({
      name: '申请人姓名不能超过 50 个字',
      idNumber: '身份证号码校验位不正确，应为 X',
      phone: '联系电话和电子邮箱至少填写一项',
      items: '请至少填写一项所需政府信息的名称、文号或者其他特征性描述',
      provisionForm: '信息的提供形式只能是纸质、电子之一',
      obtainWay: '请选择获取信息的方式',
    });
  });

  it("requires the organization's 统一社会信用代码, 法定代表人或者负责人 and 联系人", () => {
    expect(
      errorsOf({ ...ORGANIZATION, creditCode: ' ', legalRepresentative: '', contactPerson: undefined }),
    ).toEqual({
      creditCode: '请填写统一社会信用代码',
      legalRepresentative: '请填写法定代表人或者负责人',
      contactPerson: '请填写联系人',
    });
    expect(errorsOf({ ...ORGANIZATION, creditCode: '91350100M000100Y44' })).toEqual({
      creditCode: '统一社会信用代码的校验码（第18位）应为 3，而不是 4',
    });
  });

  it.each([
    [
      'an unknown applicant kind',
      { kind: '个体户' },
      'kind',
      '申请人类型只能是自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他组织之一',
    ],
    ['post without an address', { obtainWay: 'post' }, 'address', '选择邮寄时请填写通讯地址'],
    [
      'e-mail without an address',
      { obtainWay: '电子邮件', email: '' },
      'email',
      '选择电子邮件获取时请填写电子邮箱',
    ],
    ['paper by e-mail', { provisionForm: 'paper' }, 'obtainWay', '纸质形式只能邮寄或当面领取'],
    ['a wrong phone', { phone: '12345' }, 'phone', '联系电话应为11位手机号码'],
    ['a bad postcode', { postcode: '2552' }, 'postcode', '邮政编码应为6位数字'],
    ['an unknown document type', { idType: '驾驶证' }, 'idType', '身份证件类型只能是居民身份证、护照'],
    ['an RTL override in the name', { name: '张\u202E三' }, 'name', '申请人姓名含有不可见的文字方向控制字符'],
    ['an emoji in the name', { name: '张三🙂' }, 'name', '申请人姓名只能包含'],
    ['an all-whitespace name', { name: ' \u3000 ' }, 'name', '请填写申请人姓名'],
    ['a 10 MB address', { address: '路'.repeat(10_000_000) }, 'address', '通讯地址不能超过 200 个字'],
    ['a 10 MB name', { name: 'x'.repeat(10_000_000) }, 'name', '申请人姓名不能超过 50 个字'],
  ])('refuses %s', (_name, change, field, message) => {
    expect(errorsOf({ ...PERSON, ...change } as RawApplicationForm)[field as 'name']).toContain(message);
  });

  it('accepts SQL-looking text in a description as plain text', () => {
    const result = parseApplicationFields({ ...PERSON, items: "Robert'); DROP TABLE cases;--" }, today);
    expect(result.isValid && result.value.items).toEqual([{ description: "Robert'); DROP TABLE cases;--" }]);
  });
});

describe('the requested information: 1–20 entries', () => {
  it('prefers item1…item20, skipping empty ones', () => {
    expect(parseRequestedItems({ item1: ' 甲文件 ', item2: '', item5: '乙文件', items: '丙文件' })).toEqual({
      isValid: true,
      items: [{ description: '甲文件' }, { description: '乙文件' }],
    });
  });

  it('splits the items field on line breaks of every kind', () => {
    const result = parseRequestedItems({ items: '甲文件\r\n乙文件\r丙文件\n\n  \n丁文件' });
    expect(result.isValid && result.items.length).toBe(4);
  });

  it.each([
    [
      '21 entries',
      { items: Array.from({ length: 21 }, (_, i) => `文件${i}`).join('\n') },
      '所需政府信息最多填写 20 项，当前为 21 项，请分为多份申请',
    ],
    ['a one-character entry', { item1: '甲文件', item2: '乙' }, '第2项所需政府信息的描述至少 2 个字'],
    ['a 1001-character entry', { item1: '文'.repeat(1001) }, '第1项所需政府信息的描述不能超过 1000 个字'],
    ['a control character', { item1: '文件\u0007' }, '第1项所需政府信息的描述含有不可见的控制字符'],
    ['a 10 MB field', { items: '文'.repeat(10_000_000) }, '所需政府信息过长'],
    ['only whitespace', { items: ' \n \u3000 ' }, '请至少填写一项'],
  ])('refuses %s', (_name, raw, reason) => {
    const result = parseRequestedItems(raw);
    expect(result.isValid ? '' : result.reason).toContain(reason);
  });

  it('accepts exactly 20 entries of 1000 characters', () => {
    const raw = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`item${i + 1}`, '文'.repeat(1000)]));
    expect(parseRequestedItems(raw).isValid).toBe(true);
  });
});
