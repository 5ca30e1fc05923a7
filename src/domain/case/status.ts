/**
 * The legal states of an application for disclosure, as stored. Time-relative conditions
 * (overdue, due soon) are never states: they are derived from the facts and today's date
 * (deadlines/timeliness.ts).
 */
export const CASE_STATUSES = [
  'registered', // 已登记，待办理
  'awaitingCorrection', // 补正中（第三十条）
  'inConsultation', // 征求意见中（第三十二条、第三十四条）
  'awaitingFee', // 待缴费（信息处理费）
  'awaitingReasons', // 待说明理由（第三十五条）
  'drafting', // 拟写答复
  'inReview', // 待审核
  'inSigning', // 待签发
  'toDeliver', // 已签发，待送达
  'closed', // 已办结
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS = {
  registered: '已登记',
  awaitingCorrection: '补正中',
  inConsultation: '征求意见中',
  awaitingFee: '待缴费',
  awaitingReasons: '待说明理由',
  drafting: '拟写答复',
  inReview: '待审核',
  inSigning: '待签发',
  toDeliver: '待送达',
  closed: '已办结',
} as const satisfies Record<CaseStatus, string>;

/** What the applicant sees on the tracking page: fewer, plainer states (no internal steps). */
export const PUBLIC_STATUS_LABELS = {
  registered: '已受理，办理中',
  awaitingCorrection: '待申请人补正',
  inConsultation: '办理中（征求意见）',
  awaitingFee: '待申请人缴纳信息处理费',
  awaitingReasons: '待申请人说明理由',
  drafting: '办理中',
  inReview: '办理中',
  inSigning: '办理中',
  toDeliver: '已作出答复，正在送达',
  closed: '已办结',
} as const satisfies Record<CaseStatus, string>;

/** True once the case is finished (no clock runs). */
export function isClosed(status: CaseStatus): boolean {
  return status === 'closed';
}

/** True for a known status (rows read back from the database). */
export function isCaseStatus(value: string): value is CaseStatus {
  return (CASE_STATUSES as readonly string[]).includes(value);
}
