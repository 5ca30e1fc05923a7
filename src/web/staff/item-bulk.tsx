/**
 * GET/POST /staff/items/bulk?organ=&tab= — one step on many items (规范性文件清理: 变更有效性 with an
 * optional 清理结果 notice; 撤回; 签发 of what waits for it). Each item goes through the transition
 * table on its own; the answer lists what was done and what was refused, item by item.
 */
import type { Context, Hono } from 'hono';
import type { FieldErrors } from '../../app/failures.ts';
import {
  BULK_ACTIONS,
  bulkItemAction,
  type BulkAction,
  type BulkOutcome,
} from '../../app/publishing/bulk-item-action.ts';
import { listItemsFor } from '../../app/publishing/list-items.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { isOneOf, VALIDITIES, VALIDITY_LABELS } from '../../domain/publishing/vocabulary.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { renderPage } from '../layout/document.tsx';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { readUpload, textValues } from '../middleware/form.ts';
import { queryParam } from '../middleware/query.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import { listValues } from './item-form.ts';
import { ErrorSummary, Notice, PageHeader } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

const ACTION_LABELS: Record<BulkAction, string> = {
  sign: '签发',
  withdraw: '撤回',
  changeValidity: '变更有效性（规范性文件清理）',
};

function BulkView(props: {
  actor: Actor;
  csrfToken: string;
  organId: number;
  tab: 'published' | 'inSigning';
  lines: readonly { id: number; title: string; indexNumber: string | null; validity: string | null }[];
  errors: FieldErrors;
  outcomes: readonly BulkOutcome[] | null;
  noticeId: number | null;
}) {
  const actions = props.tab === 'inSigning' ? (['sign'] as const) : (['changeValidity', 'withdraw'] as const);
  return (
    <StaffLayout
      title="批量处理"
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="items"
      breadcrumbs={[{ href: `/staff/items?organ=${props.organId}`, label: '主动公开' }]}
    >
      <PageHeader
        title="批量处理"
        lead="每条信息分别按办理规则处理并记入审计日志；不能处理的会逐条说明原因。"
      >
        <a
          class="button"
          href={`/staff/items/bulk?organ=${props.organId}&tab=${props.tab === 'published' ? 'inSigning' : 'published'}`}
        >
          {props.tab === 'published' ? '改为处理待签发信息' : '改为处理已发布信息'}
        </a>
      </PageHeader>
      {props.outcomes ? (
        <Notice
          kind="info"
          title={`处理完成：${props.outcomes.filter((o) => o.ok).length} 条成功，${props.outcomes.filter((o) => !o.ok).length} 条未处理`}
        >
          <ul>
            {props.outcomes.map((o) => (
              <li>
                <a href={`/staff/items/${o.itemId}`}>{o.title || `信息 ${o.itemId}`}</a>：{o.message}
              </li>
            ))}
          </ul>
          {props.noticeId ? (
            <p>
              已起草<a href={`/staff/items/${props.noticeId}`}>清理结果公告</a>，请审核签发后发布。
            </p>
          ) : null}
        </Notice>
      ) : null}
      <ErrorSummary errors={props.errors} labels={{}} />
      {props.lines.length === 0 ? (
        <p class="empty-state">没有可批量处理的信息。</p>
      ) : (
        <form method="post" action={`/staff/items/bulk?organ=${props.organId}&tab=${props.tab}`}>
          <CsrfField token={props.csrfToken} />
          <fieldset>
            <legend>选择信息</legend>
            {props.lines.map((l) => (
              <div class="field field-inline">
                <input type="checkbox" id={`item-${l.id}`} name="items" value={String(l.id)} />
                <label for={`item-${l.id}`}>
                  {l.title}
                  {l.indexNumber ? `（${l.indexNumber}）` : ''}
                  {isOneOf(VALIDITIES, l.validity) ? ` · ${VALIDITY_LABELS[l.validity]}` : ''}
                </label>
              </div>
            ))}
          </fieldset>
          <fieldset>
            <legend>操作</legend>
            <div class="field">
              <label for="bulkAction">对所选信息</label>
              <select id="bulkAction" name="bulkAction">
                {actions.map((a) => (
                  <option value={a}>{ACTION_LABELS[a]}</option>
                ))}
              </select>
            </div>
            {props.tab === 'published' ? (
              <>
                <div class="field">
                  <label for="validity">新的有效性（变更有效性时）</label>
                  <select id="validity" name="validity">
                    {VALIDITIES.map((v) => (
                      <option value={v}>{VALIDITY_LABELS[v]}</option>
                    ))}
                  </select>
                </div>
                <div class="field">
                  <label for="validityOn">变更日期</label>
                  <input id="validityOn" name="validityOn" type="date" />
                </div>
                <div class="field">
                  <label for="note">变更说明（如“经2026年规范性文件清理，宣布失效”）</label>
                  <input id="note" name="note" />
                </div>
                <div class="field field-inline">
                  <input type="checkbox" id="draftNotice" name="draftNotice" value="yes" />
                  <label for="draftNotice">同时起草清理结果公告</label>
                </div>
                <div class="field">
                  <label for="reason">撤回理由（撤回时）</label>
                  <input id="reason" name="reason" />
                </div>
              </>
            ) : null}
          </fieldset>
          <button type="submit" class="button button-primary">
            执行
          </button>
        </form>
      )}
    </StaffLayout>
  );
}

/** Registers the bulk page (before /staff/items/:id). */
export function registerItemBulkRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const page = async (
    c: Context<AppEnv>,
    extra: { errors: FieldErrors; outcomes: BulkOutcome[] | null; noticeId: number | null },
    status: 200 | 422,
  ) => {
    const actor = requireActor(c);
    const tab = queryParam(c, 'tab') === 'inSigning' ? 'inSigning' : 'published';
    const list = await listItemsFor(deps, actor, queryParam(c, 'organ'), tab);
    if (list.organ === null) {
      return c.html(
        renderPage(
          <BulkView
            actor={actor}
            csrfToken={c.get('csrfToken')}
            organId={0}
            tab={tab}
            lines={[]}
            {...extra}
          />,
        ),
        status,
      );
    }
    return c.html(
      renderPage(
        <BulkView
          actor={actor}
          csrfToken={c.get('csrfToken')}
          organId={list.organ.id}
          tab={tab}
          lines={list.lines}
          {...extra}
        />,
      ),
      status,
    );
  };
  app.get('/staff/items/bulk', (c) => page(c, { errors: {}, outcomes: null, noticeId: null }, 200));
  app.post('/staff/items/bulk', async (c) => {
    const actor = requireActor(c);
    const body = await readUpload(c);
    const values = textValues(body);
    const action = values.bulkAction;
    const list = await listItemsFor(deps, actor, queryParam(c, 'organ'), 'published');
    if (!isOneOf(BULK_ACTIONS, action) || list.organ === null) {
      return page(c, { errors: { bulkAction: '请选择要执行的操作' }, outcomes: null, noticeId: null }, 422);
    }
    const ids = listValues(body, 'items')
      .filter((v) => /^\d{1,12}$/.test(v))
      .map(Number);
    const result = await bulkItemAction(deps, actor, list.organ.id, ids, action, values);
    if (!result.ok) {
      return page(c, { errors: result.errors, outcomes: null, noticeId: null }, 422);
    }
    return page(c, { errors: {}, outcomes: result.outcomes, noticeId: result.noticeId }, 200);
  });
}
