/**
 * The applicant's side of 依申请公开 on the portal: the online application form
 * (`/o/:slug/gk/apply/form`, multipart POST to the same URL), the receipt rendered in the POST's
 * response (no redirect: the query code and personal data stay out of URLs), and the progress
 * lookup (`/track`, POST so the query code is never in a URL). Every page here is per visitor
 * (tokens, values, a case) and sent with `cache-control: no-store`.
 */
import { beijingClockTime } from '../../domain/calendar/beijing-time.ts';
import { parsePoolOf } from '../../app/deps.ts';
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { portalDirectoryFor } from '../../app/portal/directory.ts';
import { workOffice } from '../../app/portal/application-rules.ts';
import { MAX_TOTAL_ATTACHMENT_BYTES } from '../../app/cases/read-attachments.ts';
import {
  newApplicationForm,
  submitApplication,
  SUBMISSION_TOKEN_FIELD,
} from '../../app/cases/submit-application.ts';
import { trackCase, type TrackResult as TrackAnswer } from '../../app/cases/track-case.ts';
import { loadWorkingDayCalendar } from '../../app/calendar/load-calendar.ts';
import { formatWorkingDate } from '../../domain/calendar/day-description.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import type { PortalOrgan } from '../../db/queries/portal.ts';
import type { AppEnv } from '../context.ts';
import { notFound } from '../http-error.ts';
import { renderPage } from '../layout/document.tsx';
import { clientAddress } from '../middleware/client-address.ts';
import { formText, readForm, readUpload } from '../middleware/form.ts';
import { loadFrame, organBase, type Frame } from '../portal/frame.ts';
import { baseCrumbs, PortalPage, type Crumb } from '../portal/portal-layout.tsx';
import type { RouteModule } from '../routes.ts';
import type { SummaryEntry } from './form-fields.tsx';
import { ApplicationForm } from './form-page.tsx';
import {
  applicationFieldsOf,
  ATTACHMENTS_FIELD,
  DECLARATION_FIELD,
  echoValues,
  EMPTY_FORM,
  inputOfError,
  postedApplication,
  type ApplicationFormValues,
} from './form-values.ts';
import { ApplicationReceiptView } from './receipt-page.tsx';
import { registerTrackDownloads } from './track-downloads.tsx';
import { TrackForm, TrackResult } from './track-pages.tsx';

/** The form's path of an organ. */
export const applicationFormPath = (organ: Pick<PortalOrgan, 'slug'>) => `${organBase(organ)}/gk/apply/form`;
/** The progress lookup. */
export const TRACK_PATH = '/track';

const COLUMN_META = {
  columnName: '依申请公开',
  columnType: '依法申请公开',
  columnDescription: '在线提交政府信息公开申请，查询办理进度。',
};

/** Errors in the order of the form (the summary follows the page). */
const ERROR_ORDER = [
  'kind',
  'name',
  'idType',
  'idNumber',
  'creditCode',
  'legalRepresentative',
  'contactPerson',
  'phone',
  'email',
  'address',
  'postcode',
  'items',
  'provisionForm',
  'obtainWay',
  ATTACHMENTS_FIELD,
  DECLARATION_FIELD,
] as const;

function portalPage(
  c: Context<AppEnv>,
  frame: Frame,
  title: string,
  crumbs: Crumb[],
  body: Child,
  status: 200 | 403 | 404 | 410 | 422 | 429 = 200,
) {
  c.header('cache-control', 'no-store');
  return c.html(
    renderPage(
      <PortalPage
        frame={frame}
        nav="apply"
        crumbs={crumbs}
        mainClass="ap-main"
        meta={{ title, ...COLUMN_META }}
      >
        {body}
      </PortalPage>,
    ),
    status,
  );
}

async function organFrame(c: Context<AppEnv>): Promise<{ frame: Frame; organ: PortalOrgan }> {
  const frame = await loadFrame(c, portalDirectoryFor(c.get('deps').db), c.req.param('slug') ?? '');
  if (frame.organ === null) {
    throw notFound('该机关的页面');
  }
  return { frame, organ: frame.organ };
}

const formCrumbs = (frame: Frame, organ: PortalOrgan, last: string): Crumb[] => [
  ...baseCrumbs(frame),
  { label: '依申请公开', href: `${organBase(organ)}/apply` },
  { label: last },
];

type FormState = {
  values: ApplicationFormValues;
  errors: Readonly<Record<string, string>>;
  submissionToken: string;
  hadFiles: boolean;
  hasDeclared: boolean;
};

function formPage(c: Context<AppEnv>, frame: Frame, organ: PortalOrgan, state: FormState, status: 200 | 422) {
  const byInput: Record<string, string> = {};
  const summary: SummaryEntry[] = [];
  for (const key of ERROR_ORDER) {
    const message = state.errors[key];
    if (message !== undefined) {
      const input = inputOfError(key, state.values.kind);
      byInput[input] = message;
      summary.push({ input, message });
    }
  }
  const tokenError = state.errors[SUBMISSION_TOKEN_FIELD];
  if (tokenError !== undefined) {
    byInput[SUBMISSION_TOKEN_FIELD] = tokenError;
  }
  const office = workOffice(organ);
  const body = (
    <ApplicationForm
      organName={organ.name}
      officeName={office.name}
      officePhone={office.phone}
      action={applicationFormPath(organ)}
      trackHref={TRACK_PATH}
      csrfToken={c.get('csrfToken')}
      submissionToken={state.submissionToken}
      values={state.values}
      errors={byInput}
      summary={summary}
      hadFiles={state.hadFiles}
      hasDeclared={state.hasDeclared}
      maxTotalBytes={Math.min(MAX_TOTAL_ATTACHMENT_BYTES, c.get('deps').env.maxUploadBytes)}
    />
  );
  const title = status === 200 ? '政府信息公开申请表' : '政府信息公开申请表（未能提交）';
  return portalPage(c, frame, `${organ.name}${title}`, formCrumbs(frame, organ, '在线申请'), body, status);
}

