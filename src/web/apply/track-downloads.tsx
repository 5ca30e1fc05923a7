/**
 * GET /track/files/:token — the applicant's downloads after delivery 网上获取 (decision 021): the
 * 答复书 as a print page or DOCX, and the released files. The token is a signed, expiring link the
 * tracking page issued after a lookup with the query code; it names no person. An edited or foreign
 * link answers 403, an expired one 410, an item that is not the applicant's to download 404 —
 * each with a Chinese page and nothing written. A download is written to the audit trail.
 */
import type { Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import { openApplicantDownload, type OpenedDownload } from '../../app/cases/applicant-downloads.ts';
import { DOWNLOAD_LINK_MINUTES } from '../../app/cases/download-links.ts';
import { contentDisposition } from '../../app/report-checks/file-name.ts';
import { renderLetterHtml } from '../../render/letters/letter-html.ts';
import type { AppEnv } from '../context.ts';
import type { Frame } from '../portal/frame.ts';
import { DOCX_MEDIA_TYPE } from '../staff/case-letters.tsx';

/** Where a download link points. */
export const downloadPath = (token: string) => `/track/files/${token}`;

type TrackPage = (
  c: Context<AppEnv>,
  render: (frame: Frame) => Child,
  status: 403 | 404 | 410,
) => Promise<Response>;

const FAILURES = {
  invalid: { status: 403, title: '下载链接无效', text: '该下载链接无效或已被改动。' },
  expired: {
    status: 410,
    title: '下载链接已过期',
    text: `下载链接在查询后 ${DOWNLOAD_LINK_MINUTES} 分钟内有效，该链接已过期。`,
  },
  notFound: { status: 404, title: '文件不存在', text: '该文件不存在，或不能通过本平台下载。' },
} as const;

function FailurePage(props: { title: string; text: string }) {
  return (
    <div class="ap-track">
      <h1>{props.title}</h1>
      <div class="error-summary" role="alert">
        <p>{props.text}</p>
        <p>请回到办理进度查询页，输入案件编号和查询码重新查询，再从查询结果中下载。</p>
      </div>
      <p class="pt-back">
        <a href="/track">办理进度查询</a>
      </p>
    </div>
  );
}

async function send(c: Context<AppEnv>, download: OpenedDownload) {
  c.header('cache-control', 'private, no-store');
  if (download.kind === 'released') {
    const dot = download.fileName.lastIndexOf('.');
    const [base, extension] =
      dot > 0
        ? [download.fileName.slice(0, dot), download.fileName.slice(dot + 1)]
        : [download.fileName, 'bin'];
    c.header('content-type', download.mediaType);
    c.header('content-disposition', contentDisposition(`released-${download.attachmentId}`, base, extension));
    return c.body(new Uint8Array(download.content));
  }
  const { letter, caseNumber } = download;
  if (download.format === 'docx') {
    const { renderLetterDocx } = await import('../../render/letters/letter-docx.ts'); // decision 013
    c.header('content-type', DOCX_MEDIA_TYPE);
    c.header(
      'content-disposition',
      contentDisposition(`reply-${download.letterId}`, `${letter.title}-${caseNumber}`, 'docx'),
    );
    return c.body(new Uint8Array(await renderLetterDocx(letter)));
  }
  return c.html(
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>${letter.title.replace(/[<>&"]/g, '')}</title><link rel="stylesheet" href="/static/letter.css"></head>` +
      `<body class="letter-page"><nav class="letter-tools" aria-label="文书操作"><a href="/track">返回办理进度查询</a>` +
      ` · 使用浏览器的“打印”功能打印本文书</nav><main>${renderLetterHtml(letter)}</main></body></html>`,
  );
}

/** Mounts the download route (called by the application routes, which own the tracking page). */
export function registerTrackDownloads(app: Hono<AppEnv>, trackPage: TrackPage): void {
  app.get('/track/files/:token', async (c) => {
    const result = await openApplicantDownload(c.get('deps'), c.req.param('token').slice(0, 200));
    if (result.ok) {
      return send(c, result.download);
    }
    const failure = FAILURES[result.reason];
    return trackPage(c, () => <FailurePage title={failure.title} text={failure.text} />, failure.status);
  });
}
