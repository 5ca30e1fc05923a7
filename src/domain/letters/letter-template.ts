/**
 * A versioned letter template. Wording follows the law in force on the letter date (成文日期), so a
 * template is never edited in place once letters were issued with it: a change of law or wording
 * is a new version with its `effectiveFrom`, and each letter records the id and version it used
 * (docs/decisions/010-letters-and-remedies.md).
 */
import type { LocalDate } from '../calendar/local-date.ts';
import type { LetterInputOf } from './letter-input.ts';
import type { LetterKind } from './letter-kinds.ts';
import { clause, dateText } from './letter-text.ts';

export type LetterTemplate<K extends LetterKind> = {
  /** Stable name of the template (one per kind); with `version` it identifies the wording used. */
  id: string;
  kind: K;
  version: number;
  /** First letter date the version applies to. */
  effectiveFrom: LocalDate;
  /** The law the wording implements, with the version of each act. */
  citation: string;
  title: string;
  /** The body, one paragraph per entry, without the addressee, remedies or signature. */
  paragraphs: (input: LetterInputOf<K>) => string[];
  /** The provisions the body cites (remedies add their own). */
  legalBasis: (input: LetterInputOf<K>) => string[];
  /** The last line of the body: 「特此告知。」. */
  closing: string;
};

/**
 * The sentence every applicant letter opens with.
 * @example applicationOpening(input) // '本机关于2024年3月4日收到您提出的政府信息公开申请，申请获取“……”。'
 */
export function applicationOpening(input: { application: { received: LocalDate; summary: string } }): string {
  return `本机关于${dateText(input.application.received)}收到您提出的政府信息公开申请，申请获取“${clause(input.application.summary)}”。`;
}
