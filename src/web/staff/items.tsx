/**
 * 主动公开 back office: GET /staff/items (tabs, 第二十六条 list), GET/POST /staff/items/new (起草),
 * GET/POST /staff/items/:id/edit (草稿), GET/POST /staff/items/:id/revise (修订已发布信息). The item
 * page and its steps are in item-steps.tsx. Items the person may not see answer 404.
 */
import type { Context, Hono } from 'hono';
import { editorContext } from '../../app/publishing/editor-context.ts';
import { parseItemId } from '../../app/publishing/item-access.ts';
import { listItemsFor } from '../../app/publishing/list-items.ts';
import { reviseItem } from '../../app/publishing/revise-item.ts';
import { createItem, saveItem } from '../../app/publishing/save-item.ts';
import { viewItem } from '../../app/publishing/view-item.ts';
import type { FieldErrors } from '../../app/failures.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { failureError, failureStatus } from '../failures.ts';
import { notFound } from '../http-error.ts';
import { renderPage } from '../layout/document.tsx';
import { queryParam } from '../middleware/query.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import { readItemSubmission } from './item-form.ts';
import { ItemEditorView, type EditorProps } from './item-editor-view.tsx';
import { ItemsListView } from './items-list-view.tsx';

export const ITEM_ID = ':id{[1-9][0-9]{0,14}}';

/** The item id of the path (404 when malformed). */
export function itemIdOf(c: Context<AppEnv>): number {
  const id = parseItemId(c.req.param('id'));
  if (id === null) {
    throw notFound('信息');
  }
  return id;
}

type EditorState = Pick<
  EditorProps,
  | 'values'
  | 'bodyText'
  | 'selectedColumns'
  | 'selectedDocuments'
  | 'errors'
  | 'version'
  | 'reportFile'
  | 'selectedRollup'
>;

async function renderEditor(
  c: Context<AppEnv>,
  deps: AppDeps,
  mode: EditorProps['mode'],
  organId: number,
  action: string,
  state: EditorState,
  status: 200 | 409 | 413 | 422 = 200,
) {
  const actor = requireActor(c);
  const context = await editorContext(deps, actor, organId);
  if (context === null) {
    throw notFound('该机关的主动公开');
  }
  return c.html(
    renderPage(
      <ItemEditorView
        actor={actor}
        csrfToken={c.get('csrfToken')}
        mode={mode}
        action={action}
        organName={context.organ.name}
        columns={context.columns}
        documents={context.documents}
        reportDataYears={context.reportDataYears}
        rollupOrgans={context.rollupOrgans}
        {...state}
      />,
    ),
    status,
  );
}

const EMPTY: EditorState = {
  values: {},
  bodyText: '',
  selectedColumns: [],
  selectedDocuments: [],
  errors: {},
  version: null,
  reportFile: null,
  selectedRollup: null,
};

async function stateOfItem(
  deps: AppDeps,
  c: Context<AppEnv>,
  id: number,
): Promise<{ organId: number; state: EditorState }> {
  const view = await viewItem(deps, requireActor(c), id);
  if (view === null) {
    throw notFound('信息');
  }
  const r = view.row;
  const slugs = view.columns
    .flatMap((t) => [t, ...t.children])
    .filter((col) => view.columnIds.includes(col.id))
    .map((col) => col.slug);
  return {
    organId: r.organId,
    state: {
      values: {
        kind: r.kind,
        title: r.title,
        docNumber: r.docNumber,
        coOrgans: r.coOrgans,
        writtenOn: r.writtenOn ?? '',
        effectiveOn: r.effectiveOn ?? '',
        formedOn: r.formedOn,
        topic: r.topic,
        genre: r.genre,
        keywords: r.keywords,
        summary: r.summary,
        validity: r.validity ?? '',
        interpretationForm: r.interpretationForm ?? '',
        bodyFormat: 'html',
        reportYear: view.report === null ? '' : String(view.report.year),
        ...(view.report?.source === 'rollup' ? { reportSource: 'rollup' } : {}),
      },
      bodyText: r.bodyHtml,
      selectedColumns: slugs,
      selectedDocuments: view.documents.map((d) => String(d.id)),
      errors: {},
      version: r.version,
      reportFile:
        view.report === null ? null : (view.files.find((f) => f.id === view.report!.fileId)?.name ?? null),
      selectedRollup: view.report?.rollup?.members.map((m) => String(m.organId)) ?? null,
    },
  };
}

