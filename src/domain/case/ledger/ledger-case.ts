/**
 * A ledger row as read from the file, and the case it becomes once checked. Pure data.
 */
import type { LocalDate } from '../../calendar/local-date.ts';
import type { IdType } from '../../applicant/id-number.ts';
import type { ApplicantKind } from '../applicant-kinds.ts';
import type { IntakeChannel } from '../channels.ts';
import type { Decision } from '../decisions.ts';
import type { DeliveryMethod, ReviewKind, ReviewResult } from '../events.ts';
import type { LedgerColumnKey } from './ledger-columns.ts';

/** At most this many data rows per file (a county organ's ledger of many years). */
export const MAX_LEDGER_ROWS = 20_000;

/** One data row as read from the file. */
export type LedgerRow = {
  /** Row number in the sheet (the header is usually row 1). */
  line: number;
  /** Cell text per column; absent when the file has no such column. */
  cells: Partial<Record<LedgerColumnKey, string>>;
  /** Problems found while reading cells (an error value, a rounded long number…). */
  problems: ReadonlyArray<{ column: LedgerColumnKey; message: string }>;
};

/** A problem (error) or remark (note) about one cell or row, in Chinese. */
export type LedgerIssue = { line: number; column: string | null; message: string };

/**
 * The applicant as stored with the case: the flat shape of the 第二十九条 fields, with what a
 * ledger does not record left null.
 */
export type LedgerApplicant = {
  kind: ApplicantKind;
  name: string;
  idType: IdType | null;
  idNumber: string | null;
  creditCode: string | null;
  legalRepresentative: null;
  contactPerson: null;
  phone: string | null;
  email: null;
  address: string | null;
  postcode: null;
  provisionForm: null;
  obtainWay: null;
};

/** A 行政复议 or 行政诉讼 recorded in the ledger. */
export type LedgerReview = { kind: ReviewKind; result: ReviewResult; body: string; filedOn: LocalDate };

/** A row that passed every check: the case it becomes. */
export type LedgerCase = {
  line: number;
  /** The ledger's own number, kept; null: the organ's next number is taken at commit. */
  caseNumber: string | null;
  receivedOn: LocalDate;
  channel: IntakeChannel;
  applicant: LedgerApplicant;
  content: string;
  /** How it ended; null while the case is still open. */
  closing: { decision: Decision; closedOn: LocalDate; deliveryMethod: DeliveryMethod } | null;
  extension: { days: number; on: LocalDate } | null;
  reviews: LedgerReview[];
};
