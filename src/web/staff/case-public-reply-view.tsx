/**
 * 「公开此答复」 page of a closed case (decision 034): the proposed public text with personal data
 * masked (editable), the 申请内容 summary, the outcome in the statute's words, the required check
 * that personal data is removed, and — when the reply is public — 「撤回公开」 with a link to the
 * portal page.
 */
import type { FieldErrors } from '../../app/failures.ts';
import type { ReplyDraft } from '../../app/replies/reply-draft.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { formatChineseDate, type LocalDate } from '../../domain/calendar/local-date.ts';
import { MAX_REPLY_TEXT, MAX_REQUEST_SUMMARY } from '../../domain/replies/public-reply.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { ErrorSummary, Notice, PageHeader } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

const LABELS = { text: '公开的答复正文', summary: '申请内容摘要', confirmMasked: '个人信息核对' };

export type PublicReplyState = {
  errors: FieldErrors;
  values: Record<string, string>;
} | null;

function FieldError(props: { name: string; errors: FieldErrors }) {
  const message = props.errors[props.name];
  return message ? (
    <p class="field-error" id={`field-${props.name}-error`}>
      <span class="visually-hidden">错误：</span>
      {message}
    </p>
  ) : null;
}

function PublishForm(props: { draft: ReplyDraft; csrfToken: string; state: PublicReplyState }) {
  const { draft } = props;
  const errors = props.state?.errors ?? {};
  const values = props.state?.values ?? {};
  const action = `/staff/cases/${draft.caseId}/public-reply`;
  return (
    <form method="post" action={action} class="stack-form" novalidate>
      <CsrfField token={props.csrfToken} />
      <ErrorSummary
        errors={Object.fromEntries(Object.entries(errors).filter(([k]) => k !== '_form'))}
        labels={LABELS}
      />
      <div class={errors.summary ? 'field has-error' : 'field'}>
        <label for="field-summary">申请内容摘要</label>
        <p class="field-hint" id="field-summary-hint">
          在门户上作为答复的标题显示，不得含申请人姓名、证件号码、联系电话、住址。
        </p>
        <FieldError name="summary" errors={errors} />
        <textarea
          id="field-summary"
          name="summary"
          rows={2}
          maxlength={MAX_REQUEST_SUMMARY}
          aria-describedby="field-summary-hint"
          aria-invalid={errors.summary ? 'true' : undefined}
        >
          {values.summary ?? draft.summary}
        </textarea>
      </div>
      <div class={errors.text ? 'field has-error' : 'field'}>
        <label for="field-text">公开的答复正文</label>
        <p class="field-hint" id="field-text-hint">
          已去掉主送（申请人）和附注，申请人的姓名、证件号码、电话、电子邮箱、住址已替换为「（申请人信息已隐去）」，其他身份证号码、手机号码、银行卡号已遮盖。提交时会再次遮盖。
        </p>
        <FieldError name="text" errors={errors} />
        <textarea
          id="field-text"
          name="text"
          rows={16}
          maxlength={MAX_REPLY_TEXT}
          aria-describedby="field-text-hint"
          aria-invalid={errors.text ? 'true' : undefined}
        >
          {values.text ?? draft.text}
        </textarea>
      </div>
      <div class={errors.confirmMasked ? 'field check-field has-error' : 'field check-field'}>
        <FieldError name="confirmMasked" errors={errors} />
        <label for="field-confirmMasked">
          <input type="checkbox" id="field-confirmMasked" name="confirmMasked" value="yes" required />{' '}
          我已核对：公开的内容中没有申请人姓名、证件号码、联系电话、住址等个人信息，也没有第三方的个人隐私
        </label>
      </div>
      <button type="submit" class="button">
        公开此答复
      </button>
    </form>
  );
}

function PublicNow(props: { draft: ReplyDraft; csrfToken: string }) {
  const current = props.draft.current!;
  return (
    <section class="case-section" aria-labelledby="public-now">
      <h2 id="public-now">已公开</h2>
      <p>
        公开时间：{current.publishedAt.toISOString().slice(0, 10)}
        {props.draft.organSlug === '' ? null : (
          <>
            {' '}
            · <a href={`/o/${props.draft.organSlug}/gk/replies/${current.id}`}>在门户上查看</a>
          </>
        )}
      </p>
      <pre class="reply-text">{current.replyText}</pre>
      {props.draft.mayPublish ? (
        <form method="post" action={`/staff/cases/${props.draft.caseId}/public-reply/withdraw`}>
          <CsrfField token={props.csrfToken} />
          <input type="hidden" name="version" value={String(current.version)} />
          <button type="submit" class="button button-secondary">
            撤回公开
          </button>
        </form>
      ) : null}
    </section>
  );
}

/** The page. */
export function PublicReplyView(props: {
  actor: Actor;
  csrfToken: string;
  draft: ReplyDraft;
  state: PublicReplyState;
  notice: string | null;
}) {
  const { draft } = props;
  const isPublic = draft.current !== null && draft.current.withdrawnAt === null;
  return (
    <StaffLayout
      title={`公开答复 ${draft.caseNumber}`}
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="cases"
      breadcrumbs={[
        { href: '/staff/cases', label: '依申请公开办件' },
        { href: `/staff/cases/${draft.caseId}`, label: draft.caseNumber },
      ]}
    >
      <PageHeader title="公开此答复" lead={`${draft.letterNumber} · ${draft.outcome}`} />
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      {props.state?.errors._form ? <Notice kind="error">{props.state.errors._form}</Notice> : null}
      <p>
        收到申请：{formatChineseDate(draft.receivedOn as LocalDate)}
        {draft.repliedOn === '' ? null : ` · 答复日期：${formatChineseDate(draft.repliedOn as LocalDate)}`}
      </p>
      {isPublic ? (
        <PublicNow draft={draft} csrfToken={props.csrfToken} />
      ) : draft.blockedBy !== null ? (
        <Notice kind="info">{draft.blockedBy}</Notice>
      ) : !draft.mayPublish ? (
        <Notice kind="info">公开答复须由本机关的审核人、领导（签发）或管理员操作。</Notice>
      ) : (
        <PublishForm draft={draft} csrfToken={props.csrfToken} state={props.state} />
      )}
    </StaffLayout>
  );
}

/** The link on the case page of a closed case. */
export function PublicReplyLink(props: { caseId: number; isClosed: boolean }) {
  return props.isClosed ? (
    <section class="case-section" aria-labelledby="public-reply-title">
      <h2 id="public-reply-title">公开答复</h2>
      <p>
        答复可在去除个人信息后在门户公开，供公众查阅和检索：
        <a href={`/staff/cases/${props.caseId}/public-reply`}>公开此答复 / 撤回公开</a>
      </p>
    </section>
  ) : null;
}
