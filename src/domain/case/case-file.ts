/**
 * The case as its events tell it (a pure fold): status, the 补正, consultations, extension, fee,
 * 第三十五条 reasons, the drafted reply, and how it ended. Nothing here reads the clock.
 */
import type { LocalDate } from '../calendar/local-date.ts';
import type { IntakeChannel } from './channels.ts';
import type { Decision } from './decisions.ts';
import type {
  CaseEvent,
  CaseEventData,
  ConsultationOpinion,
  ConsultedParty,
  FeeMethod,
  ReplyItem,
} from './events.ts';
import { statisticalDecision } from './statistics/statistical-decision.ts';
import type { CaseStatus } from './status.ts';

export type Consultation = {
  id: number;
  party: ConsultedParty;
  partyName: string;
  matter: string;
  sentOn: LocalDate;
  answerBy: LocalDate;
  answeredOn: LocalDate | null;
  opinion: ConsultationOpinion | null;
};

export type CaseFile = {
  status: CaseStatus;
  received: LocalDate;
  channel: IntakeChannel;
  correction: {
    requestedOn: LocalDate;
    missing: string[];
    correctBy: LocalDate;
    receivedOn: LocalDate | null;
  } | null;
  consultations: Consultation[];
  extension: { requestedOn: LocalDate; days: number; reason: string; approvedOn: LocalDate | null } | null;
  fee: {
    notifiedOn: LocalDate;
    method: FeeMethod;
    quantity: number;
    amountYuan: number;
    payBy: LocalDate;
    paidOn: LocalDate | null;
  } | null;
  reasons: { requestedOn: LocalDate; answerBy: LocalDate } | null;
  deferral: { deferredTo: LocalDate; reason: string } | null;
  reply: ReplyItem[] | null;
  /** The statistical decision (table 三 row) once closed. */
  decision: Decision | null;
  closedOn: LocalDate | null;
  lastComment: string | null;
};

/** The status an event leads to (the transition table's `to`, resolved against the file). */
function statusAfter(file: CaseFile, data: CaseEventData): CaseStatus {
  switch (data.kind) {
    case 'received':
    case 'correctionReceived':
      return 'registered';
    case 'correctionRequested':
      return 'awaitingCorrection';
    case 'consultationSent':
      return 'inConsultation';
    case 'consultationAnswered':
      return file.consultations.some((c) => c.answeredOn === null) ? 'inConsultation' : 'drafting';
    case 'feeNotified':
      return 'awaitingFee';
    case 'reasonsRequested':
      return 'awaitingReasons';
    case 'feePaid':
    case 'deferralSet':
    case 'replyDrafted':
    case 'reviewReturned':
    case 'signingReturned':
      return 'drafting';
    case 'submittedForReview':
      return 'inReview';
    case 'reviewApproved':
      return 'inSigning';
    case 'signed':
      return 'toDeliver';
    case 'delivered':
    case 'withdrawn':
    case 'correctionLapsed':
    case 'feeLapsed':
      return 'closed';
    case 'extensionRequested':
    case 'extensionApproved':
    case 'letterDelivered':
    case 'reviewRecorded':
      return file.status;
    default: {
      const unreachable: never = data;
      return unreachable;
    }
  }
}

function closedDecision(file: CaseFile, data: CaseEventData): Decision | null {
  switch (data.kind) {
    case 'correctionLapsed':
      return 'other.noCorrection';
    case 'feeLapsed':
      return 'other.noFee';
    case 'withdrawn':
      return 'other.other';
    case 'delivered':
      return file.reply ? statisticalDecision(file.reply.map((i) => i.decision)) : null;
    case 'received':
    case 'correctionRequested':
    case 'correctionReceived':
    case 'consultationSent':
    case 'consultationAnswered':
    case 'extensionRequested':
    case 'extensionApproved':
    case 'feeNotified':
    case 'feePaid':
    case 'reasonsRequested':
    case 'deferralSet':
    case 'replyDrafted':
    case 'submittedForReview':
    case 'reviewApproved':
    case 'reviewReturned':
    case 'signed':
    case 'signingReturned':
    case 'letterDelivered':
    case 'reviewRecorded':
      return file.decision;
  }
}

