/**
 * The staff item page: status and 第二十六条 limit, the checks (errors block, warnings need a reason)
 * with the one-click mask, metadata, body preview, attachments with the hidden metadata removed
 * from them, 解读 links, the steps the person may take, and the history (who, when, what).
 */
import { beijingMinute } from '../../domain/calendar/beijing-time.ts';
import { raw } from 'hono/html';
import type { FieldErrors } from '../../app/failures.ts';
import type { ItemView } from '../../app/publishing/view-item.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { REVIEW_CHECKLIST, type ChecklistKey } from '../../domain/publishing/action-input.ts';
import type { ItemFinding } from '../../domain/publishing/checks/check-item.ts';
import {
  ITEM_STATUS_LABELS,
  isOneOf,
  ITEM_STATUSES,
  VALIDITY_LABELS,
  VALIDITIES,
  itemKindLabel,
} from '../../domain/publishing/vocabulary.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { ItemActionForm } from './item-action-forms.tsx';
import { formatChineseDate } from '../../domain/calendar/local-date.ts';
import { DeadlineText } from './item-deadline.tsx';
import { ErrorSummary, Notice, PageHeader } from './staff-form.tsx';
import { RollupSection } from './item-rollup-section.tsx';
import { ProseSection } from './item-prose-section.tsx';
import { StaffLayout } from './staff-layout.tsx';

/** Where a 年度报告 item's report came from. */
const REPORT_SOURCE_WORDS = {
  upload: '上传的报告文件',
  data: '由已有数据生成',
  records: '由平台记录起草',
  rollup: '由下级机关汇总',
} as const;

const EVENT_LABELS: Record<string, string> = {
  created: '起草',
  edited: '修改草稿',
  fileAdded: '上传附件',
  fileRemoved: '删除附件',
  masked: '遮盖个人信息',
  proseEdited: '修改年度报告正文文字',
  redrafted: '按最新记录重新起草年度报告',
  submitForReview: '提交审核',
  approveReview: '审核通过',
  returnReview: '审核退回',
  signed: '签发',
  scheduled: '签发（定时发布）',
  published: '发布',
  revised: '发布修订版本',
  revisionChecked: '修订检查',
  returnSigning: '签发退回',
  cancelSchedule: '取消定时发布',
  scheduleFailed: '定时发布未成功（已停止）',
  changeValidity: '变更有效性',
  withdraw: '撤回',
};

/** Where a finding is, in words (标题, 正文, 附件「…」). */
export function placeOf(f: Pick<ItemFinding, 'place'>): string {
  switch (f.place.field) {
    case 'title':
      return '标题';
    case 'body':
      return '正文';
    case 'docNumber':
      return '文号';
    case 'dates':
      return '日期';
    case 'relations':
      return '解读';
    case 'report':
      return '年度报告';
    case 'attachment':
      return `附件「${f.place.name}」`;
    default:
      return '';
  }
}

function eventDetail(data: Record<string, unknown>): string {
  const parts: string[] = [];
  if (isOneOf(VALIDITIES, data.validity)) {
    parts.push(`有效性：${VALIDITY_LABELS[data.validity]}`);
  }
  if (typeof data.opinion === 'string' && data.opinion !== '') {
    parts.push(`意见：${data.opinion}`);
  }
  if (data.checklist && typeof data.checklist === 'object') {
    const answers = data.checklist as Record<string, boolean>;
    const checked = (Object.keys(REVIEW_CHECKLIST) as ChecklistKey[]).filter((k) => answers[k] === true);
    parts.push(`已确认：${checked.map((k) => REVIEW_CHECKLIST[k].split('：')[0]).join('、')}`);
  }
  if (typeof data.reason === 'string' && data.reason !== '') {
    parts.push(`理由：${data.reason}`);
  }
  const warnings = Array.isArray(data.warnings) ? (data.warnings as { reason?: unknown }[]) : [];
  if (warnings.length > 0 && typeof warnings[0]!.reason === 'string') {
    parts.push(`${warnings.length}条提示，仍然发布的理由：${warnings[0]!.reason}`);
  }
  if (typeof data.note === 'string' && data.note !== '') {
    parts.push(`说明：${data.note}`);
  }
  if (typeof data.editedParts === 'string') {
    parts.push(`已人工修改的部分：${data.editedParts}`);
  }
  if (typeof data.replacedParts === 'string') {
    parts.push(`被替换的已修改部分：${data.replacedParts}`);
  }
  if (typeof data.indexNumber === 'string') {
    parts.push(`索引号 ${data.indexNumber}`);
  }
  if (typeof data.publishAt === 'string') {
    parts.push(`定于 ${beijingMinute(new Date(data.publishAt))} 发布`);
  }
  if (typeof data.name === 'string') {
    parts.push(data.name);
  }
  if (typeof data.count === 'number') {
    parts.push(`遮盖 ${data.count} 处`);
  }
  return parts.join('；');
}

