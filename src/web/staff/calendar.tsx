/**
 * 工作日历: GET /staff/calendar (everyone with a staff role), POST /staff/calendar/preview
 * (multipart: typed lines or a .txt/.json file → preview, nothing stored), POST /staff/calendar
 * (save the previewed year with the version the preview saw). Only an administrator of a root
 * organ may preview or save; the use cases decide that on the server (403 otherwise).
 */
import type { Context } from 'hono';
import { calendarEditorOrgan, calendarOverview } from '../../app/calendar/calendar-years.ts';
import {
  previewCalendarYear,
  saveCalendarYear,
  type CalendarFailure,
  type CalendarYearInput,
} from '../../app/calendar/enter-calendar-year.ts';
import type { AppEnv } from '../context.ts';
import { renderPage } from '../layout/document.tsx';
import { failureError, failureStatus } from '../failures.ts';
import { readUpload } from '../middleware/form.ts';
import { queryParam } from '../middleware/query.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import type { RouteModule } from '../routes.ts';
import { CalendarPreviewView } from './calendar-preview-view.tsx';
import { CalendarView, EMPTY_CALENDAR_FORM, type CalendarFormValues } from './calendar-view.tsx';

const STALE_MESSAGE = '该年度的放假安排在您预览之后已被他人修改，没有保存。请核对下面的内容后重新预览。';

async function renderCalendar(
  c: Context<AppEnv>,
  options: {
    values?: CalendarFormValues;
    errors?: readonly string[];
    notice?: string | null;
    status?: 200 | 409 | 422;
  } = {},
) {
  const actor = requireActor(c);
  const { db } = c.get('deps');
  const [overview, editorOrgan] = await Promise.all([calendarOverview(db), calendarEditorOrgan(db, actor)]);
  const page = (
    <CalendarView
      actor={actor}
      csrfToken={c.get('csrfToken')}
      overview={overview}
      canEdit={editorOrgan !== null}
      values={options.values ?? EMPTY_CALENDAR_FORM}
      errors={options.errors ?? []}
      notice={options.notice ?? null}
    />
  );
  return c.html(renderPage(page), options.status ?? 200);
}

const first = (value: unknown): unknown => (Array.isArray(value) ? (value as unknown[])[0] : value);
const textOf = (body: Record<string, unknown>, key: string): string => {
  const value = first(body[key]);
  return typeof value === 'string' ? value.slice(0, 20_000) : '';
};

/** The submitted form as the use cases read it (the file only when one was chosen). */
async function readCalendarForm(
  c: Context<AppEnv>,
): Promise<{ input: CalendarYearInput; values: CalendarFormValues; expectedVersion: number | null }> {
  const body: Record<string, unknown> = await readUpload(c);
  const values: CalendarFormValues = {
    year: textOf(body, 'year'),
    notice: textOf(body, 'notice'),
    source: textOf(body, 'source'),
    days: textOf(body, 'days'),
  };
  const file = first(body.file);
  const hasFile = file instanceof File && (file.size > 0 || file.name !== '');
  const input: CalendarYearInput = {
    ...values,
    file: hasFile ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null,
  };
  const version = textOf(body, 'expectedVersion');
  return { input, values, expectedVersion: /^\d{1,9}$/.test(version) ? Number(version) : null };
}

function refusal(c: Context<AppEnv>, failure: CalendarFailure, values: CalendarFormValues) {
  switch (failure.kind) {
    case 'forbidden':
      throw failureError(failure);
    case 'invalid':
      return renderCalendar(c, {
        values,
        errors: Object.values(failure.errors),
        status: failureStatus(failure),
      });
    case 'stale':
      return renderCalendar(c, { values, errors: [STALE_MESSAGE], status: failureStatus(failure) });
  }
}

/** Registers the 工作日历 routes (behind the staff guard). */
export const registerCalendarRoutes: RouteModule = (app, deps) => {
  app.get('/staff/calendar', (c) => {
    const saved = queryParam(c, 'saved');
    const notice =
      saved !== undefined && /^\d{4}$/.test(saved)
        ? `${saved} 年度的放假安排已保存，期限计算即时生效。`
        : null;
    return renderCalendar(c, { notice });
  });

  app.post('/staff/calendar/preview', async (c) => {
    const actor = requireActor(c);
    const { input, values } = await readCalendarForm(c);
    const result = await previewCalendarYear(deps, actor, input);
    if (!result.ok) {
      return refusal(c, result, values);
    }
    const page = (
      <CalendarPreviewView
        actor={actor}
        csrfToken={c.get('csrfToken')}
        arrangement={result.arrangement}
        change={result.change}
        values={values}
      />
    );
    return c.html(renderPage(page));
  });

  app.post('/staff/calendar', async (c) => {
    const actor = requireActor(c);
    const { input, values, expectedVersion } = await readCalendarForm(c);
    if (expectedVersion === null) {
      return renderCalendar(c, { values, errors: ['请先预览，再确认保存。'], status: 422 });
    }
    const result = await saveCalendarYear(deps, actor, { ...input, file: null }, expectedVersion);
    if (!result.ok) {
      return refusal(c, result, values);
    }
    return c.redirect(`/staff/calendar?saved=${result.arrangement.year}`, 303);
  });
};
