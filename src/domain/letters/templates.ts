/**
 * Every template version, per letter kind, oldest first; `templateFor` picks the one in force on
 * the letter date. Adding a version: append it with its `effectiveFrom` (never edit a released one).
 */
import { compareDates } from '../calendar/local-date.ts';
import type { LocalDate } from '../calendar/local-date.ts';
import { CO_PRODUCER_CONSULTATION_V1, THIRD_PARTY_CONSULTATION_V1 } from './consultation-templates.ts';
import { FEE_NOTICE_V1 } from './fee-template.ts';
import { LetterInputError } from './letter-input-error.ts';
import type { LetterKind } from './letter-kinds.ts';
import { LETTER_KIND_LABELS } from './letter-kinds.ts';
import type { LetterTemplate } from './letter-template.ts';
import { dateText } from './letter-text.ts';
import {
  CORRECTION_NOTICE_V1,
  DEFERRAL_NOTICE_V1,
  EXTENSION_NOTICE_V1,
  REASONS_REQUEST_V1,
} from './notice-templates.ts';
import { REPLY_V1, REPLY_V2 } from './reply-template.ts';

type TemplateRegistry = { readonly [K in LetterKind]: readonly LetterTemplate<K>[] };

/** All versions, oldest first. */
export const LETTER_TEMPLATES: TemplateRegistry = {
  correctionNotice: [CORRECTION_NOTICE_V1],
  extensionNotice: [EXTENSION_NOTICE_V1],
  thirdPartyConsultation: [THIRD_PARTY_CONSULTATION_V1],
  coProducerConsultation: [CO_PRODUCER_CONSULTATION_V1],
  feeNotice: [FEE_NOTICE_V1],
  reasonsRequest: [REASONS_REQUEST_V1],
  deferralNotice: [DEFERRAL_NOTICE_V1],
  reply: [REPLY_V1, REPLY_V2],
};

/**
 * The template version in force on a letter date.
 * @throws LetterInputError `NO_TEMPLATE` before the first version (letters under the 2007 条例,
 *   fee notices before the 办法)
 * @example templateFor('reply', localDate('2023-12-31')).version // 1
 * @example templateFor('reply', localDate('2024-01-01')).version // 2
 */
export function templateFor<K extends LetterKind>(kind: K, letterDate: LocalDate): LetterTemplate<K> {
  const versions: readonly LetterTemplate<K>[] = LETTER_TEMPLATES[kind];
  const inForce = versions.filter((template) => compareDates(template.effectiveFrom, letterDate) <= 0).at(-1);
  if (inForce === undefined) {
    const first = versions[0];
    throw new LetterInputError(
      'NO_TEMPLATE',
      `${LETTER_KIND_LABELS[kind].title}的模板自${first ? dateText(first.effectiveFrom) : '（无）'}起适用，不能用于${dateText(letterDate)}的文书`,
    );
  }
  return inForce;
}
