import { describe, expect, it } from 'vitest';
import type { ApplicationFields } from './application-fields.ts';
import {
  maskAddress,
  maskApplicant,
  maskApplicantName,
  maskEmail,
  maskIdNumber,
  maskName,
  maskPhone,
} from './mask.ts';

describe('masking personal data for lists and exports', () => {
  it.each([
    ['张三', '张*'],
    ['张三丰', '张**'],
    ['欧阳娜娜', '欧阳**'],
    ['司马光', '司马*'],
    ['欧阳', '欧*'], // two characters: the given name is the second one
    ['王', '*'],
    ['阿卜杜拉·艾则孜', '阿*******'],
    ['Mary Smith', 'M*********'],
    ['', ''],
  ])('masks the name %s as %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it("leaves organizations' names alone", () => {
    expect(maskApplicantName('business', '淄博某某有限公司')).toBe('淄博某某有限公司');
    expect(maskApplicantName('naturalPerson', '张三')).toBe('张*');
  });

  it.each([
    ['37030419800101123X', '3703**********123X'],
    ['E12345678', 'E1*****78'],
    ['USA123456789012', 'USA1*******9012'],
    ['12345', '*****'],
  ])('masks the ID number %s as %s', (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked);
  });

  it.each([
    ['13812345678', '138****5678'],
    ['0533-4181234', '0533-*****34'],
    ['010-12345678', '010-******78'],
    ['0533-4181234转8001', '0533-*****34转****'],
    ['+44 20 7946 0958', '**************58'],
  ])('masks the phone %s as %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it.each([
    ['zhangsan@example.com', 'z***@example.com'],
    ['a@example.com', 'a***@example.com'],
    ['not-an-address', '***'],
  ])('masks the e-mail %s as %s', (email, masked) => {
    expect(maskEmail(email)).toBe(masked);
  });

  it.each([
    ['山东省淄博市博山区城东街道新建路1号', '山东省淄博市博山区****'],
    ['北京市朝阳区建国路1号', '北京市朝阳区****'],
    ['新疆维吾尔自治区乌鲁木齐市天山区解放路1号', '新疆维吾尔自治区乌鲁木齐市天山区****'],
    ['山东省济南市市中区经四路1号', '山东省济南市市中区****'],
    ['山东省邹平市黛溪街道1号', '山东省邹平市黛溪街道****'], // a 县级市 reads like a 地级市: the 街道 below it is kept
    ['河北省保定市易县某某村', '河北省保定市易县****'],
    ['博山区市场街1号', '博山区****'],
    ['某某镇幸福村3组', '某某镇****'],
    ['人民路12号幸福小区3号楼', '人民路12号****'], // no levels: the first 6 characters
    ['幸福小区3号楼', '幸福小****'],
    ['博山区', '博山区'],
  ])('masks the address %s as %s', (address, masked) => {
    expect(maskAddress(address)).toBe(masked);
  });

  it("masks a natural person's record, and only the persons behind an organization", () => {
    const person: ApplicationFields = {
      kind: 'naturalPerson',
      name: '张三',
      idType: 'residentIdCard',
      idNumber: '37030419800101123X',
      creditCode: null,
      legalRepresentative: null,
      contactPerson: null,
      phone: '13812345678',
      email: 'zs@example.com',
      address: '山东省淄博市博山区新建路1号',
      postcode: '255200',
      items: [],
      provisionForm: 'electronic',
      obtainWay: 'email',
    };
    expect(maskApplicant(person)).toEqual({
      kind: 'naturalPerson',
      name: '张*',
      idType: 'residentIdCard',
      idNumber: '3703**********123X',
      creditCode: null,
      legalRepresentative: null,
      contactPerson: null,
      phone: '138****5678',
      email: 'z***@example.com',
      address: '山东省淄博市博山区****',
      postcode: '255200',
    });
    const organization: ApplicationFields = {
      kind: 'business',
      name: '淄博某某有限公司',
      idType: null,
      idNumber: null,
      creditCode: '91350100M000100Y43',
      legalRepresentative: '李四',
      contactPerson: '欧阳娜娜',
      phone: '0533-4181234',
      email: null,
      address: '山东省淄博市博山区新建路1号',
      postcode: null,
      items: [],
      provisionForm: 'paper',
      obtainWay: 'post',
    };
    expect(maskApplicant(organization)).toMatchObject({
      name: '淄博某某有限公司',
      creditCode: '91350100M000100Y43',
      legalRepresentative: '李*',
      contactPerson: '欧阳**',
      phone: '0533-*****34',
      address: '山东省淄博市博山区新建路1号',
    });
  });
});
