/**
 * 机构管理: GET /staff/organs, GET/POST /staff/organs/new?parent=…, GET/POST /staff/organs/:id,
 * POST /staff/organs/:id/move, GET /staff/organs/export.xlsx|.csv (import: organs-import.tsx).
 * Route = read form → one use case (which authorizes against the organ tree on the server, never
 * trusting ids in the URL or the form) → render. Organs the person may not see answer 404 like
 * unknown ids; forged parent ids answer 403.
 */
import type { Context, Hono } from 'hono';
import { createOrgan } from '../../app/organs/create-organ.ts';
import { exportOrgans, type ExportFormat } from '../../app/organs/export-organs.ts';
import { listOrganTree } from '../../app/organs/load-organ-tree.ts';
import { moveOrgan } from '../../app/organs/move-organ.ts';
import { type Failure, type FieldErrors, STALE_MESSAGE } from '../../app/failures.ts';
import { updateOrgan } from '../../app/organs/update-organ.ts';
import { creatableParents, viewOrgan, type OrganView } from '../../app/organs/view-organ.ts';
import { ORGAN_FIELD_LABELS, ORGAN_FIELD_NAMES } from '../../domain/organs/organ.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { forbidden, notFound } from '../http-error.ts';
import { renderPage } from '../layout/document.tsx';
import { failureError, failureStatus } from '../failures.ts';
import { queryParam } from '../middleware/query.ts';
import { formText, readForm } from '../middleware/form.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import {
  emptyOrganValues,
  organValues,
  submittedOrganValues,
  type OrganFormValues,
} from './organs-fields.tsx';
import { EditOrganView, NewOrganView, OrganDetailsView } from './organs-form-view.tsx';
import { OrgansListView } from './organs-list-view.tsx';

const ID = ':id{[1-9][0-9]{0,8}}';

function organIdParam(c: Context<AppEnv>): number {
  return Number(c.req.param('id'));
}

/** A refusal that is not a form problem, as its HTTP error. */
function refusal(failure: Failure): never {
  throw failureError(failure, { what: '机构', forbidden: '您没有管理该机构的权限，未作任何修改。' });
}

type EditExtras = {
  values?: OrganFormValues;
  errors?: FieldErrors;
  moveErrors?: FieldErrors;
  formError?: string | null;
  notice?: string | null;
};

function renderOrgan(
  c: Context<AppEnv>,
  view: OrganView,
  extras: EditExtras = {},
  status: 200 | 409 | 422 = 200,
) {
  const actor = requireActor(c);
  const frame = { actor, csrfToken: c.get('csrfToken') };
  if (!view.canManage) {
    return c.html(
      renderPage(
        <OrganDetailsView {...frame} organ={view.organ} path={view.path} subOrgans={view.subOrgans} />,
      ),
      status,
    );
  }
  const page = (
    <EditOrganView
      {...frame}
      organ={view.organ}
      path={view.path}
      subOrgans={view.subOrgans}
      values={extras.values ?? organValues(view.organ)}
      errors={extras.errors ?? {}}
      moveErrors={extras.moveErrors ?? {}}
      moveTargets={view.moveTargets}
      formError={extras.formError ?? null}
      notice={extras.notice ?? null}
    />
  );
  return c.html(renderPage(page), status);
}

/** What the person typed that differs from what is stored now (shown after a stale submit, so nothing is lost). */
function unsavedText(submitted: OrganFormValues, current: OrganFormValues): string {
  const lines = ORGAN_FIELD_NAMES.filter((k) => submitted[k].trim() !== current[k]).map(
    (k) => `${ORGAN_FIELD_LABELS[k]}：${submitted[k] || '（空）'}`,
  );
  return lines.length === 0 ? '' : `您刚才填写的内容（未保存）—— ${lines.join('；')}`;
}

