/**
 * The staff item page and its steps: GET /staff/items/:id, POST /staff/items/:id/act/:action (every
 * workflow step through the transition table), attachments (add, remove), the one-click mask,
 * 「按最新记录重新起草」 of a drafted annual report (decision 039). A
 * refused or invalid step shows the page again with the message; success redirects (303) back.
 */
import type { Context, Hono } from 'hono';
import type { FieldErrors } from '../../app/failures.ts';
import { replacementCandidates } from '../../app/publishing/editor-context.ts';
import { addItemFile, removeItemFile } from '../../app/publishing/item-files.ts';
import { maskItem } from '../../app/publishing/mask-item.ts';
import { performItemAction } from '../../app/publishing/perform-item-action.ts';
import { redraftReport } from '../../app/publishing/report-prose-steps.ts';
import { viewItem } from '../../app/publishing/view-item.ts';
import { isItemAction } from '../../domain/publishing/transitions.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { failureError, failureStatus } from '../failures.ts';
import { notFound } from '../http-error.ts';
import { renderPage } from '../layout/document.tsx';
import { postedVersion, readUpload, textValues, uploadedFile } from '../middleware/form.ts';
import { queryParam } from '../middleware/query.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import { ItemPageView } from './item-page-view.tsx';
import { ITEM_ID, itemIdOf } from './items.tsx';

const DONE: Record<string, string> = {
  created: '草稿已保存。请检查下方的发布前检查结果，然后提交审核。',
  saved: '草稿已保存。',
  revised: '修订版本已发布。',
  file: '附件已上传。',
  removed: '附件已删除。',
  masked: '个人信息已遮盖。',
  prose: '年度报告正文已保存，已重新检查报告并重新生成 Word 文件。',
  redrafted: '已按最新记录重新起草年度报告的表格和正文，已重新检查并重新生成 Word 文件。',
  submitForReview: '已提交审核。',
  approveReview: '已审核通过，等待签发。',
  returnReview: '已退回起草人。',
  sign: '已签发。',
  returnSigning: '已退回起草人。',
  cancelSchedule: '已取消定时发布。',
  changeValidity: '有效性已变更。',
  withdraw: '已撤回，原网址将向公众说明撤回理由。',
};

async function renderItem(
  c: Context<AppEnv>,
  deps: AppDeps,
  id: number,
  errors: FieldErrors,
  notice: string | null,
  status: 200 | 409 | 413 | 422 = 200,
) {
  const actor = requireActor(c);
  const view = await viewItem(deps, actor, id);
  if (view === null) {
    throw notFound('信息');
  }
  const replacements = (await replacementCandidates(deps, view.row.organId)).filter((r) => r.id !== id);
  return c.html(
    renderPage(
      <ItemPageView
        actor={actor}
        csrfToken={c.get('csrfToken')}
        view={view}
        errors={errors}
        notice={notice}
        replacements={replacements}
      />,
    ),
    status,
  );
}

/** The answer to a step: back to the page (303) or the page with the message. */
async function answer(
  c: Context<AppEnv>,
  deps: AppDeps,
  id: number,
  result: { ok: true } | Parameters<typeof failureStatus>[0],
  done: string,
) {
  if (result.ok) {
    return c.redirect(`/staff/items/${id}?done=${done}`, 303);
  }
  if (result.kind === 'not_found') {
    throw failureError(result, { what: '信息' });
  }
  const errors = result.kind === 'invalid' ? result.errors : { _form: failureError(result).message };
  return renderItem(c, deps, id, errors, null, failureStatus(result) as 409 | 413 | 422);
}

/** Registers the item page and its steps. */
export function registerItemStepRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get(`/staff/items/${ITEM_ID}`, async (c) => {
    const done = queryParam(c, 'done');
    return renderItem(c, deps, itemIdOf(c), {}, done !== undefined ? (DONE[done] ?? null) : null);
  });

  app.post(`/staff/items/${ITEM_ID}/act/:action`, async (c) => {
    const id = itemIdOf(c);
    const action = c.req.param('action');
    if (!isItemAction(action)) {
      throw notFound('操作');
    }
    const values = textValues(await readUpload(c));
    const result = await performItemAction(deps, requireActor(c), id, postedVersion(values), action, values);
    return answer(c, deps, id, result, action);
  });

  app.post(`/staff/items/${ITEM_ID}/files`, async (c) => {
    const id = itemIdOf(c);
    const body = await readUpload(c);
    const file = uploadedFile(body, 'file');
    const bytes = file === undefined ? new Uint8Array() : new Uint8Array(await file.arrayBuffer());
    const result = await addItemFile(deps, requireActor(c), id, postedVersion(textValues(body)), {
      name: file?.name ?? '',
      bytes,
    });
    return answer(c, deps, id, result, 'file');
  });

  app.post(`/staff/items/${ITEM_ID}/files/:file{[1-9][0-9]{0,14}}/remove`, async (c) => {
    const id = itemIdOf(c);
    const values = textValues(await readUpload(c));
    const result = await removeItemFile(
      deps,
      requireActor(c),
      id,
      postedVersion(values),
      Number(c.req.param('file')),
    );
    return answer(c, deps, id, result, 'removed');
  });

  app.post(`/staff/items/${ITEM_ID}/redraft`, async (c) => {
    const id = itemIdOf(c);
    const values = textValues(await readUpload(c));
    const confirmed = values.replaceEdited === 'yes';
    const result = await redraftReport(deps, requireActor(c), id, postedVersion(values), confirmed);
    return answer(c, deps, id, result, 'redrafted');
  });

  app.post(`/staff/items/${ITEM_ID}/mask`, async (c) => {
    const id = itemIdOf(c);
    const values = textValues(await readUpload(c));
    const result = await maskItem(deps, requireActor(c), id, postedVersion(values));
    return answer(c, deps, id, result, 'masked');
  });
}
