/**
 * GET/POST /staff/items/columns?organ= — 栏目设置: the organ's 法定主动公开内容 columns (its 管理员;
 * others 403 naming the role). Every change posts `edit` (add, update, up, down, delete, restore)
 * with the tree's version; problems come back on the page (422 form errors, 409 refusals/stale).
 */
import type { Context, Hono } from 'hono';
import { STALE_MESSAGE, type FieldErrors } from '../../app/failures.ts';
import { catalogueEditorFor } from '../../app/publishing/catalogue-editor.ts';
import { CATALOGUE_EDITS, editCatalogue, type CatalogueEdit } from '../../app/publishing/edit-catalogue.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { failureError, failureStatus } from '../failures.ts';
import { HttpError } from '../http-error.ts';
import { renderPage } from '../layout/document.tsx';
import { formText, readForm } from '../middleware/form.ts';
import { idFrom, queryId, queryParam } from '../middleware/query.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import { CatalogueColumnsView, type ColumnsViewProps } from './catalogue-columns-view.tsx';

const DONE: Record<CatalogueEdit, string> = {
  add: '栏目已新增。',
  update: '栏目已保存。',
  up: '栏目已上移。',
  down: '栏目已下移。',
  delete: '栏目已删除。',
  restore: '默认栏目已恢复。',
};

const isEdit = (value: string): value is CatalogueEdit =>
  (CATALOGUE_EDITS as readonly string[]).includes(value);

type Shown = Pick<ColumnsViewProps, 'values' | 'errors' | 'notice'> & { editId: number };

/** Registers the column editor (before /staff/items/:id). */
export function registerCatalogueColumnRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const show = async (c: Context<AppEnv>, shown: Shown, status: 200 | 409 | 422) => {
    const actor = requireActor(c);
    const organId = queryId(c, 'organ');
    const editor = await catalogueEditorFor(deps, actor, organId);
    if (!editor.ok) {
      throw failureError(editor, { what: '机关' });
    }
    const all = editor.tree.flatMap((t) => [t, ...t.children]);
    const editing = all.find((col) => col.id === shown.editId) ?? null;
    const props = { actor, csrfToken: c.get('csrfToken'), organId, editor, editing, ...shown };
    return c.html(renderPage(<CatalogueColumnsView {...props} />), status);
  };

  app.get('/staff/items/columns', (c) => {
    const done = queryParam(c, 'done') ?? '';
    const notice = isEdit(done) ? { kind: 'success' as const, text: DONE[done] } : null;
    return show(c, { values: {}, errors: {}, notice, editId: queryId(c, 'edit') }, 200);
  });

  app.post('/staff/items/columns', async (c) => {
    const form = await readForm(c);
    const edit = formText(form, 'edit');
    if (!isEdit(edit)) {
      throw new HttpError(400, '无法识别的操作，请返回页面重新操作。');
    }
    const values = {
      version: formText(form, 'version'),
      id: formText(form, 'id'),
      name: formText(form, 'name').trim(),
      slug: formText(form, 'slug').trim(),
      basis: formText(form, 'basis').trim(),
      parent: formText(form, 'parent'),
    };
    const organId = queryId(c, 'organ');
    const result = await editCatalogue(deps, requireActor(c), organId, { edit, ...values });
    if (result.ok) {
      return c.redirect(`/staff/items/columns?organ=${organId}&done=${edit}`, 303);
    }
    const editId = edit === 'update' ? idFrom(values.id) : 0;
    switch (result.kind) {
      case 'invalid':
        return show(c, { values, errors: result.errors, notice: null, editId }, 422);
      case 'refused':
      case 'stale': {
        const text = result.kind === 'stale' ? STALE_MESSAGE : result.message;
        const errors: FieldErrors = {};
        const notice = { kind: 'error' as const, text };
        return show(c, { values: {}, errors, notice, editId }, failureStatus(result));
      }
      case 'forbidden':
      case 'not_found':
        throw failureError(result, { what: '栏目' });
    }
  });
}
