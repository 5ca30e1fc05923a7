/**
 * 表二数据填报 (issue 12): GET/POST /staff/statistics/figures?organ=…&year=… — the form of one organ
 * and year for table 二's entered figures. Every rule is in the use case (app/annual-report/
 * enter-figures.ts): who may, the year, the figures, the stale check, the audit record.
 */
import type { Context, Hono } from 'hono';
import { enterFigures, figuresPage, type FiguresPage } from '../../app/annual-report/enter-figures.ts';
import type { FieldErrors } from '../../app/failures.ts';
import { ENTERED_FIGURE_FIELDS } from '../../domain/annual-report/entered-figures.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { failureError, failureStatus } from '../failures.ts';
import { renderPage } from '../layout/document.tsx';
import { formText, postedVersion, readForm } from '../middleware/form.ts';
import { idFrom, queryParam, queryParams } from '../middleware/query.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import {
  ReportFiguresView,
  valuesOf,
  type FiguresFormValues,
  type ReportFiguresProps,
} from './report-figures-view.tsx';

async function show(
  c: Context<AppEnv>,
  deps: AppDeps,
  query: { organ?: string; year?: string },
  override: { values?: FiguresFormValues; errors?: FieldErrors; notice?: ReportFiguresProps['notice'] },
  status: 200 | 409 | 422,
): Promise<Response> {
  const actor = requireActor(c);
  const page: Awaited<ReturnType<typeof figuresPage>> = await figuresPage(deps, actor, query);
  if (!page.ok) {
    throw failureError(page);
  }
  const { form, organs, year }: FiguresPage = page;
  return c.html(
    renderPage(
      <ReportFiguresView
        actor={actor}
        csrfToken={c.get('csrfToken')}
        organs={organs}
        organ={form?.organ ?? null}
        year={form?.year ?? year}
        stored={form?.stored ?? null}
        values={override.values ?? valuesOf(form?.stored ?? null)}
        errors={override.errors ?? {}}
        notice={override.notice ?? null}
      />,
    ),
    status,
  );
}

/** Mounts the form. */
export function registerReportFiguresRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get('/staff/statistics/figures', (c) =>
    show(
      c,
      deps,
      queryParams(c),
      queryParam(c, 'saved') === '1' ? { notice: { kind: 'success', text: '已保存，并记入审计日志。' } } : {},
      200,
    ),
  );
  app.post('/staff/statistics/figures', async (c) => {
    const form = await readForm(c);
    const values: FiguresFormValues = {};
    for (const field of ENTERED_FIGURE_FIELDS) {
      values[field] = formText(form, field);
    }
    const organ = formText(form, 'organ');
    const year = formText(form, 'year');
    const result = await enterFigures(deps, requireActor(c), {
      organId: idFrom(organ),
      year: /^\d{4}$/.test(year) ? Number(year) : 0,
      version: postedVersion(form),
      form: values,
    });
    const query = { organ, year };
    if (result.ok) {
      return c.redirect(`/staff/statistics/figures?organ=${idFrom(organ)}&year=${year}&saved=1`, 303);
    }
    switch (result.kind) {
      case 'invalid':
        return show(c, deps, query, { values, errors: result.errors }, failureStatus(result));
      case 'stale':
        return show(
          c,
          deps,
          query,
          {
            notice: {
              kind: 'warning',
              text: '这些数据在您打开表单之后已被他人修改，您的修改没有保存。下面是现在的数据，请核对后重新填写。',
            },
          },
          failureStatus(result),
        );
      case 'forbidden':
      case 'not_found':
        throw failureError(result, { what: '机关' });
    }
  });
}
