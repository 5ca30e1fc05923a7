/**
 * A letter ready to render: the input checked, the template in force on the letter date applied,
 * remedies added where the letter is a reviewable act. Renderers (render/letters) only lay it out.
 */
import type { Decision } from '../case/decisions.ts';
import type { LetterInput, LetterInputOf } from './letter-input.ts';
import type { LetterKind } from './letter-kinds.ts';
import { LETTER_KIND_LABELS } from './letter-kinds.ts';
import type { LetterTemplate } from './letter-template.ts';
import { dateText } from './letter-text.ts';
import { remedyBasisFor, remediesFor } from './remedies.ts';
import { templateFor } from './templates.ts';
import { validateLetterInput } from './validate-letter-input.ts';

export type Letter = {
  kind: LetterKind;
  templateId: string;
  templateVersion: number;
  /** 「政府信息公开申请答复书」. */
  title: string;
  /** The case number plus the kind's suffix: 「博政公开〔2024〕12号-答复」. */
  number: string;
  /** Who the letter is to (主送), without the colon. */
  addressee: string;
  /** The body, one paragraph per entry. */
  paragraphs: string[];
  /** 救济途径, after the body (empty for procedural notices). */
  remedies: string[];
  /** 「特此告知。」, after the remedies. */
  closing: string;
  /** The provisions the letter rests on (body and remedies), for the case record; not printed again. */
  legalBasis: string[];
  /** 「联系机构：…；地址：…；邮政编码：…；联系电话：…」, printed after the signature as 附注. */
  contact: string;
  signature: { organ: string; date: string };
};

type Body = Pick<
  Letter,
  'templateId' | 'templateVersion' | 'title' | 'paragraphs' | 'legalBasis' | 'closing'
>;

function applyTemplate<K extends LetterKind>(template: LetterTemplate<K>, input: LetterInputOf<K>): Body {
  return {
    templateId: template.id,
    templateVersion: template.version,
    title: template.title,
    paragraphs: template.paragraphs(input),
    legalBasis: template.legalBasis(input),
    closing: template.closing,
  };
}

/**
 * Picks the template for the payload's kind. The cases look alike but each one narrows the payload, so
 * the compiler checks that every template gets the input of its own kind.
 */
function bodyOf(input: LetterInput): Body {
  const payload = input.payload;
  const date = input.letterDate;
  switch (payload.kind) {
    case 'correctionNotice':
      return applyTemplate(templateFor(payload.kind, date), { ...input, payload });
    case 'extensionNotice':
      return applyTemplate(templateFor(payload.kind, date), { ...input, payload });
    case 'thirdPartyConsultation':
      return applyTemplate(templateFor(payload.kind, date), { ...input, payload });
    case 'coProducerConsultation':
      return applyTemplate(templateFor(payload.kind, date), { ...input, payload });
    case 'feeNotice':
      return applyTemplate(templateFor(payload.kind, date), { ...input, payload });
    case 'reasonsRequest':
      return applyTemplate(templateFor(payload.kind, date), { ...input, payload });
    case 'deferralNotice':
      return applyTemplate(templateFor(payload.kind, date), { ...input, payload });
    case 'reply':
      return applyTemplate(templateFor(payload.kind, date), { ...input, payload });
    default: {
      const unknownKind: never = payload;
      throw new Error(`unknown letter kind ${JSON.stringify(unknownKind)}`);
    }
  }
}

function addresseeOf(input: LetterInput): string {
  const payload = input.payload;
  return payload.kind === 'thirdPartyConsultation' || payload.kind === 'coProducerConsultation'
    ? payload.partyName.trim()
    : input.applicant.name.trim();
}

function contactOf(input: LetterInput): string {
  const organ = input.organ;
  const parts = [
    `联系机构：${organ.officeName.trim()}`,
    organ.address === undefined ? null : `地址：${organ.address.trim()}`,
    organ.postcode === undefined ? null : `邮政编码：${organ.postcode.trim()}`,
    organ.phone === undefined ? null : `联系电话：${organ.phone.trim()}`,
  ];
  return parts.filter((part): part is string => part !== null).join('；');
}

function decisionsOf(input: LetterInput): Decision[] {
  return input.payload.kind === 'reply' ? input.payload.items.map((item) => item.decision) : [];
}

/**
 * Writes a letter.
 * @param input the organ, case, addressee and the kind's payload
 * @returns the letter, with the template id/version used and its legal basis
 * @throws LetterInputError (Chinese message) for input no lawful letter can be written from
 * @example composeLetter({ ...base, payload: { kind: 'reply', items: [{ description: '某文件', decision: 'granted' }] } }).title
 * // '政府信息公开申请答复书'
 */
export function composeLetter(input: LetterInput): Letter {
  validateLetterInput(input);
  const kind = input.payload.kind;
  const body = bodyOf(input);
  const decisions = decisionsOf(input);
  const sequence = input.sequence !== undefined && input.sequence > 1 ? String(input.sequence) : '';
  return {
    kind,
    ...body,
    number: `${input.caseNumber.trim()}-${LETTER_KIND_LABELS[kind].suffix}${sequence}`,
    addressee: addresseeOf(input),
    remedies: remediesFor(kind, decisions, input.letterDate, input.organ.reviewOrgan),
    legalBasis: [...body.legalBasis, ...remedyBasisFor(kind, decisions, input.letterDate)],
    contact: contactOf(input),
    signature: { organ: input.organ.name.trim(), date: dateText(input.letterDate) },
  };
}
