/**
 * GET/POST /staff/items/directory?organ= — 主动公开事项目录 (the organ's 管理员; others 403 naming
 * the role). Posts `edit` = save (add or change, with the row's version), delete, or examples.
 */
import type { Context, Hono } from 'hono';
import { STALE_MESSAGE, type FieldErrors } from '../../app/failures.ts';
import {
  directoryEditorFor,
  loadExampleDirectory,
  removeDirectoryEntry,
  saveDirectoryEntry,
} from '../../app/publishing/directory-entries.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { failureError, failureStatus } from '../failures.ts';
import { HttpError } from '../http-error.ts';
import { renderPage } from '../layout/document.tsx';
import { formText, readForm, type FormValues } from '../middleware/form.ts';
import { idFrom, queryId, queryParam } from '../middleware/query.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import { DirectoryView, type DirectoryFormValues, type DirectoryViewProps } from './directory-view.tsx';

const DONE = { save: '事项已保存。', delete: '事项已删除。', examples: '示例目录已载入。' } as const;
type Edit = keyof typeof DONE;
const isEdit = (value: string): value is Edit => Object.hasOwn(DONE, value);
const TEXTS = [
  'matter',
  'subMatter',
  'content',
  'basis',
  'timeLimit',
  'publisher',
  'audience',
  'mode',
  'version',
];
const LISTS = ['channels', 'levels', 'columns'] as const;

type Shown = Pick<DirectoryViewProps, 'values' | 'errors' | 'notice'> & { editId: number };

function formValues(form: FormValues): DirectoryFormValues {
  const list = (key: string) => {
    const v = form[key];
    return Array.isArray(v) ? v : [];
  };
  return {
    fields: Object.fromEntries(TEXTS.map((k) => [k, formText(form, k)])),
    lists: Object.fromEntries(LISTS.map((k) => [k, list(k)])),
  };
}

/** Registers the 目录 editor (before /staff/items/:id). */
export function registerDirectoryRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const show = async (c: Context<AppEnv>, shown: Shown, status: 200 | 409 | 422) => {
    const actor = requireActor(c);
    const organId = queryId(c, 'organ');
    const editor = await directoryEditorFor(deps, actor, organId);
    if (!editor.ok) {
      throw failureError(editor, { what: '机关' });
    }
    const editing = editor.entries.find((e) => e.id === shown.editId) ?? null;
    const props = { actor, csrfToken: c.get('csrfToken'), organId, editor, editing, ...shown };
    return c.html(renderPage(<DirectoryView {...props} />), status);
  };

  app.get('/staff/items/directory', (c) => {
    const done = queryParam(c, 'done') ?? '';
    const notice = isEdit(done) ? { kind: 'success' as const, text: DONE[done] } : null;
    return show(c, { values: null, errors: {}, notice, editId: queryId(c, 'edit') }, 200);
  });

  app.post('/staff/items/directory', async (c) => {
    const form = await readForm(c, LISTS);
    const edit = formText(form, 'edit');
    if (!isEdit(edit)) {
      throw new HttpError(400, '无法识别的操作，请返回页面重新操作。');
    }
    const actor = requireActor(c);
    const organId = queryId(c, 'organ');
    const id = idFrom(formText(form, 'id'));
    const version = formText(form, 'version');
    const values = formValues(form);
    const result =
      edit === 'examples'
        ? await loadExampleDirectory(deps, actor, organId)
        : edit === 'delete'
          ? await removeDirectoryEntry(deps, actor, organId, { id, version })
          : await saveDirectoryEntry(
              deps,
              actor,
              organId,
              { id: id === 0 ? null : id, version },
              {
                fields: values.fields,
                channels: values.lists.channels ?? [],
                levels: values.lists.levels ?? [],
                columns: values.lists.columns ?? [],
              },
            );
    if (result.ok) {
      return c.redirect(`/staff/items/directory?organ=${organId}&done=${edit}`, 303);
    }
    const editId = edit === 'save' ? id : 0;
    switch (result.kind) {
      case 'invalid':
        return show(c, { values, errors: result.errors, notice: null, editId }, 422);
      case 'refused':
      case 'stale': {
        const text = result.kind === 'stale' ? STALE_MESSAGE : result.message;
        const errors: FieldErrors = {};
        const notice = { kind: 'error' as const, text };
        return show(c, { values: null, errors, notice, editId }, failureStatus(result));
      }
      case 'forbidden':
      case 'not_found':
        throw failureError(result, { what: '事项' });
    }
  });
}
