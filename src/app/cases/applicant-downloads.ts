/**
 * What an applicant who chose 网上获取 downloads on the tracking page once the reply was delivered
 * that way (送达, 网上获取): the 答复书 (print page or DOCX) and the released files. Links are signed,
 * expire and carry no personal data (download-links.ts, decision 021); each download is written to
 * the audit trail. Nothing is offered before delivery, nor for another way of delivery.
 */
import type { Queryable } from '../../db/db.ts';
import { appendAudit } from '../../db/queries/audit.ts';
import { findAttachment, findLetter, listAttachments, listLetters } from '../../db/queries/case-records.ts';
import { findCase, findQueryCodeHash, listCaseEvents, type CaseRow } from '../../db/queries/cases.ts';
import type { Letter } from '../../domain/letters/compose-letter.ts';
import { findServerSecret, loadServerSecret } from './applicant-secret.ts';
import {
  DOWNLOAD_LINK_MINUTES,
  isGenuineDownloadToken,
  readDownloadToken,
  signDownloadToken,
  type DownloadItem,
} from './download-links.ts';
import type { CaseDeps } from './case-deps.ts';

const SECRET_KEY = 'download_link_secret';
/** Who the audit trail names for a download: the person holding the query code. */
export const APPLICANT_ACTOR = '申请人（凭查询码）';

/** One entry of the tracking page's download list. */
export type ApplicantDownload = { title: string; token: string; size: number | null };

/** True once the reply was delivered 网上获取 (the applicant downloads it here). */
async function isDeliveredOnline(db: Queryable, caseId: number): Promise<boolean> {
  const events = await listCaseEvents(db, caseId);
  return events.some((e) => e.data.kind === 'delivered' && e.data.method === 'online');
}

/**
 * The download links of a case the applicant has just looked up with its query code.
 * @returns the 答复书 (print page, DOCX) and the released files; empty unless delivered 网上获取
 */
export async function applicantDownloadsOf(deps: CaseDeps, row: CaseRow): Promise<ApplicantDownload[]> {
  const [queryCodeHash, isOnline] = [
    await findQueryCodeHash(deps.db, row.id),
    await isDeliveredOnline(deps.db, row.id),
  ];
  if (!isOnline || queryCodeHash === null) {
    return [];
  }
  const secret = await loadServerSecret(deps.db, SECRET_KEY);
  const expiresAt = new Date(deps.clock.now().getTime() + DOWNLOAD_LINK_MINUTES * 60_000);
  const token = (item: DownloadItem) =>
    signDownloadToken(secret, queryCodeHash, { caseId: row.id, item, expiresAt });
  const reply = (await listLetters(deps.db, row.id)).filter((l) => l.kind === 'reply').at(-1);
  const files = (await listAttachments(deps.db, row.id)).filter((a) => a.isReleased);
  return [
    ...(reply
      ? [
          {
            title: `${(reply.letter as Letter).title}（网页，可打印）`,
            token: token({ kind: 'letter', letterId: reply.id, format: 'html' }),
            size: null,
          },
          {
            title: `${(reply.letter as Letter).title}（Word 文档）`,
            token: token({ kind: 'letter', letterId: reply.id, format: 'docx' }),
            size: null,
          },
        ]
      : []),
    ...files.map((f) => ({
      title: f.fileName,
      token: token({ kind: 'released', attachmentId: f.id }),
      size: f.size,
    })),
  ];
}

/** What a link opens. */
export type OpenedDownload =
  | { kind: 'letter'; letter: Letter; letterId: number; format: 'html' | 'docx'; caseNumber: string }
  | { kind: 'released'; fileName: string; mediaType: string; content: Uint8Array; attachmentId: number };

export type DownloadResult =
  | { ok: true; download: OpenedDownload }
  /** invalid: not a link we made, or edited (403); expired (410); notFound: nothing to give (404). */
  | { ok: false; reason: 'invalid' | 'expired' | 'notFound' };

async function openItem(tx: Queryable, row: CaseRow, item: DownloadItem): Promise<OpenedDownload | null> {
  if (item.kind === 'letter') {
    const letter = await findLetter(tx, row.id, item.letterId);
    return letter?.kind === 'reply'
      ? {
          kind: 'letter',
          letter: letter.letter as Letter,
          letterId: letter.id,
          format: item.format,
          caseNumber: row.caseNumber,
        }
      : null;
  }
  const file = await findAttachment(tx, row.id, item.attachmentId);
  return file?.isReleased
    ? {
        kind: 'released',
        fileName: file.fileName,
        mediaType: file.mediaType,
        content: file.content,
        attachmentId: file.id,
      }
    : null;
}

/**
 * Opens a download link and records the download in the audit trail (same transaction).
 * @param token the link's last path segment
 */
export async function openApplicantDownload(deps: CaseDeps, token: string): Promise<DownloadResult> {
  const claim = readDownloadToken(token);
  if (!claim) {
    return { ok: false, reason: 'invalid' };
  }
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const [row, queryCodeHash] = [
      await findCase(tx, claim.caseId),
      await findQueryCodeHash(tx, claim.caseId),
    ];
    const secret = await findServerSecret(tx, SECRET_KEY);
    if (!row || !secret || !queryCodeHash || !isGenuineDownloadToken(secret, queryCodeHash, claim)) {
      return { ok: false, reason: 'invalid' } as const;
    }
    if (claim.expiresAt.getTime() <= now.getTime()) {
      return { ok: false, reason: 'expired' } as const;
    }
    const opened = (await isDeliveredOnline(tx, row.id)) ? await openItem(tx, row, claim.item) : null;
    if (!opened) {
      return { ok: false, reason: 'notFound' } as const;
    }
    await appendAudit(tx, {
      at: now,
      actorId: null,
      actorName: APPLICANT_ACTOR,
      organId: row.organId,
      action: 'case.applicantDownload',
      entity: 'case',
      entityId: String(row.id),
      before: null,
      after:
        opened.kind === 'letter'
          ? { caseNumber: row.caseNumber, fileName: opened.letter.title, format: opened.format }
          : { caseNumber: row.caseNumber, fileName: opened.fileName },
    });
    return { ok: true, download: opened } as const;
  });
}
