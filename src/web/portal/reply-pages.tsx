/**
 * 依申请公开答复 on the portal (decision 034): the replies an organ made public after closing the
 * case, as published (personal data removed) — the 申请内容 summary, the dates, the outcome in the
 * statute's words and the reply text. Never the applicant, the case file or its attachments.
 */
import type { PortalReply } from '../../app/replies/portal-replies.ts';
import type { PortalOrgan } from '../../db/queries/portal.ts';
import { organBase, type Frame } from './frame.ts';
import { beijingDay } from './item-format.ts';
import { gkColumnCrumbs, PortalPage } from './portal-layout.tsx';

const COLUMN_NAME = '依申请公开答复';
const COLUMN_DESCRIPTION = '本机关在依申请公开办结后，去除个人信息后主动公开的答复。';

const COLUMN = { name: COLUMN_NAME, path: '/gk/replies' };

/** The title a reply is listed and shown under. */
export function replyTitle(reply: Pick<PortalReply, 'requestSummary'>): string {
  return `关于“${reply.requestSummary}”的答复`;
}

/** The organ's public replies, newest first. */
export function RepliesListPage(props: {
  frame: Frame;
  organ: PortalOrgan;
  replies: readonly PortalReply[];
}) {
  const { frame, organ } = props;
  const base = organBase(organ);
  return (
    <PortalPage
      frame={frame}
      nav="gk"
      crumbs={gkColumnCrumbs(frame, organ, COLUMN, null)}
      meta={{
        title: `${organ.name}${COLUMN_NAME}`,
        columnName: COLUMN_NAME,
        columnType: '依申请公开',
        columnDescription: COLUMN_DESCRIPTION,
        feeds: [
          { title: `${organ.name}${COLUMN_NAME}（RSS）`, href: `${base}/gk/replies/rss.xml`, type: 'rss' },
          { title: `${organ.name}${COLUMN_NAME}（Atom）`, href: `${base}/gk/replies/atom.xml`, type: 'atom' },
        ],
      }}
    >
      <h1>{COLUMN_NAME}</h1>
      <p class="pt-lead">{COLUMN_DESCRIPTION}</p>
      {props.replies.length === 0 ? (
        <div class="pt-empty-state">
          <p>{organ.name}暂无公开的依申请公开答复。</p>
        </div>
      ) : (
        <ul class="pt-report-list">
          {props.replies.map((reply) => (
            <li>
              <a href={`${base}/gk/replies/${reply.id}`}>{replyTitle(reply)}</a>
              <span class="pt-report-meta pt-reply-meta">
                {reply.caseNumber} · 答复日期：<time datetime={reply.repliedOn}>{reply.repliedOn}</time> ·{' '}
                {reply.outcome}
              </span>
            </li>
          ))}
        </ul>
      )}
    </PortalPage>
  );
}

/** One public reply. */
export function ReplyPage(props: { frame: Frame; organ: PortalOrgan; reply: PortalReply }) {
  const { frame, organ, reply } = props;
  const title = replyTitle(reply);
  return (
    <PortalPage
      frame={frame}
      nav="gk"
      crumbs={gkColumnCrumbs(frame, organ, COLUMN, reply.caseNumber)}
      meta={{
        title,
        columnName: COLUMN_NAME,
        columnType: '依申请公开',
        articleTitle: title,
        pubDate: `${beijingDay(reply.publishedAt)} 00:00`,
        contentSource: organ.name,
      }}
    >
      <div class="pt-item-head">
        <p class="pt-item-kicker">{COLUMN_NAME}</p>
        <h1>{title}</h1>
        <dl class="pt-item-meta">
          <div class="pt-meta-pair">
            <dt>答复书文号</dt>
            <dd>{reply.caseNumber}</dd>
          </div>
          <div class="pt-meta-pair">
            <dt>答复机关</dt>
            <dd>{organ.name}</dd>
          </div>
          <div class="pt-meta-pair">
            <dt>收到申请日期</dt>
            <dd>{reply.receivedOn}</dd>
          </div>
          <div class="pt-meta-pair">
            <dt>答复日期</dt>
            <dd>{reply.repliedOn}</dd>
          </div>
          <div class="pt-meta-pair">
            <dt>办理结果</dt>
            <dd>{reply.outcome}</dd>
          </div>
          <div class="pt-meta-pair">
            <dt>公开日期</dt>
            <dd>{beijingDay(reply.publishedAt)}</dd>
          </div>
        </dl>
      </div>
      <section class="pt-item-body" aria-label="答复正文">
        {reply.replyText.split('\n').map((line) => (
          <p>{line}</p>
        ))}
      </section>
      <p class="pt-note">本答复已去除申请人姓名、身份证件号码、联系方式、住址等个人信息。</p>
    </PortalPage>
  );
}
