/**
 * The applicant columns of a ledger row (条例第二十九条: 姓名或者名称, 身份证明, 联系方式). A ledger
 * records less than an application form, so only the name is required; what is given is checked
 * as the form checks it (居民身份证 check digit, GB 32100 credit code, phone formats).
 */
import { validateCreditCode } from '../../organs/credit-code.ts';
import { validatePhone } from '../../applicant/contact.ts';
import { ID_TYPES, normalizeIdNumber, validateIdNumber, type IdType } from '../../applicant/id-number.ts';
import { isNaturalPerson } from '../applicant-kinds.ts';
import { APPLICANT_KIND_CHOICES, choiceKey, VAGUE_ORGANIZATION_WORDS } from './ledger-choices.ts';
import type { LedgerApplicant } from './ledger-case.ts';
import type { RowReader } from './row-reader.ts';

const RESIDENT_ID = /^(\d{15}|\d{17}[\dX])$/;
const OTHER_DOCUMENTS = ID_TYPES.filter((t) => t !== 'residentIdCard');

/** A natural person's document number: a 居民身份证 when it looks like one, else the first other document it fits. */
function readIdNumber(r: RowReader): { idType: IdType; idNumber: string } | null {
  const text = r.cell('idNumber');
  const number = normalizeIdNumber(text);
  if (number === '') {
    return null;
  }
  if (number.includes('*')) {
    return r.fail('idNumber', '证件号码已被遮盖（含 *），请填写完整号码或留空');
  }
  if (RESIDENT_ID.test(number)) {
    const checked = validateIdNumber('residentIdCard', number, r.today);
    return checked.isValid
      ? { idType: checked.idType, idNumber: checked.number }
      : r.fail('idNumber', checked.reason);
  }
  for (const idType of OTHER_DOCUMENTS) {
    const checked = validateIdNumber(idType, number, r.today);
    if (checked.isValid) {
      return { idType: checked.idType, idNumber: checked.number };
    }
  }
  return r.fail('idNumber', '证件号码格式不正确：居民身份证号码应为18位，其他证件号码为5至20位字母或数字');
}

/** One or more telephone numbers separated by 、，; or spaces, each normalized. */
function readPhones(r: RowReader): string | null {
  const text = r.cell('phone');
  if (text === '') {
    return null;
  }
  const numbers =
    text.length > 200
      ? []
      : text
          .split(/[、,，;；/]+|\s{2,}/)
          .map((p) => p.trim())
          .filter((p) => p !== '');
  const normalized: string[] = [];
  for (const number of numbers) {
    const checked = validatePhone(number);
    if (!checked.isValid) {
      return r.fail('phone', checked.reason);
    }
    normalized.push(checked.value);
  }
  return normalized.length === 0 ? r.fail('phone', '联系电话过长') : normalized.join('、');
}

/**
 * @returns the applicant, or null (errors are in the reader)
 */
export function readApplicant(r: RowReader): LedgerApplicant | null {
  const kind = r.choice('applicantKind', APPLICANT_KIND_CHOICES);
  if (kind === null && r.cell('applicantKind') === '') {
    r.fail('applicantKind', '请填写申请人类型');
  }
  if (kind === 'otherOrganization' && VAGUE_ORGANIZATION_WORDS.has(choiceKey(r.cell('applicantKind')))) {
    r.note(
      'applicantKind',
      `「${r.cell('applicantKind')}」按“其他组织”统计（年报表三的“法人或其他组织—其他”列）`,
    );
  }
  const isPerson = kind === null || isNaturalPerson(kind);
  const name = isPerson
    ? r.text('applicantName', { label: '申请人姓名', maxLength: 50, charset: 'personName' }, true)
    : r.text('applicantName', { label: '申请人名称', maxLength: 100, charset: 'organizationName' }, true);
  let identity: { idType: IdType | null; idNumber: string | null; creditCode: string | null } = {
    idType: null,
    idNumber: null,
    creditCode: null,
  };
  if (kind !== null && isPerson) {
    const id = readIdNumber(r);
    identity = { idType: id?.idType ?? null, idNumber: id?.idNumber ?? null, creditCode: null };
  } else if (kind !== null && r.cell('idNumber') !== '') {
    const code = validateCreditCode(r.cell('idNumber'));
    identity = {
      idType: null,
      idNumber: null,
      creditCode: code.isValid ? code.code : r.fail('idNumber', code.reason),
    };
  }
  const phone = readPhones(r);
  const address = r.text('address', { label: '通讯地址', maxLength: 200 }, false);
  if (kind === null || name === null) {
    return null;
  }
  return {
    kind,
    name,
    ...identity,
    legalRepresentative: null,
    contactPerson: null,
    phone,
    email: null,
    address,
    postcode: null,
    provisionForm: null,
    obtainWay: null,
  };
}
