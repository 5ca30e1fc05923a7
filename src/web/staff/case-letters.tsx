/**
 * A stored letter as a print page (A4 layout by the letter stylesheet) or as DOCX. The letter's
 * text was fixed when it was issued; this only renders it.
 */
import type { Context } from 'hono';
import { contentDisposition } from '../../app/report-checks/file-name.ts';
import type { LetterRow } from '../../db/queries/case-records.ts';
import type { Letter } from '../../domain/letters/compose-letter.ts';
import { renderLetterHtml } from '../../render/letters/letter-html.ts';
import type { AppEnv } from '../context.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Sends the letter (DOCX download or print page). */
export async function sendLetter(c: Context<AppEnv>, row: LetterRow, caseNumber: string, isDocx: boolean) {
  const letter = row.letter as Letter;
  c.header('cache-control', 'private, no-store');
  if (isDocx) {
    const { renderLetterDocx } = await import('../../render/letters/letter-docx.ts'); // decision 013
    const bytes = await renderLetterDocx(letter);
    c.header('content-type', DOCX);
    c.header(
      'content-disposition',
      contentDisposition(`letter-${row.id}-${caseNumber}`, `${letter.title}-${caseNumber}`, 'docx'),
    );
    return c.body(new Uint8Array(bytes));
  }
  const html =
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${letter.title.replace(/[<>&"]/g, '')}</title><link rel="stylesheet" href="/static/letter.css"></head>` +
    `<body class="letter-page"><nav class="letter-tools" aria-label="文书操作"><a href="/staff/cases/${row.caseId}">返回案件</a>` +
    ` · <a href="/staff/cases/${row.caseId}/letters/${row.id}.docx">下载 DOCX</a> · 使用浏览器的“打印”功能打印本文书</nav>` +
    `<main>${renderLetterHtml(letter)}</main></body></html>`;
  return c.html(html);
}