async function showForm(c: Context<AppEnv>) {
  const { frame, organ } = await organFrame(c);
  const { submissionToken } = await newApplicationForm(c.get('deps'), organ.id);
  return formPage(
    c,
    frame,
    organ,
    { values: EMPTY_FORM, errors: {}, submissionToken, hadFiles: false, hasDeclared: false },
    200,
  );
}

async function submitForm(c: Context<AppEnv>) {
  const { frame, organ } = await organFrame(c);
  const deps = c.get('deps');
  const posted = postedApplication(await readUpload(c));
  const result = await submitApplication(
    { ...deps, parsePool: parsePoolOf(deps) },
    {
      organSlug: organ.slug,
      fields: applicationFieldsOf(posted.values),
      hasDeclared: posted.hasDeclared,
      submissionToken: posted.submissionToken,
      files: posted.files,
      clientAddress: clientAddress(c),
    },
  );
  if (result.ok) {
    const calendar = await loadWorkingDayCalendar(deps.db);
    const body = (
      <ApplicationReceiptView
        dayText={(date) => formatWorkingDate(calendar, date)}
        receipt={result.receipt}
        trackHref={TRACK_PATH}
        formHref={applicationFormPath(organ)}
      />
    );
    return portalPage(
      c,
      frame,
      `${organ.name}政府信息公开申请回执`,
      formCrumbs(frame, organ, '申请回执'),
      body,
    );
  }
  if (result.kind === 'not_found') {
    throw notFound('该机关的页面');
  }
  const submissionToken = result.isTokenValid
    ? posted.submissionToken
    : (await newApplicationForm(deps, organ.id)).submissionToken;
  const hadFiles = posted.files.some((file) => file.size > 0 || file.name !== '');
  return formPage(
    c,
    frame,
    organ,
    {
      values: echoValues(posted.values),
      errors: result.errors,
      submissionToken,
      hadFiles,
      hasDeclared: posted.hasDeclared,
    },
    422,
  );
}

function trackMessage(answer: Exclude<TrackAnswer, { ok: true }>): { message: string; status: 422 | 429 } {
  switch (answer.reason) {
    case 'incomplete':
      return { message: '请填写案件编号和查询码。', status: 422 };
    case 'notFound':
      return { message: '案件编号或查询码不正确，请核对申请回执后重新输入。', status: 422 };
    case 'locked':
      return {
        message: `查询失败次数过多，请于 ${beijingClockTime(answer.retryAt)}（北京时间）后再试。`,
        status: 429,
      };
    default: {
      const unexpected: never = answer;
      return unexpected;
    }
  }
}

/** A page of the progress lookup (the portal frame of the visitor's organ, if any). */
export async function trackPage(
  c: Context<AppEnv>,
  render: (frame: Frame) => Child,
  status: 200 | 403 | 404 | 410 | 422 | 429 = 200,
) {
  const frame = await loadFrame(c, portalDirectoryFor(c.get('deps').db), null);
  const crumbs: Crumb[] = [
    { label: '首页', href: '/' },
    ...(frame.organ ? [{ label: '依申请公开', href: `${organBase(frame.organ)}/apply` }] : []),
    { label: '办理进度查询' },
  ];
  return portalPage(c, frame, '依申请公开办理进度查询', crumbs, render(frame), status);
}

async function track(c: Context<AppEnv>) {
  const form = await readForm(c);
  const caseNumber = formText(form, 'caseNumber').slice(0, 200);
  const answer = await trackCase(c.get('deps'), {
    caseNumber,
    queryCode: formText(form, 'queryCode').slice(0, 200),
    clientAddress: clientAddress(c),
  });
  if (answer.ok) {
    const calendar = await loadWorkingDayCalendar(c.get('deps').db);
    const dayText = (date: LocalDate) => formatWorkingDate(calendar, date);
    return trackPage(c, () => <TrackResult case={answer.case} againHref={TRACK_PATH} dayText={dayText} />);
  }
  const { message, status } = trackMessage(answer);
  return trackPage(
    c,
    () => (
      <TrackForm
        action={TRACK_PATH}
        csrfToken={c.get('csrfToken')}
        caseNumber={caseNumber.slice(0, 60)}
        error={message}
      />
    ),
    status,
  );
}

/** Registers the form, its receipt and the progress lookup. */
export const registerApplicationRoutes: RouteModule = (app) => {
  app.get('/o/:slug/gk/apply/form', showForm);
  app.post('/o/:slug/gk/apply/form', submitForm);
  app.get(TRACK_PATH, (c) =>
    trackPage(c, () => <TrackForm action={TRACK_PATH} csrfToken={c.get('csrfToken')} caseNumber="" />),
  );
  app.post(TRACK_PATH, track);
  registerTrackDownloads(app, trackPage);
};
