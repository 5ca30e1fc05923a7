/**
 * Who applies, as the columns of table 三 count them: 自然人 and the five kinds of 法人或其他组织.
 * The order is the table's column order (index 0…5; 总计 is column 6).
 */
export const APPLICANT_KINDS = [
  'naturalPerson',
  'business',
  'research',
  'publicInterest',
  'legalServices',
  'otherOrganization',
] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

export const APPLICANT_KIND_LABELS = {
  naturalPerson: '自然人',
  business: '商业企业',
  research: '科研机构',
  publicInterest: '社会公益组织',
  legalServices: '法律服务机构',
  otherOrganization: '其他组织',
} as const satisfies Record<ApplicantKind, string>;

/** The table 三 column of an applicant kind (0…5). */
export function applicantColumn(kind: ApplicantKind): number {
  return APPLICANT_KINDS.indexOf(kind);
}

/** True for a natural person (第二十九条: 姓名, 身份证明); false for 法人或其他组织 (名称, 统一社会信用代码). */
export function isNaturalPerson(kind: ApplicantKind): boolean {
  return kind === 'naturalPerson';
}

/** True for a known applicant kind (form and import input). */
export function isApplicantKind(value: string): value is ApplicantKind {
  return (APPLICANT_KINDS as readonly string[]).includes(value);
}
