/**
 * The letters (告知书) an organ sends while handling an application for disclosure, one per step
 * of 条例第三十条至第四十二条, and the reply (答复书) that ends the case.
 */

export const LETTER_KINDS = [
  'correctionNotice',
  'extensionNotice',
  'thirdPartyConsultation',
  'coProducerConsultation',
  'feeNotice',
  'reasonsRequest',
  'deferralNotice',
  'reply',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/**
 * Title as printed, the suffix added to the case number (「GK2024-0012-补正」) and the statute the
 * letter rests on (for lists and the case record; the letter text cites its articles itself).
 */
export const LETTER_KIND_LABELS = {
  correctionNotice: { title: '政府信息公开申请补正告知书', suffix: '补正', basis: '条例第三十条' },
  extensionNotice: { title: '政府信息公开申请延期答复告知书', suffix: '延期', basis: '条例第三十三条第二款' },
  thirdPartyConsultation: { title: '政府信息公开征求第三方意见书', suffix: '征询', basis: '条例第三十二条' },
  coProducerConsultation: { title: '政府信息公开征求意见函', suffix: '征求', basis: '条例第三十四条' },
  feeNotice: {
    title: '政府信息公开信息处理费收费通知',
    suffix: '收费',
    basis: '条例第四十二条、国办函〔2020〕109号',
  },
  reasonsRequest: { title: '政府信息公开申请说明理由告知书', suffix: '理由', basis: '条例第三十五条' },
  deferralNotice: { title: '政府信息公开申请延迟答复告知书', suffix: '延迟', basis: '条例第三十五条' },
  reply: { title: '政府信息公开申请答复书', suffix: '答复', basis: '条例第三十六条至第三十九条' },
} as const satisfies Record<LetterKind, { title: string; suffix: string; basis: string }>;

/** True for a known letter kind (form and route input). */
export function isLetterKind(value: string): value is LetterKind {
  return (LETTER_KINDS as readonly string[]).includes(value);
}
