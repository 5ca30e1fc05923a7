/**
 * The drafted 答复书 as it will be issued, for whoever reviews (审核) or signs (签发) it: composed
 * from the drafted reply with the template in force today, as if signed today. Nothing is stored;
 * the letter is issued (and fixed) only when it is signed.
 */
import type { Actor } from '../../domain/access/roles.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import type { CaseStatus } from '../../domain/case/status.ts';
import type { Letter } from '../../domain/letters/compose-letter.ts';
import { LetterInputError } from '../../domain/letters/letter-input-error.ts';
import { composeLetterFor } from './issue-letter.ts';
import { loadCaseFor, type LoadedCase } from './load-case.ts';
import type { CaseDeps } from './case-deps.ts';

/** The steps at which the draft letter is shown: 审核 and 签发. */
export const PREVIEW_STATUSES: readonly CaseStatus[] = ['inReview', 'inSigning'];

/** The draft, or why it cannot be shown (Chinese), or null when the case is not at 审核/签发. */
export type ReplyPreview = { ok: true; letter: Letter } | { ok: false; message: string };

/**
 * Composes the draft 答复书 of a loaded case.
 * @returns the preview, or null when the case is not at 审核 or 签发 or has no drafted reply
 */
export function draftReplyOf(loaded: LoadedCase, today: LocalDate): ReplyPreview | null {
  if (!PREVIEW_STATUSES.includes(loaded.file.status) || !loaded.file.reply) {
    return null;
  }
  try {
    const letter = composeLetterFor(loaded, { kind: 'signed', on: today, comment: '' }, loaded.file, null);
    return letter ? { ok: true, letter } : null;
  } catch (error) {
    if (error instanceof LetterInputError) {
      return { ok: false, message: `答复书无法生成：${error.message}` };
    }
    throw error;
  }
}

/**
 * The draft 答复书 of a case the person may see.
 * @returns the letter and the case number, or null (no such case, not theirs, not at 审核/签发)
 */
export async function previewReply(
  deps: CaseDeps,
  actor: Actor | null,
  caseId: number,
): Promise<{ letter: Letter; caseNumber: string } | null> {
  const loaded = await loadCaseFor(deps.db, actor, caseId);
  const preview = loaded ? draftReplyOf(loaded, deps.clock.today() as LocalDate) : null;
  return loaded && preview?.ok ? { letter: preview.letter, caseNumber: loaded.row.caseNumber } : null;
}
