/**
 * One case as a row of the exported ledger, in two kinds: 内部台账 (everything, for staff who may
 * see the cases) and 公开版 (the applicant's personal data masked as mask.ts does for lists:
 * a person's name, ID number, phone, e-mail and address; an organization's name, credit code and
 * address are not personal data). ID and mobile numbers and e-mail addresses typed into the
 * request text are masked in the 公开版 too. Cells are plain text: the CSV writer defuses
 * formula-looking cells (render/formula-guard.ts) and the XLSX writer stores string cells.
 */
import { maskAddress, maskApplicantName, maskEmail, maskIdNumber, maskPhone } from '../../applicant/mask.ts';
import type { LocalDate } from '../../calendar/local-date.ts';
import { APPLICANT_KIND_LABELS, isApplicantKind } from '../applicant-kinds.ts';
import { CHANNEL_RULES, isIntakeChannel } from '../channels.ts';
import { DECISION_LABELS, isDecision } from '../decisions.ts';
import { REVIEW_RESULT_LABELS, type ReviewKind, type ReviewResult } from '../events.ts';
import { CASE_STATUS_LABELS, isCaseStatus } from '../status.ts';

/** 公开版 (masked, the default) or 内部台账 (full). */
export const LEDGER_EXPORT_KINDS = ['public', 'internal'] as const;
/** 公开版 or 内部台账. */
export type LedgerExportKind = (typeof LEDGER_EXPORT_KINDS)[number];
/** The kinds' names in forms and file names. */
export const LEDGER_EXPORT_KIND_LABELS = { public: '公开版', internal: '内部台账' } as const satisfies Record<
  LedgerExportKind,
  string
>;

/** A case as the export query reads it. */
export type LedgerExportRecord = {
  caseNumber: string;
  organName: string;
  receivedOn: LocalDate;
  channel: string;
  applicantKind: string;
  applicant: Readonly<Record<string, unknown>>;
  items: ReadonlyArray<{ description: string }>;
  status: string;
  dueOn: LocalDate | null;
  decision: string | null;
  closedOn: LocalDate | null;
  /** Approved extension in 工作日, or null. */
  extensionDays: number | null;
  reviews: ReadonlyArray<{ kind: ReviewKind; result: ReviewResult }>;
};

/** The export's headers (the import reads the ones it knows and skips the rest). */
export const LEDGER_EXPORT_HEADERS = [
  '序号',
  '案件编号',
  '受理机关',
  '收到申请日期',
  '申请渠道',
  '申请人类型',
  '申请人姓名或名称',
  '证件号码/统一社会信用代码',
  '联系电话',
  '电子邮箱',
  '通讯地址',
  '申请内容',
  '办理状态',
  '答复期限',
  '办理结果',
  '答复日期',
  '是否延期',
  '延期天数',
  '行政复议',
  '行政复议结果',
  '行政诉讼',
  '行政诉讼结果',
] as const;

const ID_IN_TEXT = /(?<![\dA-Za-z])(\d{17}[\dXx]|\d{15})(?![\dA-Za-z])/g;
const MOBILE_IN_TEXT = /(?<!\d)(1[3-9]\d{9})(?!\d)/g;
const EMAIL_IN_TEXT = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/**
 * Masks ID numbers, mobile numbers and e-mail addresses inside free text.
 * @example maskFreeText('本人13812345678，要2023年预算') // '本人138****5678，要2023年预算'
 */
export function maskFreeText(text: string): string {
  return text
    .replace(ID_IN_TEXT, (m) => maskIdNumber(m))
    .replace(MOBILE_IN_TEXT, (m) => maskPhone(m))
    .replace(EMAIL_IN_TEXT, (m) => maskEmail(m));
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function reviewCells(reviews: LedgerExportRecord['reviews'], isLitigation: boolean): [string, string] {
  const chosen = reviews.filter((r) => (r.kind === 'review') !== isLitigation);
  if (chosen.length === 0) {
    return ['否', ''];
  }
  const flag = !isLitigation
    ? '是'
    : chosen.every((r) => r.kind === 'litigationDirect')
      ? '直接起诉'
      : chosen.every((r) => r.kind === 'litigationAfterReview')
        ? '复议后起诉'
        : '是';
  return [flag, chosen.map((r) => REVIEW_RESULT_LABELS[r.result]).join('、')];
}

/** The applicant's cells: name, ID or credit code, phone, e-mail, address — masked for the 公开版. */
function applicantCells(record: LedgerExportRecord, kind: LedgerExportKind): string[] {
  const a = record.applicant;
  const applicantKind = isApplicantKind(record.applicantKind) ? record.applicantKind : 'naturalPerson';
  const isPerson = applicantKind === 'naturalPerson';
  const phones = str(a.phone)
    .split('、')
    .filter((p) => p !== '');
  if (kind === 'internal') {
    return [
      str(a.name),
      str(a.idNumber) || str(a.creditCode),
      phones.join('、'),
      str(a.email),
      str(a.address),
    ];
  }
  const maskIf = (value: string, mask: (text: string) => string) => (value === '' ? '' : mask(value));
  return [
    maskApplicantName(applicantKind, str(a.name)),
    isPerson ? maskIf(str(a.idNumber), maskIdNumber) : str(a.creditCode),
    phones.map(maskPhone).join('、'),
    maskIf(str(a.email), maskEmail),
    isPerson ? maskIf(str(a.address), maskAddress) : str(a.address),
  ];
}

/**
 * @param serial the row's 序号 (1-based)
 * @returns the cells as text, in `LEDGER_EXPORT_HEADERS` order (the CSV writer adds the formula
 *   guard; the XLSX writer stores string cells, which are never evaluated)
 */
export function ledgerExportCells(
  record: LedgerExportRecord,
  serial: number,
  kind: LedgerExportKind,
): string[] {
  const content = record.items.map((i) => i.description).join('\n');
  const cells = [
    String(serial),
    record.caseNumber,
    record.organName,
    record.receivedOn,
    isIntakeChannel(record.channel) ? CHANNEL_RULES[record.channel].label : record.channel,
    isApplicantKind(record.applicantKind)
      ? APPLICANT_KIND_LABELS[record.applicantKind]
      : record.applicantKind,
    ...applicantCells(record, kind),
    kind === 'internal' ? content : maskFreeText(content),
    isCaseStatus(record.status) ? CASE_STATUS_LABELS[record.status] : record.status,
    record.dueOn ?? '',
    record.decision !== null && isDecision(record.decision) ? DECISION_LABELS[record.decision].row : '',
    record.closedOn ?? '',
    record.extensionDays === null ? '否' : '是',
    record.extensionDays === null ? '' : String(record.extensionDays),
    ...reviewCells(record.reviews, false),
    ...reviewCells(record.reviews, true),
  ];
  return cells;
}