/** Registers the organ administration routes. */
export function registerOrganRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get('/staff/organs', async (c) => {
    const actor = requireActor(c);
    const view = await listOrganTree(deps, actor);
    const imported = queryParam(c, 'imported');
    const notice =
      imported !== undefined && /^\d{1,4}$/.test(imported)
        ? `导入完成：共新增或更新 ${imported} 个机构。`
        : null;
    return c.html(
      renderPage(
        <OrgansListView
          actor={actor}
          csrfToken={c.get('csrfToken')}
          entries={view.entries}
          canManageAny={view.manageable.length > 0}
          notice={notice}
        />,
      ),
    );
  });

  const renderNew = async (
    c: Context<AppEnv>,
    values: OrganFormValues,
    errors: FieldErrors = {},
    status: 200 | 422 = 200,
  ) => {
    const actor = requireActor(c);
    const parents = await creatableParents(deps, actor);
    if (parents.length === 0) {
      throw forbidden();
    }
    if (values.parentId === '' && parents.length === 1) {
      values = { ...values, parentId: String(parents[0]!.id) };
    }
    return c.html(
      renderPage(
        <NewOrganView
          actor={actor}
          csrfToken={c.get('csrfToken')}
          values={values}
          errors={errors}
          parents={parents}
        />,
      ),
      status,
    );
  };

  app.get('/staff/organs/new', (c) => {
    const parent = queryParam(c, 'parent') ?? '';
    return renderNew(c, emptyOrganValues(/^\d{1,9}$/.test(parent) ? parent : ''));
  });

  app.post('/staff/organs/new', async (c) => {
    const actor = requireActor(c);
    const form = await readForm(c);
    const values = submittedOrganValues((k) => formText(form, k));
    const result = await createOrgan(deps, actor, { parentId: values.parentId, fields: values });
    if (result.ok) {
      return c.redirect(`/staff/organs/${result.organ.id}?created=1`, 303);
    }
    return result.kind === 'invalid'
      ? renderNew(c, values, result.errors, failureStatus(result))
      : refusal(result);
  });

  for (const format of ['xlsx', 'csv'] as const satisfies readonly ExportFormat[]) {
    app.get(`/staff/organs/export.${format}`, async (c) => {
      const result = await exportOrgans(deps, requireActor(c), format);
      if (!result.ok) {
        return refusal(result);
      }
      const { file } = result;
      return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="organs.${format}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      });
    });
  }

  app.get(`/staff/organs/${ID}`, async (c) => {
    const view = await viewOrgan(deps, requireActor(c), organIdParam(c));
    if (!view) {
      throw notFound('机构');
    }
    const notice =
      queryParam(c, 'created') === '1'
        ? '机构已新增。'
        : queryParam(c, 'saved') === '1'
          ? '修改已保存。'
          : queryParam(c, 'moved') === '1'
            ? '上级机构已调整。'
            : null;
    return renderOrgan(c, view, { notice });
  });

  app.post(`/staff/organs/${ID}`, async (c) => {
    const actor = requireActor(c);
    const id = organIdParam(c);
    const form = await readForm(c);
    const values = submittedOrganValues((k) => formText(form, k));
    const result = await updateOrgan(deps, actor, {
      organId: id,
      version: formText(form, 'version'),
      fields: values,
    });
    if (result.ok) {
      return c.redirect(`/staff/organs/${id}?saved=1`, 303);
    }
    if (result.kind === 'forbidden' || result.kind === 'not_found') {
      return refusal(result);
    }
    const view = await viewOrgan(deps, actor, id);
    if (!view) {
      throw notFound('机构');
    }
    if (result.kind === 'stale') {
      // Show what is stored now, and keep what the person typed visible so nothing is lost.
      const unsaved = unsavedText(values, organValues(view.organ));
      return renderOrgan(
        c,
        view,
        { formError: `${STALE_MESSAGE}${unsaved ? ` ${unsaved}` : ''}` },
        failureStatus(result),
      );
    }
    return renderOrgan(c, view, { values, errors: result.errors }, failureStatus(result));
  });

  app.post(`/staff/organs/${ID}/move`, async (c) => {
    const actor = requireActor(c);
    const id = organIdParam(c);
    const form = await readForm(c);
    const result = await moveOrgan(deps, actor, {
      organId: id,
      version: formText(form, 'version'),
      parentId: formText(form, 'parentId'),
    });
    if (result.ok) {
      return c.redirect(`/staff/organs/${id}?moved=1`, 303);
    }
    if (result.kind === 'forbidden' || result.kind === 'not_found') {
      return refusal(result);
    }
    const view = await viewOrgan(deps, actor, id);
    if (!view) {
      throw notFound('机构');
    }
    return result.kind === 'stale'
      ? renderOrgan(c, view, { formError: STALE_MESSAGE }, failureStatus(result))
      : renderOrgan(c, view, { moveErrors: result.errors }, failureStatus(result));
  });
}