/** Registers the list and editor routes. */
export function registerStaffItemRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get('/staff/items', async (c) => {
    const actor = requireActor(c);
    const page = await listItemsFor(
      deps,
      actor,
      queryParam(c, 'organ'),
      queryParam(c, 'tab'),
      queryParam(c, 'q'),
    );
    return c.html(renderPage(<ItemsListView actor={actor} csrfToken={c.get('csrfToken')} page={page} />));
  });

  app.get('/staff/items/new', async (c) => {
    const organId = Number(/^\d{1,9}$/.test(queryParam(c, 'organ') ?? '') ? queryParam(c, 'organ') : NaN);
    return renderEditor(c, deps, 'new', organId, `/staff/items/new?organ=${organId}`, {
      ...EMPTY,
      values: { kind: 'notice', genre: '通知' },
    });
  });

  app.post('/staff/items/new', async (c) => {
    const actor = requireActor(c);
    const organId = Number(/^\d{1,9}$/.test(queryParam(c, 'organ') ?? '') ? queryParam(c, 'organ') : NaN);
    const { submission, values } = await readItemSubmission(c);
    const result = await createItem(deps, actor, organId, submission);
    if (result.ok) {
      return c.redirect(`/staff/items/${result.itemId}?done=created`, 303);
    }
    if (result.kind !== 'invalid') {
      throw failureError(result, { what: '信息' });
    }
    return renderEditor(
      c,
      deps,
      'new',
      organId,
      `/staff/items/new?organ=${organId}`,
      editorAgain(values, submission, result.errors, null),
      422,
    );
  });

  for (const mode of ['edit', 'revise'] as const) {
    app.get(`/staff/items/${ITEM_ID}/${mode}`, async (c) => {
      const id = itemIdOf(c);
      const { organId, state } = await stateOfItem(deps, c, id);
      return renderEditor(c, deps, mode, organId, `/staff/items/${id}/${mode}`, state);
    });
    app.post(`/staff/items/${ITEM_ID}/${mode}`, async (c) => {
      const actor = requireActor(c);
      const id = itemIdOf(c);
      const { submission, values, version } = await readItemSubmission(c);
      const result =
        mode === 'edit'
          ? await saveItem(deps, actor, id, version ?? -1, submission)
          : await reviseItem(deps, actor, id, version ?? -1, {
              ...submission,
              note: values.note ?? '',
              warningReason: values.warningReason ?? '',
            });
      if (result.ok) {
        return c.redirect(`/staff/items/${id}?done=${mode === 'edit' ? 'saved' : 'revised'}`, 303);
      }
      const errors: FieldErrors =
        result.kind === 'invalid' ? result.errors : { _form: failureError(result).message };
      if (result.kind === 'not_found') {
        throw failureError(result, { what: '信息' });
      }
      const { organId, state } = await stateOfItem(deps, c, id);
      return renderEditor(
        c,
        deps,
        mode,
        organId,
        `/staff/items/${id}/${mode}`,
        { ...editorAgain(values, submission, errors, version), reportFile: state.reportFile },
        failureStatus(result) as 409 | 422,
      );
    });
  }
}

function editorAgain(
  values: Record<string, string>,
  s: {
    body: string;
    columns: readonly string[];
    documents: readonly string[];
    report?: { organs?: readonly string[] | undefined } | undefined;
  },
  errors: FieldErrors,
  version: number | null,
): EditorState {
  return {
    values,
    bodyText: s.body,
    selectedColumns: s.columns,
    selectedDocuments: s.documents,
    errors,
    version,
    reportFile: null,
    // what was posted (a form with the roll-up's checkboxes posts them whatever the source)
    selectedRollup: s.report?.organs ?? null,
  };
}
