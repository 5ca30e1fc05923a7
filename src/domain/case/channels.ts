/**
 * How an application reaches the organ (条例第二十九条、第三十一条) and which day counts as the day
 * of receipt for each channel.
 */
export const INTAKE_CHANNELS = ['online', 'counter', 'mail', 'letter', 'fax', 'email'] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];

/**
 * Label, and the 第三十一条 rule for the receipt date. 电子邮件 is an internet channel: the 2019
 * 条例 counts 双方确认之日 (it replaced 国办公开办函〔2015〕207号's 「自电子邮件系统接收之日」).
 */
export const CHANNEL_RULES = {
  online: { label: '网上申请', receiptRule: '以双方确认之日为收到申请之日', receiptEvent: '确认日期' },
  counter: { label: '当面提交', receiptRule: '以提交之日为收到申请之日', receiptEvent: '提交日期' },
  mail: {
    label: '邮寄（需签收）',
    receiptRule: '以行政机关签收之日为收到申请之日',
    receiptEvent: '签收日期',
  },
  letter: {
    label: '平常信函',
    receiptRule: '以政府信息公开工作机构与申请人确认之日为收到申请之日',
    receiptEvent: '确认日期',
  },
  fax: { label: '传真', receiptRule: '以双方确认之日为收到申请之日', receiptEvent: '确认日期' },
  email: { label: '电子邮件', receiptRule: '以双方确认之日为收到申请之日', receiptEvent: '确认日期' },
} as const satisfies Record<IntakeChannel, { label: string; receiptRule: string; receiptEvent: string }>;

/** True for a known channel (form, CLI and import input). */
export function isIntakeChannel(value: string): value is IntakeChannel {
  return (INTAKE_CHANNELS as readonly string[]).includes(value);
}
