/**
 * The forms of the item page's steps, one per action the transition table offers: 审核 asks for the
 * checklist (保密审查, 公开属性审查, 内容审查), 签发 for 定时发布 and the reason for accepted warnings,
 * 退回 and 撤回 for their reasons, 变更有效性 for the new state, date, note and replacing document.
 */
import type { Child } from 'hono/jsx';
import type { FieldErrors } from '../../app/failures.ts';
import { REVIEW_CHECKLIST, type ChecklistKey } from '../../domain/publishing/action-input.ts';
import type { ItemAction } from '../../domain/publishing/transitions.ts';
import { VALIDITIES, VALIDITY_LABELS } from '../../domain/publishing/vocabulary.ts';
import type { OfferedAction } from '../../domain/workflow/transition-table.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';

type FormProps = {
  itemId: number;
  version: number;
  csrfToken: string;
  offered: OfferedAction<ItemAction>;
  errors: FieldErrors;
  hasWarnings: boolean;
  /** The warnings a 签发 must give its reason for (shown above the reason). */
  warningList?: readonly string[];
  replacements: readonly { id: number; title: string }[];
  /** The item's 有效性 now (preselected in 变更有效性). */
  validity?: string | null;
};

function Err(props: { errors: FieldErrors; name: string }) {
  const message = props.errors[props.name];
  return message ? <p class="field-error">{message}</p> : null;
}

function Area(props: { name: string; label: string; errors: FieldErrors; id: string }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <Err errors={props.errors} name={props.name} />
      <textarea id={props.id} name={props.name} rows={2}></textarea>
    </div>
  );
}

function fieldsOf(p: FormProps): Child {
  const id = (name: string) => `${p.offered.action}-${name}`;
  switch (p.offered.action) {
    case 'approveReview':
      return (
        <>
          <Err errors={p.errors} name="checklist" />
          {(Object.keys(REVIEW_CHECKLIST) as ChecklistKey[]).map((key) => (
            <div class="field field-inline">
              <input type="checkbox" id={id(key)} name={`check_${key}`} value="yes" />
              <label for={id(key)}>{REVIEW_CHECKLIST[key]}</label>
            </div>
          ))}
          <Area name="opinion" label="审核意见（可选）" errors={p.errors} id={id('opinion')} />
        </>
      );
    case 'returnReview':
    case 'returnSigning':
      return <Area name="opinion" label="退回意见" errors={p.errors} id={id('opinion')} />;
    case 'sign':
      return (
        <>
          <div class="field">
            <label for={id('publishAt')}>定时发布（北京时间，留空则立即发布）</label>
            <Err errors={p.errors} name="publishAt" />
            <input id={id('publishAt')} name="publishAt" type="datetime-local" />
          </div>
          {(p.warningList ?? []).length > 0 ? (
            <ul class="sign-warnings" id={id('warnings')}>
              {(p.warningList ?? []).map((w) => (
                <li>{w}</li>
              ))}
            </ul>
          ) : null}
          {p.hasWarnings || p.errors.warningReason ? (
            <Area
              name="warningReason"
              label="检查有提示，仍然发布的理由"
              errors={p.errors}
              id={id('warningReason')}
            />
          ) : null}
        </>
      );
    case 'withdraw':
      return (
        <Area name="reason" label="撤回理由（将在原网址向公众说明）" errors={p.errors} id={id('reason')} />
      );
    case 'changeValidity':
      return (
        <>
          <div class="field">
            <label for={id('validity')}>有效性</label>
            <Err errors={p.errors} name="validity" />
            <select id={id('validity')} name="validity">
              {VALIDITIES.map((v) => (
                <option value={v} selected={v === p.validity}>
                  {VALIDITY_LABELS[v]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for={id('validityOn')}>变更日期</label>
            <Err errors={p.errors} name="validityOn" />
            <input id={id('validityOn')} name="validityOn" type="date" />
          </div>
          <Area name="note" label="变更说明（如“被××号文件废止”）" errors={p.errors} id={id('note')} />
          <div class="field">
            <label for={id('replacedBy')}>替代的文件（可选）</label>
            <Err errors={p.errors} name="replacedBy" />
            <select id={id('replacedBy')} name="replacedBy">
              <option value="">（无）</option>
              {p.replacements.map((r) => (
                <option value={String(r.id)}>{r.title}</option>
              ))}
            </select>
          </div>
        </>
      );
    case 'edit':
    case 'submitForReview':
    case 'cancelSchedule':
    case 'revise':
      return null;
    default: {
      const never: never = p.offered.action;
      return never;
    }
  }
}

/** One step's form (edit and revise are links to the editor). */
export function ItemActionForm(props: FormProps) {
  const { offered } = props;
  if (offered.action === 'edit' || offered.action === 'revise') {
    const path = offered.action === 'edit' ? 'edit' : 'revise';
    return (
      <div class="action-card action-card-link">
        <a class="button" href={`/staff/items/${props.itemId}/${path}`}>
          {offered.label}
        </a>
      </div>
    );
  }
  return (
    <form method="post" action={`/staff/items/${props.itemId}/act/${offered.action}`} class="action-card">
      <CsrfField token={props.csrfToken} />
      <input type="hidden" name="version" value={String(props.version)} />
      <h3>{offered.label}</h3>
      {offered.blockedBy ? <p class="field-hint">{offered.blockedBy}</p> : null}
      {fieldsOf(props)}
      <button type="submit" class="button button-primary" disabled={offered.blockedBy !== null}>
        {offered.label}
      </button>
    </form>
  );
}
