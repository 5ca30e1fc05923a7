/**
 * Reading a case's letters and attachments for download: only for people who may see the case
 * (anyone else gets null, as for a record that does not exist — no hint that it does).
 */
import {
  findAttachment,
  findLetter,
  type AttachmentMeta,
  type LetterRow,
} from '../../db/queries/case-records.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { loadCaseFor } from './load-case.ts';
import type { CaseDeps } from './case-deps.ts';

/**
 * The letter with the case number, or null.
 * @example await loadCaseLetter(deps, actor, 12, 3) // { letter, caseNumber: '教〔2026〕第1号' } | null
 */
export async function loadCaseLetter(
  deps: CaseDeps,
  actor: Actor,
  caseId: number,
  letterId: number,
): Promise<{ letter: LetterRow; caseNumber: string } | null> {
  const loaded = await loadCaseFor(deps.db, actor, caseId);
  const letter = loaded ? await findLetter(deps.db, caseId, letterId) : null;
  return loaded && letter ? { letter, caseNumber: loaded.row.caseNumber } : null;
}

/**
 * The attachment with its bytes, or null.
 * @example (await loadCaseAttachment(deps, actor, 12, 5))?.fileName // '身份证.jpg'
 */
export async function loadCaseAttachment(
  deps: CaseDeps,
  actor: Actor,
  caseId: number,
  attachmentId: number,
): Promise<(AttachmentMeta & { content: Uint8Array }) | null> {
  const loaded = await loadCaseFor(deps.db, actor, caseId);
  return loaded ? findAttachment(deps.db, caseId, attachmentId) : null;
}
