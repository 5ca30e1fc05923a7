import { describe, expect, it } from 'vitest';
import {
  applicationFieldsOf,
  echoValues,
  EMPTY_FORM,
  inputOfError,
  postedApplication,
} from './form-values.ts';

describe('postedApplication', () => {
  it('reads text values (the first of repeated ones), the files, the declaration and the token', () => {
    const pdf = new File(['%PDF-1.4'], 'a.pdf');
    const posted = postedApplication({
      kind: ['naturalPerson', 'business'],
      personName: '张三',
      attachments: [pdf, 'not a file'],
      declaration: 'yes',
      submissionToken: 't',
    });
    expect(posted.values).toMatchObject({ kind: 'naturalPerson', personName: '张三', organizationName: '' });
    expect(posted.files).toEqual([pdf]);
    expect(posted.hasDeclared).toBe(true);
    expect(posted.submissionToken).toBe('t');
  });

  it('reads a form without files, declaration or token', () => {
    expect(postedApplication({})).toEqual({
      values: EMPTY_FORM,
      files: [],
      hasDeclared: false,
      submissionToken: '',
    });
  });
});

describe('applicationFieldsOf', () => {
  const values = {
    ...EMPTY_FORM,
    personName: '张三',
    idType: 'passport',
    idNumber: 'E12345678',
    organizationName: '某公司',
    creditCode: '91350100M000100Y43',
    legalRepresentative: '李四',
    contactPerson: '王五',
    phone: '13800138000',
    items: '文件',
    provisionForm: 'paper',
    obtainWay: 'post',
  };

  it("passes a natural person's name and ID, not the organization fields", () => {
    expect(applicationFieldsOf({ ...values, kind: 'naturalPerson' })).toEqual({
      kind: 'naturalPerson',
      name: '张三',
      idType: 'passport',
      idNumber: 'E12345678',
      phone: '13800138000',
      email: '',
      address: '',
      postcode: '',
      items: '文件',
      provisionForm: 'paper',
      obtainWay: 'post',
    });
  });

  it("passes an organization's name and credit code, not the person fields", () => {
    const fields = applicationFieldsOf({ ...values, kind: 'legalServices' });
    expect(fields).toMatchObject({
      kind: 'legalServices',
      name: '某公司',
      creditCode: '91350100M000100Y43',
      legalRepresentative: '李四',
      contactPerson: '王五',
    });
    expect(fields.idNumber).toBeUndefined();
  });

  it('passes no name while no kind is chosen', () => {
    expect(applicationFieldsOf({ ...values, kind: '' }).name).toBeUndefined();
  });
});

describe('inputOfError', () => {
  it.each([
    ['name', 'naturalPerson', 'personName'],
    ['name', 'business', 'organizationName'],
    ['name', '', 'organizationName'],
    ['idNumber', 'naturalPerson', 'idNumber'],
  ])('%s of a %j applicant → %s', (key, kind, input) => {
    expect(inputOfError(key, kind)).toBe(input);
  });
});

describe('echoValues', () => {
  it('cuts what is put back into the form', () => {
    const echoed = echoValues({ ...EMPTY_FORM, address: '路'.repeat(5000), items: 'x'.repeat(50_000) });
    expect([...echoed.address]).toHaveLength(1000);
    expect(echoed.items).toHaveLength(30_000);
  });
});
