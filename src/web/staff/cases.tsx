/**
 * 依申请公开 back office: GET /staff/cases (queues, search), GET/POST /staff/cases/new (登记),
 * GET /staff/cases/:id (case page), POST /staff/cases/:id/act/:action (every step, through the
 * transition table), letters (print page, DOCX) and attachments. Cases the person may not see
 * answer 404 like unknown ids.
 */
import { parsePoolOf } from '../../app/deps.ts';
import type { Context, Hono } from 'hono';
import { intakeCase } from '../../app/cases/intake-case.ts';
import { contentDisposition } from '../../app/report-checks/file-name.ts';
import { readAttachments } from '../../app/cases/read-attachments.ts';
import { listCases } from '../../app/cases/list-cases.ts';
import { parseCaseId } from '../../app/cases/load-case.ts';
import { performCaseAction } from '../../app/cases/perform-case-action.ts';
import { previewReply } from '../../app/cases/preview-reply.ts';
import { viewCase } from '../../app/cases/view-case.ts';
import { loadCaseAttachment, loadCaseLetter } from '../../app/cases/load-case-records.ts';
import { CASE_TRANSITIONS, isCaseAction } from '../../domain/case/transitions.ts';
import { organsWhere } from '../../domain/access/policy.ts';
import { loadOrganRegistry } from '../../app/organs/load-organ-tree.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { notFound } from '../http-error.ts';
import { renderPage } from '../layout/document.tsx';
import { failureError, failureStatus } from '../failures.ts';
import { readUpload, textValues } from '../middleware/form.ts';
import { queryParam, queryParams } from '../middleware/query.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import { draftReplyPath } from './case-draft-letter.tsx';
import { sendLetter, sendLetterDocument } from './case-letters.tsx';
import type { ActionFormState } from './case-action-forms.tsx';
import { CasePageView } from './case-page-view.tsx';
import { CasesListView } from './cases-list-view.tsx';
import { CaseRegisteredView, CasesNewView } from './cases-new-view.tsx';

const ID = ':id{[1-9][0-9]{0,14}}';

function caseIdOf(c: Context<AppEnv>): number {
  const id = parseCaseId(c.req.param('id'));
  if (id === null) {
    throw notFound('案件');
  }
  return id;
}

async function renderCase(
  c: Context<AppEnv>,
  deps: AppDeps,
  caseId: number,
  state: ActionFormState,
  notice: string | null,
  status: 200 | 409 | 422 = 200,
) {
  const actor = requireActor(c);
  const view = await viewCase(deps, actor, caseId);
  if (!view) {
    throw notFound('案件');
  }
  return c.html(
    renderPage(
      <CasePageView actor={actor} csrfToken={c.get('csrfToken')} view={view} state={state} notice={notice} />,
    ),
    status,
  );
}

async function intakeOrgans(deps: AppDeps, c: Context<AppEnv>) {
  const actor = requireActor(c);
  const registry = await loadOrganRegistry(deps.db);
  const ids = new Set(organsWhere(actor, 'work.handle', registry.tree));
  return registry.organs.filter((o) => ids.has(o.id)).map((o) => ({ id: o.id, name: o.name }));
}

function registerCaseAction(app: Hono<AppEnv>, deps: AppDeps): void {
  app.post(`/staff/cases/${ID}/act/:action`, async (c) => {
    const caseId = caseIdOf(c);
    const action = c.req.param('action');
    if (!isCaseAction(action)) {
      throw notFound('操作');
    }
    const body = await readUpload(c);
    const values = textValues(body);
    const version = /^\d{1,9}$/.test(values.version ?? '') ? Number(values.version) : null;
    // the delivery step may carry the released files (公开的政府信息), checked like any upload
    const files = [body.releasedFiles ?? []].flat().filter((f): f is File => f instanceof File);
    const released = files.length > 0 ? await readAttachments(files, parsePoolOf(deps)) : null;
    if (released && !released.ok) {
      const errors = { releasedFiles: `${released.error}（请重新选择文件）` };
      return renderCase(c, deps, caseId, { action, errors, values }, null, 422);
    }
    const result = await performCaseAction(
      deps,
      requireActor(c),
      caseId,
      action,
      values,
      version,
      released?.attachments ?? [],
    );
    if (result.ok) {
      return c.redirect(`/staff/cases/${caseId}?done=${action}`, 303);
    }
    switch (result.kind) {
      case 'not_found':
        throw failureError(result, { what: '案件' });
      case 'invalid':
        return renderCase(
          c,
          deps,
          caseId,
          { action, errors: result.errors, values },
          null,
          failureStatus(result),
        );
      case 'refused':
        return renderCase(
          c,
          deps,
          caseId,
          { action, errors: { _form: result.message }, values },
          null,
          failureStatus(result),
        );
      case 'stale':
        return renderCase(
          c,
          deps,
          caseId,
          { action, errors: { _form: '该案件已被他人办理，页面已刷新，请核对后重试。' }, values },
          null,
          failureStatus(result),
        );
      default: {
        const unreachable: never = result;
        return unreachable;
      }
    }
  });
}

