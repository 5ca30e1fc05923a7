/**
 * A letter as a print page (A4 layout by the letter stylesheet) or as DOCX: a stored letter (its
 * text was fixed when it was issued; this only renders it) or the draft 答复书 shown at 审核 and
 * 签发 (composed on the fly, marked 草稿).
 */
import type { Context } from 'hono';
import { contentDisposition } from '../../app/report-checks/file-name.ts';
import type { LetterRow } from '../../db/queries/case-records.ts';
import type { Letter } from '../../domain/letters/compose-letter.ts';
import { renderLetterHtml } from '../../render/letters/letter-html.ts';
import type { AppEnv } from '../context.ts';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** How a letter is sent: the file's ASCII key, the links of the print page and whether it is a draft. */
export type LetterDelivery = {
  fileKey: string;
  caseNumber: string;
  isDocx: boolean;
  backHref: string;
  docxHref: string;
  isDraft?: boolean;
};

/** Sends a letter (DOCX download or print page). */
export async function sendLetterDocument(c: Context<AppEnv>, letter: Letter, how: LetterDelivery) {
  c.header('cache-control', 'private, no-store');
  const title = `${how.isDraft ? '（草稿）' : ''}${letter.title}`;
  if (how.isDocx) {
    const { renderLetterDocx } = await import('../../render/letters/letter-docx.ts'); // decision 013
    const bytes = await renderLetterDocx(letter);
    c.header('content-type', DOCX_MEDIA_TYPE);
    c.header('content-disposition', contentDisposition(how.fileKey, `${title}-${how.caseNumber}`, 'docx'));
    return c.body(new Uint8Array(bytes));
  }
  const draftNote = how.isDraft ? ' · 草稿：签发后以签发日期出具' : '';
  const html =
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${title.replace(/[<>&"]/g, '')}</title><link rel="stylesheet" href="/static/letter.css"></head>` +
    `<body class="letter-page"><nav class="letter-tools" aria-label="文书操作"><a href="${how.backHref}">返回案件</a>` +
    ` · <a href="${how.docxHref}">下载 DOCX</a> · 使用浏览器的“打印”功能打印本文书${draftNote}</nav>` +
    `<main>${renderLetterHtml(letter)}</main></body></html>`;
  return c.html(html);
}

/** Sends a stored letter (DOCX download or print page). */
export async function sendLetter(c: Context<AppEnv>, row: LetterRow, caseNumber: string, isDocx: boolean) {
  return sendLetterDocument(c, row.letter as Letter, {
    fileKey: `letter-${row.id}-${caseNumber}`,
    caseNumber,
    isDocx,
    backHref: `/staff/cases/${row.caseId}`,
    docxHref: `/staff/cases/${row.caseId}/letters/${row.id}.docx`,
  });
}