/** Applies the facts of one event to the file (before the status moves). */
function applyFacts(file: CaseFile, data: CaseEventData): CaseFile {
  switch (data.kind) {
    case 'correctionRequested':
      return {
        ...file,
        correction: {
          requestedOn: data.on,
          missing: data.missing,
          correctBy: data.correctBy,
          receivedOn: null,
        },
      };
    case 'correctionReceived':
      return file.correction ? { ...file, correction: { ...file.correction, receivedOn: data.on } } : file;
    case 'consultationSent':
      return {
        ...file,
        consultations: [
          ...file.consultations,
          {
            id: data.consultation,
            party: data.party,
            partyName: data.partyName,
            matter: data.matter,
            sentOn: data.on,
            answerBy: data.answerBy,
            answeredOn: null,
            opinion: null,
          },
        ],
      };
    case 'consultationAnswered':
      return {
        ...file,
        consultations: file.consultations.map((c) =>
          c.id === data.consultation ? { ...c, answeredOn: data.on, opinion: data.opinion } : c,
        ),
      };
    case 'extensionRequested':
      return {
        ...file,
        extension: { requestedOn: data.on, days: data.days, reason: data.reason, approvedOn: null },
      };
    case 'extensionApproved':
      return file.extension
        ? { ...file, extension: { ...file.extension, days: data.days, approvedOn: data.on } }
        : file;
    case 'feeNotified':
      return {
        ...file,
        fee: {
          notifiedOn: data.on,
          method: data.method,
          quantity: data.quantity,
          amountYuan: data.amountYuan,
          payBy: data.payBy,
          paidOn: null,
        },
      };
    case 'feePaid':
      return file.fee ? { ...file, fee: { ...file.fee, paidOn: data.on } } : file;
    case 'reasonsRequested':
      return { ...file, reasons: { requestedOn: data.on, answerBy: data.answerBy } };
    case 'deferralSet':
      return { ...file, deferral: { deferredTo: data.deferredTo, reason: data.reason } };
    case 'replyDrafted':
      return { ...file, reply: data.items };
    case 'reviewReturned':
    case 'signingReturned':
    case 'reviewApproved':
    case 'signed':
      return { ...file, lastComment: data.comment || null };
    case 'received':
    case 'correctionLapsed':
    case 'feeLapsed':
    case 'submittedForReview':
    case 'delivered':
    case 'withdrawn':
    case 'letterDelivered':
    case 'reviewRecorded':
      return file;
  }
}

/** Folds one more event into the file. */
export function evolveCase(file: CaseFile, data: CaseEventData): CaseFile {
  const applied = applyFacts(file, data);
  const status = statusAfter(applied, data);
  const closing = status === 'closed' && file.status !== 'closed';
  return {
    ...applied,
    status,
    decision: closing ? closedDecision(applied, data) : applied.decision,
    closedOn: closing ? data.on : applied.closedOn,
  };
}

/**
 * Builds the file from the case's events (the first must be `received`).
 * @throws Error when the history does not start with the receipt
 */
export function foldCase(events: readonly CaseEvent[]): CaseFile {
  const first = events[0]?.data;
  if (first?.kind !== 'received') {
    throw new Error('a case history starts with its receipt');
  }
  const start: CaseFile = {
    status: 'registered',
    received: first.on,
    channel: first.channel,
    correction: null,
    consultations: [],
    extension: null,
    fee: null,
    reasons: null,
    deferral: null,
    reply: null,
    decision: null,
    closedOn: null,
    lastComment: null,
  };
  return events.slice(1).reduce((file, event) => evolveCase(file, event.data), start);
}
