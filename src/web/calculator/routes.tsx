/**
 * 期限计算器 (public): GET /calculator and, in an organ's 政府信息公开 column,
 * GET /o/:slug/gk/calculator. A GET form (no JavaScript, no cookie needed); with a `received`
 * parameter the page also shows the computed deadline. Bad input answers 422 with the form and
 * Chinese messages. The calendar is the official data plus the administrators' entries.
 */
import type { Context } from 'hono';
import { loadWorkingDayCalendar } from '../../app/calendar/load-calendar.ts';
import { portalDirectoryFor } from '../../app/portal/directory.ts';
import { formatWorkingDate } from '../../domain/calendar/day-description.ts';
import { parseLocalDate } from '../../domain/calendar/local-date.ts';
import { DeadlineInputError } from '../../domain/deadlines/deadline-errors.ts';
import { DEADLINE_SETTINGS } from '../../domain/deadlines/deadline-settings.ts';
import { computeDueDate } from '../../domain/deadlines/due-date.ts';
import { correctionNoticeDue } from '../../domain/deadlines/side-deadlines.ts';
import { periodVersionFor } from '../../domain/deadlines/statutory-periods.ts';
import { deriveTimeliness } from '../../domain/deadlines/timeliness.ts';
import type { AppEnv } from '../context.ts';
import { renderPage } from '../layout/document.tsx';
import { queryParams } from '../middleware/query.ts';
import { organBase, loadFrame, type Frame } from '../portal/frame.ts';
import { baseCrumbs, PortalPage } from '../portal/portal-layout.tsx';
import type { RouteModule } from '../routes.ts';
import { CalculatorForm } from './calculator-form.tsx';
import {
  factsFromValues,
  placeDeadlineError,
  readCalculatorQuery,
  type CalculatorErrors,
  type CalculatorValues,
} from './calculator-input.ts';
import { CalculatorResult, type CalculatorResultProps } from './calculator-result.tsx';

const META = {
  title: '答复期限计算器',
  columnName: '期限计算器',
  columnType: '办事服务',
  columnDescription:
    '按《中华人民共和国政府信息公开条例》和国务院办公厅公布的放假安排，计算依申请公开的答复期限，并逐步说明依据。',
  columnKeywords: '政府信息公开,依申请公开,答复期限,工作日,期限计算器',
};

type Outcome = {
  status: 200 | 422;
  values: CalculatorValues;
  errors: CalculatorErrors;
  result: CalculatorResultProps | null;
};

async function calculate(c: Context<AppEnv>): Promise<Outcome> {
  const { values, isSubmitted } = readCalculatorQuery(queryParams(c));
  if (!isSubmitted) {
    return { status: 200, values, errors: {}, result: null };
  }
  const read = factsFromValues(values);
  if ('errors' in read) {
    return { status: 422, values, errors: read.errors, result: null };
  }
  const { db, clock } = c.get('deps');
  const calendar = await loadWorkingDayCalendar(db);
  try {
    const result = computeDueDate(read.facts, calendar, DEADLINE_SETTINGS);
    const today = parseLocalDate(clock.today()) ?? read.facts.received;
    const correctionNoticeBy =
      read.facts.correctionReceived === null
        ? (correctionNoticeDue(read.facts.received, calendar, periodVersionFor(read.facts.received))?.date ??
          null)
        : null;
    return {
      status: 200,
      values,
      errors: {},
      result: {
        result,
        today,
        timeliness: deriveTimeliness(result.due, today, calendar),
        correctionNoticeBy,
        dayText: (date) => formatWorkingDate(calendar, date),
      },
    };
  } catch (error) {
    if (error instanceof DeadlineInputError) {
      const { field, message } = placeDeadlineError(error, read.pauseRows);
      return { status: 422, values, errors: { [field]: message }, result: null };
    }
    throw error;
  }
}

function CalculatorPage(props: { frame: Frame; action: string; outcome: Outcome; isOrganColumn: boolean }) {
  const { frame, outcome } = props;
  const crumbs =
    props.isOrganColumn && frame.organ !== null
      ? [
          ...baseCrumbs(frame),
          { label: '政府信息公开', href: `${organBase(frame.organ)}/gk` },
          { label: '答复期限计算器' },
        ]
      : [...baseCrumbs(frame), { label: '答复期限计算器' }];
  return (
    <PortalPage
      frame={frame}
      nav={props.isOrganColumn ? 'gk' : 'none'}
      crumbs={crumbs}
      mainClass="pt-article"
      meta={META}
    >
      <h1>答复期限计算器</h1>
      <p class="pt-lead">
        依申请公开的答复期限按工作日计算：周一至周五，除去国务院办公厅公布的放假日期，加上调休上班的周末。收到申请的当日不计入，期限的最后一天总是工作日。计算结果仅供参考，以行政机关的书面答复为准。
      </p>
      {outcome.result === null ? null : <CalculatorResult {...outcome.result} />}
      <CalculatorForm action={props.action} values={outcome.values} errors={outcome.errors} />
    </PortalPage>
  );
}

async function respond(c: Context<AppEnv>, slug: string | null) {
  const frame = await loadFrame(c, portalDirectoryFor(c.get('deps').db), slug);
  const outcome = await calculate(c);
  const action = slug === null ? '/calculator' : `${organBase(frame.organ)}/gk/calculator`;
  c.header('cache-control', 'no-store');
  return c.html(
    renderPage(
      <CalculatorPage frame={frame} action={action} outcome={outcome} isOrganColumn={slug !== null} />,
    ),
    outcome.status,
  );
}

/** Registers the public 期限计算器. */
export const registerCalculatorRoutes: RouteModule = (app) => {
  app.get('/calculator', (c) => respond(c, null));
  app.get('/o/:slug/gk/calculator', (c) => respond(c, c.req.param('slug')));
};