/**
 * A 定时发布 that failed at its time and stopped (decision 043): why, until staff act — the item is
 * 待签发 again and is not tried again by itself.
 */
function ScheduleFailedNotice(props: { view: ItemView }) {
  const last = props.view.events.at(-1);
  if (props.view.row.status !== 'inSigning' || last?.kind !== 'scheduleFailed') {
    return null;
  }
  const data = last.data as { reason?: unknown; publishAt?: unknown };
  const when = typeof data.publishAt === 'string' ? `定于 ${beijingMinute(new Date(data.publishAt))} 的` : '';
  return (
    <Notice kind="error" title={`${when}定时发布未能完成，已停止`}>
      <p>{typeof data.reason === 'string' ? data.reason : ''}</p>
      <p>本信息已回到“待签发”，不会自动重试：请签发人处理后重新签发，或签发退回修改。</p>
    </Notice>
  );
}

export type ItemPageProps = {
  actor: Actor;
  csrfToken: string;
  view: ItemView;
  errors: FieldErrors;
  notice: string | null;
  replacements: readonly { id: number; title: string }[];
};

/** The page. */
export function ItemPageView(props: ItemPageProps) {
  const { view, errors } = props;
  const r = view.row;
  const isDraft = r.status === 'draft';
  const status = isOneOf(ITEM_STATUSES, r.status) ? ITEM_STATUS_LABELS[r.status] : r.status;
  const hasPersonal = view.findings.some((f) => f.code === 'PERSONAL_DATA');
  return (
    <StaffLayout
      title={r.title}
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="items"
      breadcrumbs={[{ href: `/staff/items?organ=${r.organId}`, label: '主动公开' }]}
    >
      <PageHeader
        title={r.title}
        lead={`${view.organ.name} · ${itemKindLabel(r.kind)} · ${status}${r.indexNumber ? ` · 索引号 ${r.indexNumber}` : ''}`}
      >
        {r.status === 'published' || r.status === 'withdrawn' ? (
          <a class="button" href={`/o/${view.organ.slug}/gk/items/${r.id}`}>
            查看公开页面
          </a>
        ) : null}
      </PageHeader>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      <ScheduleFailedNotice view={view} />
      <ErrorSummary errors={errors} labels={{}} />
      <dl class="facts item-facts">
        <dt>公开时限（第二十六条）</dt>
        <dd>{view.deadline ? <DeadlineText deadline={view.deadline} /> : '—'}</dd>
        {view.report === null ? null : (
          <>
            <dt>年度报告</dt>
            <dd>
              {view.report.year}年度（{REPORT_SOURCE_WORDS[view.report.source]}：
              {view.files.find((f) => f.id === view.report!.fileId)?.name ?? '—'}）
            </dd>
            <dt>报送时限（第四十九条）</dt>
            <dd>{`${formatChineseDate(view.report.deadline.due, false)}前（${view.report.deadline.basis}）`}</dd>
          </>
        )}
        <dt>形成或变更日期</dt>
        <dd>{r.formedOn}</dd>
        <dt>文号</dt>
        <dd>{r.docNumber || '—'}</dd>
        <dt>成文日期</dt>
        <dd>{r.writtenOn ?? '—'}</dd>
        <dt>主题分类 / 体裁</dt>
        <dd>
          {r.topic || '（未分类）'} / {r.genre}
        </dd>
        {r.validity ? (
          <>
            <dt>有效性</dt>
            <dd>
              {isOneOf(VALIDITIES, r.validity) ? VALIDITY_LABELS[r.validity] : r.validity}
              {r.validityNote ? `（${r.validityOn ?? ''} ${r.validityNote}）` : ''}
            </dd>
          </>
        ) : null}
        <dt>起草人</dt>
        <dd>
          {r.draftedByName}
          {r.signedByDrafter ? '（本机关允许起草人签发，本条由起草人签发）' : ''}
        </dd>
        <dt>签发规则</dt>
        <dd>
          {view.settings.drafterMaySign
            ? '本机关允许起草人签发自己起草的信息'
            : '起草人不能签发自己起草的信息'}
        </dd>
      </dl>
      <section aria-labelledby="checks" class="item-checks">
        <h2 id="checks">发布前检查</h2>
        {view.findings.length === 0 ? (
          <p class="findings-none">{isDraft ? '未发现问题，可以提交审核。' : '未发现问题。'}</p>
        ) : (
          <ul class="findings">
            {view.findings.map((f) => (
              <li class={f.severity === 'error' ? 'finding-error' : 'finding-warning'}>
                <strong>{f.severity === 'error' ? '错误' : '提示'}</strong>（{placeOf(f)}）：{f.message}
              </li>
            ))}
          </ul>
        )}
        {hasPersonal && isDraft ? (
          <form method="post" action={`/staff/items/${r.id}/mask`}>
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="version" value={String(r.version)} />
            <button type="submit" class="button">
              一键遮盖个人信息
            </button>
          </form>
        ) : null}
      </section>
      <section aria-labelledby="actions" class="item-section">
        <h2 id="actions">办理</h2>
        {view.actions.length === 0 ? <p>您在本机关没有可对此信息进行的操作。</p> : null}
        <div class="action-cards">
          {view.actions.map((offered) => (
            <ItemActionForm
              itemId={r.id}
              version={r.version}
              csrfToken={props.csrfToken}
              offered={offered}
              errors={errors}
              hasWarnings={view.findings.some((f) => f.severity === 'warning')}
              warningList={view.findings.filter((f) => f.severity === 'warning').map((f) => f.message)}
              replacements={props.replacements}
              validity={r.validity}
            />
          ))}
        </div>
      </section>
      {view.report === null ? null : (
        <RollupSection rollup={view.rollup} year={view.report.year} accepted={r.acceptedWarnings} />
      )}
      <ProseSection view={view} csrfToken={props.csrfToken} errors={errors} />
      <section aria-labelledby="files" class="item-section">
        <h2 id="files">附件</h2>
        {view.files.length === 0 ? <p>无附件。</p> : null}
        <ul>
          {view.files.map((f) => (
            <li>
              {f.name}（{Math.max(1, Math.round(f.size / 1024))} KB）
              {f.hiddenMetadata.length > 0 ? (
                <span class="cell-note">
                  {f.mediaType === 'application/pdf'
                    ? `含隐藏信息：${f.hiddenMetadata.map((h) => h.field).join('、')}（PDF 不能自动清除，请在原文件中删除后重新上传）`
                    : `已清除隐藏信息：${f.hiddenMetadata.map((h) => h.field).join('、')}`}
                </span>
              ) : null}
              {isDraft ? (
                <form method="post" action={`/staff/items/${r.id}/files/${f.id}/remove`} class="inline-form">
                  <CsrfField token={props.csrfToken} />
                  <input type="hidden" name="version" value={String(r.version)} />
                  <button type="submit" class="button button-small">
                    删除
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
        {isDraft ? (
          <form
            method="post"
            action={`/staff/items/${r.id}/files`}
            enctype="multipart/form-data"
            class="item-upload"
          >
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="version" value={String(r.version)} />
            <label for="item-file">上传附件（PDF、Word、Excel、图片，20 MB 以内）</label>
            <input id="item-file" name="file" type="file" />
            <button type="submit" class="button">
              上传
            </button>
          </form>
        ) : null}
      </section>
      {view.interpretations.length + view.documents.length > 0 ? (
        <section aria-labelledby="links" class="item-section">
          <h2 id="links">{view.documents.length > 0 ? '解读的文件' : '相关解读'}</h2>
          <ul>
            {[...view.interpretations, ...view.documents].map((i) => (
              <li>
                <a href={`/staff/items/${i.id}`}>{i.title}</a>（
                {isOneOf(ITEM_STATUSES, i.status) ? ITEM_STATUS_LABELS[i.status] : i.status}）
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="body" class="item-section">
        <h2 id="body">正文</h2>
        <div class="item-body-preview">{raw(r.bodyHtml)}</div>
      </section>
      <section aria-labelledby="history" class="item-section">
        <h2 id="history">办理记录</h2>
        <ol class="timeline">
          {view.events.map((e) => (
            <li>
              <span class="timeline-time">{beijingMinute(e.at)}</span> {e.actorName}{' '}
              {EVENT_LABELS[e.kind] ?? e.kind}
              {eventDetail(e.data) ? `：${eventDetail(e.data)}` : ''}
            </li>
          ))}
        </ol>
      </section>
    </StaffLayout>
  );
}
