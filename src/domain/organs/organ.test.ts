import { describe, expect, it } from 'vitest';
import {
  diffOrganFields,
  parseOrganFields,
  parseOrganLevel,
  parseOrganType,
  type OrganFieldsInput,
} from './organ.ts';

const valid: OrganFieldsInput = { name: '博山区教育局', slug: 'jyj', type: 'department', level: 'county' };

describe('organ fields', () => {
  it('accepts the minimum, fills 简称 from 名称 and puts an unordered organ after the ordered ones', () => {
    const result = parseOrganFields(valid);
    expect(result).toEqual({
      isValid: true,
      value: {
        name: '博山区教育局',
        shortName: '博山区教育局',
        slug: 'jyj',
        type: 'department',
        level: 'county',
        creditCode: null,
        address: null,
        postcode: null,
        phone: null,
        fax: null,
        email: null,
        officeHours: null,
        sortOrder: 100,
      },
    });
  });

  it('cleans what people type: full-width, spaces, upper-case slugs, Chinese labels', () => {
    const result = parseOrganFields({
      ...valid,
      name: '  博山区教育局 ',
      slug: ' JYJ ',
      type: '政府部门',
      level: '县级',
      creditCode: '１１３７０３０４００４２１８０１５６',
      postcode: '２５５２００',
      sortOrder: ' 3 ',
    });
    expect(result.isValid && result.value).toMatchObject({
      name: '博山区教育局',
      slug: 'jyj',
      type: 'department',
      level: 'county',
      creditCode: '113703040042180156',
      postcode: '255200',
      sortOrder: 3,
    });
  });

  it.each<[string, OrganFieldsInput, string, string]>([
    ['a one-character name', { name: '局' }, 'name', '名称至少2个字'],
    ['a 61-character name', { name: '局'.repeat(61) }, 'name', '名称不能超过60个字'],
    ['a missing name', { name: undefined }, 'name', '请填写名称'],
    ['a slug in Chinese', { slug: '教育局' }, 'slug', '网址标识只能由小写字母、数字和连字符'],
    ['a slug starting with a hyphen', { slug: '-jyj' }, 'slug', '以字母或数字开头'],
    ['an empty slug', { slug: '' }, 'slug', '请填写网址标识'],
    ['an unknown type', { type: '事业单位' }, 'type', '类型应为人民政府、政府部门、乡镇（街道）、其他之一'],
    ['an unknown level', { level: '区级' }, 'level', '层级应为省级、市级、县级、乡级之一'],
    ['a bad credit code', { creditCode: '11370304004218015X' }, 'creditCode', '校验码（第18位）应为 6'],
    ['a 5-digit postcode', { postcode: '25520' }, 'postcode', '邮编应为6位数字'],
    ['a phone with letters', { phone: 'call me' }, 'phone', '电话只能包含数字'],
    ['a bad email', { email: 'jyj@' }, 'email', '电子邮箱格式不正确'],
    ['a negative sort order', { sortOrder: '-1' }, 'sortOrder', '排序号应为0至9999的整数'],
    ['a text sort order', { sortOrder: '第一' }, 'sortOrder', '排序号应为0至9999的整数'],
  ])('refuses %s with a Chinese message', (_name, change, field, message) => {
    const result = parseOrganFields({ ...valid, ...change });
    expect(result.isValid).toBe(false);
    expect(result.isValid ? undefined : (result.errors as Record<string, string>)[field]).toContain(message);
  });

  it('reads types and levels by code, label and common variants', () => {
    expect(['人民政府', '乡镇（街道）', '乡镇(街道)', '街道', 'other', '其它'].map(parseOrganType)).toEqual([
      'government',
      'township',
      'township',
      'township',
      'other',
      null,
    ]);
    expect(['县级', 'provincial', '乡镇级', '区级'].map(parseOrganLevel)).toEqual([
      'county',
      'provincial',
      'township',
      null,
    ]);
  });

  it('diffs only the changed fields, before → after', () => {
    const parsed = parseOrganFields(valid);
    if (!parsed.isValid) {
      throw new Error('fixture');
    }
    const before = parsed.value;
    expect(diffOrganFields(before, { ...before, name: '博山区教育和体育局', phone: '0533-0000000' })).toEqual(
      {
        before: { name: '博山区教育局', phone: null },
        after: { name: '博山区教育和体育局', phone: '0533-0000000' },
      },
    );
  });
});
