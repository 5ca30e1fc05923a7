/**
 * The form of each case action on the case page: its fields (the date of the fact first), the
 * version the page was built from (stale submits are refused), the CSRF token. Which forms appear
 * is decided by the transition table (`permittedActions`), never here.
 */
import type { Child } from 'hono/jsx';
import type { CaseView } from '../../app/cases/view-case.ts';
import { ACCEPTED_TYPES_TEXT, MAX_ATTACHMENTS } from '../../app/cases/read-attachments.ts';
import { ACTION_DATE_LABELS } from '../../domain/case/actions/parse-action.ts';
import { DECISION_LABELS, DECISIONS } from '../../domain/case/decisions.ts';
import {
  DELIVERY_METHOD_LABELS,
  OPINION_LABELS,
  PARTY_LABELS,
  REVIEW_KIND_LABELS,
  REVIEW_RESULT_LABELS,
} from '../../domain/case/events.ts';
import type { CaseAction } from '../../domain/case/transitions.ts';
import { periodVersionById } from '../../domain/deadlines/statutory-periods.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';

export type ActionFormState = {
  action: CaseAction;
  errors: Record<string, string>;
  values: Record<string, string>;
} | null;

type Ctx = { view: CaseView; state: ActionFormState; action: CaseAction };

const value = (ctx: Ctx, name: string, fallback = '') =>
  ctx.state?.action === ctx.action ? (ctx.state.values[name] ?? fallback) : fallback;
const error = (ctx: Ctx, name: string) =>
  ctx.state?.action === ctx.action ? ctx.state.errors[name] : undefined;
const fieldId = (ctx: Ctx, name: string) => `${ctx.action}-${name}`;

function Field(props: { ctx: Ctx; name: string; label: string; children: Child; hint?: string }) {
  const id = fieldId(props.ctx, props.name);
  const message = error(props.ctx, props.name);
  return (
    <div class={message ? 'field has-error' : 'field'}>
      <label for={id}>{props.label}</label>
      {props.hint ? <p class="field-hint">{props.hint}</p> : null}
      {message ? (
        <p class="field-error" id={`${id}-error`}>
          <span class="visually-hidden">错误：</span>
          {message}
        </p>
      ) : null}
      {props.children}
    </div>
  );
}

function Input(props: {
  ctx: Ctx;
  name: string;
  label: string;
  type?: string;
  fallback?: string;
  hint?: string;
}) {
  const id = fieldId(props.ctx, props.name);
  const invalid = error(props.ctx, props.name) !== undefined;
  return (
    <Field
      ctx={props.ctx}
      name={props.name}
      label={props.label}
      {...(props.hint ? { hint: props.hint } : {})}
    >
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={value(props.ctx, props.name, props.fallback)}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
      />
    </Field>
  );
}

function Area(props: { ctx: Ctx; name: string; label: string; hint?: string; fallback?: string }) {
  const id = fieldId(props.ctx, props.name);
  return (
    <Field
      ctx={props.ctx}
      name={props.name}
      label={props.label}
      {...(props.hint ? { hint: props.hint } : {})}
    >
      <textarea
        id={id}
        name={props.name}
        rows={3}
        aria-invalid={error(props.ctx, props.name) ? 'true' : undefined}
        aria-describedby={error(props.ctx, props.name) ? `${id}-error` : undefined}
      >
        {value(props.ctx, props.name, props.fallback)}
      </textarea>
    </Field>
  );
}

