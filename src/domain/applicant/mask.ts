/**
 * Masking an applicant's personal data for case lists and published exports (个人信息: 姓名、身份证件
 * 号码、电话、电子邮箱、住址). The case file itself keeps the full values; masks are for places where
 * the person need not be identified. A 法人或者其他组织's 名称, 统一社会信用代码 and address are not
 * personal data and stay as they are; the natural persons behind it (法定代表人或者负责人, 联系人)
 * and their contact details are masked.
 */
import type { ApplicantKind } from '../case/applicant-kinds.ts';
import type { ApplicationFields } from './application-fields.ts';

/** 复姓 kept whole by `maskName` (the common ones of the 百家姓). */
const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '澹台',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '申屠',
  '百里',
  '呼延',
  '闻人',
  '钟离',
  '太史',
  '万俟',
  '拓跋',
  '赫连',
  '东郭',
  '公冶',
  '濮阳',
  '淳于',
  '单于',
  '左丘',
  '司空',
  '仲孙',
  '子车',
  '第五',
]);

const stars = (count: number): string => '*'.repeat(Math.max(count, 0));

/**
 * A person's name: the surname (first character, or a 复姓) and one * per remaining character.
 * @example maskName('张三') // '张*'
 * @example maskName('欧阳娜娜') // '欧阳**'
 * @example maskName('阿卜杜拉·艾则孜') // '阿*******'
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) {
    return stars(chars.length);
  }
  const keep = chars.length > 2 && COMPOUND_SURNAMES.has(chars[0]! + chars[1]!) ? 2 : 1;
  return chars.slice(0, keep).join('') + stars(chars.length - keep);
}

/**
 * The applicant's name as lists show it: a natural person's masked, an organization's as registered.
 * @example maskApplicantName('business', '淄博某某有限公司') // '淄博某某有限公司'
 */
export function maskApplicantName(kind: ApplicantKind, name: string): string {
  return kind === 'naturalPerson' ? maskName(name) : name;
}

/**
 * An ID document number: first 4 and last 4 characters (short numbers: 2 and 2; very short: all masked).
 * @example maskIdNumber('37030419800101123X') // '3703**********123X'
 * @example maskIdNumber('E12345678') // 'E1*****78'
 */
export function maskIdNumber(number: string): string {
  const chars = [...number.trim()];
  const keep = chars.length >= 12 ? 4 : chars.length >= 6 ? 2 : 0;
  return keep === 0
    ? stars(chars.length)
    : chars.slice(0, keep).join('') + stars(chars.length - 2 * keep) + chars.slice(-keep).join('');
}

/**
 * A telephone number: a mobile keeps its first 3 and last 4 digits; a fixed line keeps its area
 * code and last 2 digits (an extension is masked); anything else keeps its last 2 characters.
 * @example maskPhone('13812345678') // '138****5678'
 * @example maskPhone('0533-4181234转8001') // '0533-*****34转****'
 */
export function maskPhone(phone: string): string {
  const text = phone.trim();
  if (/^1\d{10}$/.test(text)) {
    return `${text.slice(0, 3)}****${text.slice(7)}`;
  }
  const landline = /^(0\d{2,3})-(\d{7,8})(?:转(\d+))?$/.exec(text);
  if (landline) {
    const [area = '', number = '', extension] = landline.slice(1);
    return `${area}-${stars(number.length - 2)}${number.slice(-2)}${extension === undefined ? '' : `转${stars(extension.length)}`}`;
  }
  const chars = [...text];
  return stars(chars.length - 2) + chars.slice(-2).join('');
}

/**
 * An e-mail address: the first character of the local part, then *** (hiding its length), and the domain.
 * @example maskEmail('zhangsan@example.com') // 'z***@example.com'
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) {
    return stars(3);
  }
  return `${[...email][0]!}***${email.slice(at)}`;
}

/** Address levels, in order. A level's name part excludes the characters that end higher levels and street words. */
const PROVINCE = /^[^省市区县\s\d]{2,10}?(?:省|自治区|特别行政区)/u;
const PREFECTURE = /^[^省市区县旗盟\s\d]{2,10}?(?:自治州|地区|盟|市)/u;
const COUNTY = /^[^省区县旗\s\d路街巷道号楼村]{1,10}?(?:区|县|旗|市)/u;
const TOWNSHIP = /^[^省市区县旗镇乡\s\d路街巷号楼村]{2,10}?(?:镇|乡|街道)/u;
/** Places named …区 that are not districts. */
const NOT_A_DISTRICT = /(小区|社区|校区|园区|景区|厂区)$/u;

/** The administrative prefix of an address, down to the 区/县 (or, without one, the 镇/乡/街道). */
function administrativePrefix(address: string): string {
  let kept = '';
  for (const level of [PROVINCE, PREFECTURE]) {
    kept += level.exec(address.slice(kept.length))?.[0] ?? '';
  }
  const county = COUNTY.exec(address.slice(kept.length))?.[0];
  if (county !== undefined && !NOT_A_DISTRICT.test(county)) {
    return kept + county;
  }
  return kept + (TOWNSHIP.exec(address.slice(kept.length))?.[0] ?? '');
}

/**
 * An address: kept down to the 区/县 level (or 镇/乡/街道 when no 区/县 is written), the rest
 * replaced by ****; an address without recognizable levels keeps its first 6 characters (at most half).
 * @example maskAddress('山东省淄博市博山区城东街道新建路1号') // '山东省淄博市博山区****'
 * @example maskAddress('某某镇幸福村3组') // '某某镇****'
 * @example maskAddress('人民路12号幸福小区3号楼') // '人民路12号****'
 */
export function maskAddress(address: string): string {
  const text = address.trim();
  const prefix = administrativePrefix(text);
  const kept =
    prefix !== '' ? prefix : [...text].slice(0, Math.min(6, Math.floor([...text].length / 2))).join('');
  return kept.length >= text.length ? text : `${kept}****`;
}

/** The applicant as case lists and published exports show it (no requested items). */
export type MaskedApplicant = Pick<
  ApplicationFields,
  | 'kind'
  | 'name'
  | 'idType'
  | 'idNumber'
  | 'creditCode'
  | 'legalRepresentative'
  | 'contactPerson'
  | 'phone'
  | 'email'
  | 'address'
  | 'postcode'
>;

const maybe = (value: string | null, mask: (text: string) => string): string | null =>
  value === null ? null : mask(value);

/**
 * Masks the personal data among an application's fields.
 * @example maskApplicant(fields).idNumber // '3703**********123X'
 */
export function maskApplicant(fields: ApplicationFields): MaskedApplicant {
  const isPerson = fields.kind === 'naturalPerson';
  return {
    kind: fields.kind,
    name: maskApplicantName(fields.kind, fields.name),
    idType: fields.idType,
    idNumber: maybe(fields.idNumber, maskIdNumber),
    creditCode: fields.creditCode,
    legalRepresentative: maybe(fields.legalRepresentative, maskName),
    contactPerson: maybe(fields.contactPerson, maskName),
    phone: maybe(fields.phone, maskPhone),
    email: maybe(fields.email, maskEmail),
    address: isPerson ? maybe(fields.address, maskAddress) : fields.address,
    postcode: fields.postcode,
  };
}