function registerCaseFiles(app: Hono<AppEnv>, deps: AppDeps): void {
  for (const isDocx of [false, true]) {
    app.get(`/staff/cases/${ID}/draft-reply${isDocx ? '.docx' : ''}`, async (c) => {
      const caseId = caseIdOf(c);
      const preview = await previewReply(deps, requireActor(c), caseId);
      if (!preview) {
        throw notFound('答复书草稿');
      }
      return sendLetterDocument(c, preview.letter, {
        fileKey: `draft-reply-${caseId}`,
        caseNumber: preview.caseNumber,
        isDocx,
        backHref: `/staff/cases/${caseId}`,
        docxHref: `${draftReplyPath(caseId)}.docx`,
        isDraft: true,
      });
    });
  }
  app.get(`/staff/cases/${ID}/letters/:letter{[1-9][0-9]{0,14}(\\.docx)?}`, async (c) => {
    const caseId = caseIdOf(c);
    const param = c.req.param('letter');
    const found = await loadCaseLetter(deps, requireActor(c), caseId, Number(param.replace('.docx', '')));
    if (!found) {
      throw notFound('文书');
    }
    return sendLetter(c, found.letter, found.caseNumber, param.endsWith('.docx'));
  });
  app.get(`/staff/cases/${ID}/attachments/:file{[1-9][0-9]{0,14}}`, async (c) => {
    const caseId = caseIdOf(c);
    const file = await loadCaseAttachment(deps, requireActor(c), caseId, Number(c.req.param('file')));
    if (!file) {
      throw notFound('附件');
    }
    c.header('content-type', file.mediaType);
    const dot = file.fileName.lastIndexOf('.');
    const hasExtension = dot > 0 && /^[A-Za-z0-9]{1,8}$/.test(file.fileName.slice(dot + 1));
    const [base, extension] = hasExtension
      ? [file.fileName.slice(0, dot), file.fileName.slice(dot + 1)]
      : [file.fileName, 'bin'];
    c.header('content-disposition', contentDisposition(`attachment-${file.id}`, base, extension));
    c.header('x-content-type-options', 'nosniff');
    c.header('cache-control', 'private, no-store');
    return c.body(new Uint8Array(file.content));
  });
}

/** Mounts the case pages. */
export function registerCaseRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get('/staff/cases', async (c) => {
    const actor = requireActor(c);
    const list = await listCases(deps, actor, queryParams(c));
    return c.html(
      renderPage(
        <CasesListView
          actor={actor}
          csrfToken={c.get('csrfToken')}
          list={list}
          canRegister={list.canRegister}
        />,
      ),
    );
  });
  app.get('/staff/cases/new', async (c) => {
    const organs = await intakeOrgans(deps, c);
    return c.html(
      renderPage(
        <CasesNewView
          actor={requireActor(c)}
          csrfToken={c.get('csrfToken')}
          organs={organs}
          values={{ receivedOn: deps.clock.today() }}
          errors={{}}
        />,
      ),
    );
  });
  app.post('/staff/cases/new', async (c) => {
    const actor = requireActor(c);
    const body = await readUpload(c);
    const values = textValues(body);
    const files = [body.attachments ?? []].flat().filter((f): f is File => f instanceof File);
    const attachments = await readAttachments(files, parsePoolOf(deps));
    if (!attachments.ok) {
      const organs = await intakeOrgans(deps, c);
      return c.html(
        renderPage(
          <CasesNewView
            actor={actor}
            csrfToken={c.get('csrfToken')}
            organs={organs}
            values={values}
            errors={{ attachments: `${attachments.error}（请重新选择附件）` }}
          />,
        ),
        422,
      );
    }
    const result = await intakeCase(deps, actor, values, attachments.attachments);
    if (result.ok) {
      c.header('cache-control', 'no-store');
      return c.html(
        renderPage(
          <CaseRegisteredView
            actor={actor}
            csrfToken={c.get('csrfToken')}
            caseId={result.case.caseId}
            caseNumber={result.case.caseNumber}
            queryCode={result.case.queryCode}
          />,
        ),
        201,
      );
    }
    if (result.kind !== 'invalid') {
      throw notFound('受理机关');
    }
    const organs = await intakeOrgans(deps, c);
    return c.html(
      renderPage(
        <CasesNewView
          actor={actor}
          csrfToken={c.get('csrfToken')}
          organs={organs}
          values={values}
          errors={result.errors}
        />,
      ),
      422,
    );
  });
  app.get(`/staff/cases/${ID}`, async (c) => {
    const done = queryParam(c, 'done');
    const notice = done && isCaseAction(done) ? `已完成：${CASE_TRANSITIONS[done].label}` : null;
    return renderCase(c, deps, caseIdOf(c), null, notice);
  });
  registerCaseAction(app, deps);
  registerCaseFiles(app, deps);
}
