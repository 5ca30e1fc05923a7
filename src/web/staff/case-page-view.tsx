/**
 * The case page: the application, the reply deadline with 「为什么是这个日期」, the actions the
 * person may take now, letters (print / DOCX / delivery), the event timeline, attachments and
 * 行政复议/诉讼 records. Staff who may see the case see the applicant's data in full here (it is
 * masked in lists and exports for publication).
 */
import type { CaseView } from '../../app/cases/view-case.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { compareDates, formatChineseDate } from '../../domain/calendar/local-date.ts';
import { APPLICANT_KIND_LABELS, isApplicantKind } from '../../domain/case/applicant-kinds.ts';
import { CHANNEL_RULES, isIntakeChannel } from '../../domain/case/channels.ts';
import { DECISION_LABELS, isDecision } from '../../domain/case/decisions.ts';
import {
  REVIEW_KIND_LABELS,
  REVIEW_RESULT_LABELS,
  type ReviewKind,
  type ReviewResult,
} from '../../domain/case/events.ts';
import { CASE_STATUS_LABELS } from '../../domain/case/status.ts';
import { CASE_TRANSITIONS } from '../../domain/case/transitions.ts';
import { periodVersionById, STATUTORY_PERIODS } from '../../domain/deadlines/statutory-periods.ts';
import { ActionForm, type ActionFormState } from './case-action-forms.tsx';
import { RolesNeededHint } from './case-roles-needed.tsx';
import { DraftLetter } from './case-draft-letter.tsx';
import { CaseFiles } from './case-files.tsx';
import { CaseTimeline } from './case-timeline.tsx';
import { PublicReplyLink } from './case-public-reply-view.tsx';
import { Notice, PageHeader } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

function DeadlineBox(props: { view: CaseView }) {
  const { clock, timeliness } = props.view;
  const headline =
    clock.state === 'closed'
      ? `已于${props.view.file.closedOn ? formatChineseDate(props.view.file.closedOn) : ''}办结`
      : clock.state === 'awaitingCorrection'
        ? '补正中：答复期限自收到补正后的申请之日起重新计算'
        : clock.state === 'stopped' || clock.due === null
          ? '期限中止（征求意见或等待缴费期间不计入答复期限）'
          : `答复期限：${props.view.dayText(clock.due)}`;
  const badge =
    timeliness.kind === 'overdue'
      ? '已逾期'
      : timeliness.kind === 'dueSoon'
        ? `即将到期（剩 ${timeliness.workingDaysLeft ?? 0} 个工作日）`
        : null;
  return (
    <section
      class={`deadline-box deadline-${clock.state === 'running' ? timeliness.kind : clock.state}`}
      aria-labelledby="deadline-title"
    >
      <h2 id="deadline-title">
        {headline}
        {badge ? <span class="deadline-badge">{badge}</span> : null}
      </h2>
      {clock.state === 'closed' && clock.due !== null && props.view.file.closedOn !== null ? (
        <p class="side-deadline">
          办结时的答复期限为{props.view.dayText(clock.due)}
          {compareDates(props.view.file.closedOn, clock.due) <= 0 ? '，按期办结。' : '，超过答复期限办结。'}
        </p>
      ) : null}
      {props.view.correctionNoticeBy ? (
        <p class="side-deadline">
          如申请内容不明确需要补正，应在 {props.view.dayText(props.view.correctionNoticeBy)}{' '}
          前一次性告知申请人（条例第三十条，收到申请之日起
          {periodVersionById(props.view.row.periodVersion).correctionNoticeDays}个工作日内）。
        </p>
      ) : null}
      {clock.provisional ? (
        <p class="provisional-note">
          该日期所在年度的放假安排尚未录入：已计入《全国年节及纪念日放假办法》规定的法定节假日，调休和补假尚未确定，为暂定日期。
        </p>
      ) : null}
      <details open>
        <summary>为什么是这个日期</summary>
        <ol class="deadline-steps">
          {clock.steps.map((s) => (
            <li>{s.text}</li>
          ))}
        </ol>
        <p class="field-hint">
          适用规则：{STATUTORY_PERIODS.find((p) => p.id === clock.version)?.title ?? clock.version}
        </p>
      </details>
    </section>
  );
}

function ApplicationFacts(props: { view: CaseView }) {
  const { row } = props.view;
  const a = row.applicant as Record<string, string | undefined>;
  const rows: [string, string][] = [
    ['受理机关', props.view.organName],
    [
      '申请渠道',
      isIntakeChannel(row.channel)
        ? `${CHANNEL_RULES[row.channel].label}（${CHANNEL_RULES[row.channel].receiptRule}）`
        : row.channel,
    ],
    ['收到申请日期', formatChineseDate(row.receivedOn)],
    [
      '申请人类型',
      isApplicantKind(row.applicantKind) ? APPLICANT_KIND_LABELS[row.applicantKind] : row.applicantKind,
    ],
    ['申请人', a.name ?? ''],
    ['证件号码', a.idNumber ?? a.creditCode ?? ''],
    ['联系电话', a.phone ?? ''],
    ['电子邮箱', a.email ?? ''],
    ['通讯地址', a.address ?? ''],
  ];
  return (
    <section aria-labelledby="facts-title" class="case-section">
      <h2 id="facts-title">申请信息</h2>
      <dl class="facts">
        {rows
          .filter(([, v]) => typeof v === 'string' && v !== '')
          .map(([k, v]) => (
            <>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </>
          ))}
      </dl>
      <h3>申请公开的信息</h3>
      <ol>
        {row.items.map((i) => (
          <li>{i.description}</li>
        ))}
      </ol>
    </section>
  );
}

