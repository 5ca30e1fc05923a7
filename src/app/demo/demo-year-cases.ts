/**
 * Writes the demo district's past year of applications (demo-year-stories.ts) for the year before
 * the clock's: each case registered on its day and each fact recorded through the case use cases,
 * after the transition table has allowed it on that day (a story the workflow would refuse fails
 * loudly). Facts dated after today are left out (a case carried into this year stays open).
 * Idempotent: marked in `settings` once loaded.
 */
import { findOrganBySlug } from '../../db/queries/organs.ts';
import { findSetting, insertSetting } from '../../db/queries/settings.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import type { CaseEventData } from '../../domain/case/events.ts';
import { CASE_ACTIONS, CASE_TRANSITIONS, refusalOf, type CaseAction } from '../../domain/case/transitions.ts';
import { loadWorkingDayCalendar } from '../calendar/load-calendar.ts';
import { loadApplicantSecret } from '../cases/applicant-secret.ts';
import { loadCaseAsSystem, type LoadedCase } from '../cases/load-case.ts';
import { recordCaseEvent } from '../cases/record-case-event.ts';
import { registerCase } from '../cases/register-case.ts';
import { SYSTEM_ACTOR } from '../organs/organ-writes.ts';
import type { Queryable } from '../../db/db.ts';
import type { WorkingDayCalendar } from '../../domain/calendar/holiday-calendar.ts';
import { YEAR_STORIES, type YearStory } from './demo-year-stories.ts';
import { registerDemoLoader, type DemoLoaderDeps } from './registry.ts';

const MARK = 'demo.cases.year';
const EVERY_ROLE = ['handler', 'reviewer', 'approver'] as const;

const actionOf = (kind: CaseEventData['kind']): CaseAction =>
  CASE_ACTIONS.find((a) => CASE_TRANSITIONS[a].event === kind)!;

async function writeStory(
  tx: Queryable,
  story: YearStory,
  year: number,
  today: LocalDate,
  at: Date,
  calendar: WorkingDayCalendar,
  secret: Awaited<ReturnType<typeof loadApplicantSecret>>,
): Promise<void> {
  const organ = await findOrganBySlug(tx, story.organ);
  if (organ === null) {
    return;
  }
  const received = `${story.carriedIn ? year - 1 : year}-${story.received}` as LocalDate;
  const fields = story.fields;
  const input = { organ, channel: story.channel, receivedOn: received, fields, attachments: [] };
  const result = await registerCase(
    tx,
    { ...input, source: 'staff', actor: SYSTEM_ACTOR },
    today,
    at,
    secret,
  );
  if (!result.ok) {
    throw new Error(`demo case invalid: ${JSON.stringify(result.errors)}`);
  }
  let loaded: LoadedCase | null = await loadCaseAsSystem(tx, result.case.caseId, true);
  const parent = organ.parentId === null ? undefined : loaded?.registry.byId.get(organ.parentId);
  for (const step of story.steps(received, calendar, parent?.name ?? '淄博市人民政府')) {
    if (loaded === null || step.on > today) {
      return;
    }
    const refused = refusalOf(actionOf(step.kind), EVERY_ROLE, loaded.file, step.on);
    if (refused !== null) {
      throw new Error(`demo case ${story.organ} ${received} ${step.kind}: ${refused}`);
    }
    const written = await recordCaseEvent(tx, loaded, step, SYSTEM_ACTOR, at, calendar, 'demo');
    loaded = written ? written.loaded : null;
  }
}

/**
 * Loads the year's cases (skipped when already loaded).
 * @param stories the demo's (default), or some of them (a test's own year)
 * @returns how many cases were written, or null when they were there already
 */
export async function loadDemoYearCases(
  deps: DemoLoaderDeps,
  stories: readonly YearStory[] = YEAR_STORIES,
): Promise<number | null> {
  if ((await findSetting(deps.db, MARK)) !== null) {
    return null;
  }
  const today = deps.clock.today() as LocalDate;
  const year = Number(today.slice(0, 4)) - 1;
  const at = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const calendar = await loadWorkingDayCalendar(tx);
    const secret = await loadApplicantSecret(tx);
    for (const story of stories) {
      await writeStory(tx, story, year, today, at, calendar, secret);
    }
    await insertSetting(tx, MARK, today);
  });
  return stories.length;
}

registerDemoLoader('上年度依申请公开记录', async (deps) => {
  const year = Number(deps.clock.today().slice(0, 4)) - 1;
  const written = await loadDemoYearCases(deps);
  deps.print(
    written === null
      ? `${year}年度依申请公开记录：已存在，跳过`
      : `${year}年度依申请公开记录：已载入 ${written} 件（含上年结转、复议诉讼、收费）`,
  );
});