function Choice(props: {
  ctx: Ctx;
  name: string;
  label: string;
  options: Readonly<Record<string, string>>;
  fallback?: string;
}) {
  const id = fieldId(props.ctx, props.name);
  const current = value(props.ctx, props.name, props.fallback);
  return (
    <Field ctx={props.ctx} name={props.name} label={props.label}>
      <select
        id={id}
        name={props.name}
        aria-invalid={error(props.ctx, props.name) ? 'true' : undefined}
        aria-describedby={error(props.ctx, props.name) ? `${id}-error` : undefined}
      >
        <option value="">请选择</option>
        {Object.entries(props.options).map(([k, v]) => (
          <option value={k} selected={current === k}>
            {v}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** The applicant's 获取信息的方式 when it is a way of delivery (the delivery form's default). */
const chosenWay = (view: CaseView): string => {
  const way = view.row.applicant.obtainWay;
  return typeof way === 'string' && way in DELIVERY_METHOD_LABELS ? way : '';
};

const DECISION_OPTIONS = Object.fromEntries(DECISIONS.map((d) => [d, DECISION_LABELS[d].row]));
const WITHHELD_OPTIONS = Object.fromEntries(
  DECISIONS.filter((d) => d.startsWith('withheld.')).map((d) => [d, DECISION_LABELS[d].row]),
);

function ReplyFields(props: { ctx: Ctx }) {
  const { view } = props.ctx;
  const items =
    view.file.reply ??
    view.row.items.map((i) => ({ description: i.description, decision: '', reason: '', howToObtain: '' }));
  return (
    <>
      <input type="hidden" name="itemCount" value={String(items.length)} />
      {items.map((item, index) => {
        const n = index + 1;
        return (
          <fieldset class="reply-item">
            <legend>第 {n} 项</legend>
            <Area
              ctx={props.ctx}
              name={`item${n}Description`}
              label="申请公开的信息"
              fallback={item.description}
            />
            <Choice
              ctx={props.ctx}
              name={`item${n}Decision`}
              label="答复类型（年报表三的行）"
              options={DECISION_OPTIONS}
              fallback={item.decision}
            />
            <Area
              ctx={props.ctx}
              name={`item${n}Reason`}
              label="理由及依据（部分公开时写明不予公开的部分及理由）"
              fallback={item.reason}
            />
            <Area
              ctx={props.ctx}
              name={`item${n}How`}
              label="获取方式（予以公开、部分公开时填写）"
              fallback={item.howToObtain}
            />
            <Area
              ctx={props.ctx}
              name={`item${n}WithheldPart`}
              label="不予公开的部分（部分公开时填写）"
              fallback={'withheldPart' in item ? (item.withheldPart ?? '') : ''}
            />
            <Choice
              ctx={props.ctx}
              name={`item${n}WithheldGround`}
              label="不予公开部分的理由类别（部分公开时选择）"
              options={WITHHELD_OPTIONS}
              fallback={'withheldGround' in item ? (item.withheldGround ?? '') : ''}
            />
          </fieldset>
        );
      })}
    </>
  );
}

/** The action-specific fields. */
function ActionFields(props: { ctx: Ctx }) {
  const { ctx } = props;
  const open = ctx.view.file.consultations.filter((c) => c.answeredOn === null);
  switch (ctx.action) {
    case 'requestCorrection':
      return (
        <>
          <Area ctx={ctx} name="missing" label="需要补正的内容（每行一项）" />
          <Input ctx={ctx} name="correctBy" label="补正期限" type="date" />
        </>
      );
    case 'receiveCorrection':
    case 'withdraw':
      return <Area ctx={ctx} name="note" label={ctx.action === 'withdraw' ? '撤回说明' : '说明'} />;
    case 'sendConsultation':
      return (
        <>
          <Choice ctx={ctx} name="party" label="征求意见对象" options={PARTY_LABELS} />
          <Input ctx={ctx} name="partyName" label="名称" />
          <Area ctx={ctx} name="matter" label="征求意见事项" />
          {periodVersionById(ctx.view.row.periodVersion).consultationReplyDays === null ? (
            <Input ctx={ctx} name="answerBy" label="要求答复的期限（2007年条例未规定期限）" type="date" />
          ) : null}
        </>
      );
    case 'recordConsultationAnswer':
      return (
        <>
          <Choice
            ctx={ctx}
            name="consultation"
            label="征求意见函"
            options={Object.fromEntries(
              open.map((c) => [String(c.id), `${c.partyName}（${c.sentOn}发出，${c.answerBy}前答复）`]),
            )}
            fallback={open.length === 1 ? String(open[0]!.id) : ''}
          />
          <Choice ctx={ctx} name="opinion" label="意见" options={OPINION_LABELS} />
          <Area ctx={ctx} name="note" label="意见内容" />
        </>
      );
    case 'requestExtension':
      return (
        <>
          <Input ctx={ctx} name="days" label="延长工作日数" fallback="20" />
          <Area ctx={ctx} name="reason" label="延期理由" />
        </>
      );
    case 'approveExtension':
      return (
        <Input
          ctx={ctx}
          name="days"
          label="批准延长工作日数"
          fallback={String(ctx.view.file.extension?.days ?? '')}
        />
      );
    case 'sendFeeNotice':
      return (
        <>
          <Choice
            ctx={ctx}
            name="method"
            label="计收方式（只能选一种）"
            options={{ perApplication: '按件计收', perVolume: '按量计收' }}
          />
          <Input ctx={ctx} name="pages" label="页数（按量计收时填写）" />
        </>
      );
    case 'requestReasons':
      return <Input ctx={ctx} name="answerBy" label="说明理由的期限" type="date" />;
    case 'setDeferral':
      return (
        <>
          <Input ctx={ctx} name="deferredTo" label="延迟答复期限" type="date" />
          <Area ctx={ctx} name="reason" label="理由" />
        </>
      );
    case 'draftReply':
      return <ReplyFields ctx={ctx} />;
    case 'approveReview':
    case 'sign':
      return <Area ctx={ctx} name="comment" label="意见（可不填）" />;
    case 'returnReview':
    case 'returnSigning':
      return <Area ctx={ctx} name="comment" label="退回意见" />;
    case 'recordDelivery':
      return (
        <>
          <Choice
            ctx={ctx}
            name="method"
            label="送达方式（默认为申请人选择的获取方式）"
            options={DELIVERY_METHOD_LABELS}
            fallback={chosenWay(ctx.view)}
          />
          <Input ctx={ctx} name="trackingNumber" label="邮件单号（邮政寄送时必填）" />
          <Field
            ctx={ctx}
            name="releasedFiles"
            label="公开的政府信息（可不选）"
            hint={`网上获取的，申请人凭查询码在「办理进度查询」下载答复书和这些文件；最多 ${MAX_ATTACHMENTS} 个，${ACCEPTED_TYPES_TEXT}。`}
          >
            <input
              id={fieldId(ctx, 'releasedFiles')}
              name="releasedFiles"
              type="file"
              multiple
              aria-invalid={error(ctx, 'releasedFiles') ? 'true' : undefined}
              aria-describedby={
                error(ctx, 'releasedFiles') ? `${fieldId(ctx, 'releasedFiles')}-error` : undefined
              }
            />
          </Field>
        </>
      );
    case 'recordReview':
      return (
        <>
          <Choice ctx={ctx} name="reviewKind" label="类型" options={REVIEW_KIND_LABELS} />
          <Input ctx={ctx} name="body" label="复议机关或法院" />
          <Choice ctx={ctx} name="result" label="结果" options={REVIEW_RESULT_LABELS} fallback="pending" />
          <Input ctx={ctx} name="concludedOn" label="审结日期（尚未审结的不填）" type="date" />
        </>
      );
    case 'closeForNoCorrection':
    case 'closeForNoFee':
    case 'recordFeePaid':
    case 'submitForReview':
      return null;
    default: {
      const unreachable: never = ctx.action;
      return unreachable;
    }
  }
}

/** One action as a collapsible form (open when it has errors). */
export function ActionForm(props: {
  view: CaseView;
  action: CaseAction;
  label: string;
  state: ActionFormState;
  csrfToken: string;
}) {
  const ctx: Ctx = { view: props.view, state: props.state, action: props.action };
  const hasErrors = props.state?.action === props.action;
  return (
    <details class="case-action" open={hasErrors}>
      <summary>{props.label}</summary>
      <form
        method="post"
        action={`/staff/cases/${props.view.row.id}/act/${props.action}`}
        class="case-action-form"
        id={`form-${props.action}`}
        {...(props.action === 'recordDelivery' ? { enctype: 'multipart/form-data' } : {})}
      >
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="version" value={String(props.view.row.version)} />
        {hasErrors && props.state?.errors._form ? (
          <p class="field-error" role="alert">
            {props.state.errors._form}
          </p>
        ) : null}
        <Input
          ctx={ctx}
          name="on"
          label={ACTION_DATE_LABELS[props.action] ?? '日期'}
          type="date"
          fallback={props.view.today}
        />
        <ActionFields ctx={ctx} />
        <button type="submit" class="button button-primary">
          {props.label}
        </button>
      </form>
    </details>
  );
}