function Letters(props: { view: CaseView }) {
  const { view } = props;
  return (
    <section aria-labelledby="letters-title" class="case-section">
      <h2 id="letters-title">文书</h2>
      {view.letters.length === 0 ? (
        <p class="empty-state">尚未出具文书。</p>
      ) : (
        <ul class="letter-list">
          {view.letters.map((l) => (
            <li>
              <span>
                {(l.letter as { title?: string }).title ?? l.kind}（{formatChineseDate(l.issuedOn, false)}）
              </span>{' '}
              <a href={`/staff/cases/${view.row.id}/letters/${l.id}`}>
                查看、打印<span class="visually-hidden">{(l.letter as { title?: string }).title ?? ''}</span>
              </a>{' '}
              <a href={`/staff/cases/${view.row.id}/letters/${l.id}.docx`}>
                下载 DOCX<span class="visually-hidden">：{(l.letter as { title?: string }).title ?? ''}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={`/staff/cases/${view.row.id}/archive.zip`}>导出卷宗（文书、附件、全部办理记录）</a>
      </p>
    </section>
  );
}

function Reviews(props: { view: CaseView }) {
  if (props.view.reviews.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="reviews-title" class="case-section">
      <h2 id="reviews-title">行政复议、行政诉讼</h2>
      <ul>
        {props.view.reviews.map((r) => (
          <li>
            {REVIEW_KIND_LABELS[r.kind as ReviewKind]}：{r.body}，{formatChineseDate(r.filedOn, false)}提起，
            {REVIEW_RESULT_LABELS[r.result as ReviewResult]}
            {r.concludedOn ? `（${formatChineseDate(r.concludedOn, false)}审结）` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The reply as drafted, for whoever reviews or signs it (and the last 审核/签发 comment). */
function DraftedReply(props: { view: CaseView }) {
  const { reply, status, lastComment } = props.view.file;
  if (!reply || status === 'closed') {
    return null;
  }
  return (
    <section aria-labelledby="reply-title" class="case-section">
      <h2 id="reply-title">拟办答复</h2>
      {lastComment ? <p class="reply-comment">最近的审核、签发意见：{lastComment}</p> : null}
      <ol class="reply-draft">
        {reply.map((item) => (
          <li>
            <p class="reply-draft-item">{item.description}</p>
            <dl class="facts">
              <dt>答复类型</dt>
              <dd>{DECISION_LABELS[item.decision].row}</dd>
              {item.reason ? (
                <>
                  <dt>理由及依据</dt>
                  <dd>{item.reason}</dd>
                </>
              ) : null}
              {item.withheldPart ? (
                <>
                  <dt>不予公开的部分</dt>
                  <dd>{item.withheldPart}</dd>
                </>
              ) : null}
              {item.howToObtain ? (
                <>
                  <dt>获取方式</dt>
                  <dd>{item.howToObtain}</dd>
                </>
              ) : null}
            </dl>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The whole case page. */
export function CasePageView(props: {
  actor: Actor;
  csrfToken: string;
  view: CaseView;
  state: ActionFormState;
  notice: string | null;
}) {
  const { view } = props;
  const decision =
    view.file.decision && isDecision(view.file.decision) ? DECISION_LABELS[view.file.decision].row : null;
  return (
    <StaffLayout
      title={`${view.row.caseNumber} 依申请公开`}
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="cases"
      breadcrumbs={[{ href: '/staff/cases', label: '依申请公开办件' }]}
    >
      <PageHeader
        title={view.row.caseNumber}
        lead={`状态：${CASE_STATUS_LABELS[view.file.status]}${decision ? ` · 办理结果：${decision}` : ''}`}
      />
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      {props.state ? (
        <Notice kind="error" title={`「${CASE_TRANSITIONS[props.state.action].label}」未能完成`}>
          <p>
            {props.state.errors._form ?? '请修改表单中标出的内容后重新提交。'}{' '}
            <a href={`#form-${props.state.action}`}>转到该表单</a>
          </p>
        </Notice>
      ) : null}
      <DeadlineBox view={view} />
      <DraftedReply view={view} />
      <DraftLetter view={view} />
      <section aria-labelledby="actions-title" class="case-section">
        <h2 id="actions-title">办理</h2>
        {view.actions.length === 0 ? null : (
          <div class="case-actions">
            {view.actions.map((a) =>
              a.blockedBy ? (
                <p class="action-blocked">
                  <strong>{a.label}</strong>：{a.blockedBy}
                </p>
              ) : (
                <ActionForm
                  view={view}
                  action={a.action}
                  label={a.label}
                  state={props.state}
                  csrfToken={props.csrfToken}
                />
              ),
            )}
          </div>
        )}
        <RolesNeededHint actor={props.actor} view={view} />
      </section>
      <ApplicationFacts view={view} />
      <Letters view={view} />
      <PublicReplyLink caseId={view.row.id} isClosed={view.file.status === 'closed'} />
      <CaseFiles view={view} />
      <Reviews view={view} />
      <CaseTimeline view={view} />
    </StaffLayout>
  );
}
