/**
 * Demo 政府公报: the demo district government (博山区) prints two issues of its published items —
 * one per year, numbered by the quarter of the last item (「全年编印公报4期」) — through the real use
 * cases (新建, 目录, 出版 by its 领导, PDF included). Runs after the 主动公开 demo items; idempotent
 * through its mark in `settings`.
 */
import { beijingDate } from '../../domain/calendar/beijing-time.ts';
import { findOrganBySlug } from '../../db/queries/organs.ts';
import { listGazetteCandidates } from '../../db/queries/publishing/gazette.ts';
import { findSetting, insertSetting } from '../../db/queries/settings.ts';
import { GAZETTE_KINDS } from '../../domain/publishing/gazette.ts';
import type { AppDeps } from '../deps.ts';
import { createGazetteIssue, saveGazetteIssue } from '../publishing/gazette-issues.ts';
import { publishGazetteIssue } from '../publishing/publish-gazette-issue.ts';
import { demoPeopleOf } from './demo-people.ts';
import { withDemoApp } from './demo-app.ts';
import { registerDemoLoader, type DemoLoaderDeps } from './registry.ts';

const ORGAN_SLUG = 'boshan';
const MARK = 'demo.gazette.boshan';

/** The last day of the quarter of `day` (出版日期), not after `today`. */
function quarterEnd(day: string, today: string): string {
  const month = Math.ceil(Number(day.slice(5, 7)) / 3) * 3;
  const end = `${day.slice(0, 4)}-${String(month).padStart(2, '0')}-${month === 6 || month === 9 ? 30 : 31}`;
  return end > today ? today : end;
}

async function printIssues(app: AppDeps): Promise<number> {
  const organ = await findOrganBySlug(app.db, ORGAN_SLUG);
  if (organ === null) {
    return 0;
  }
  const people = await demoPeopleOf(app, organ);
  const items = (await listGazetteCandidates(app.db, organ.id, GAZETTE_KINDS, '')).filter(
    (i) => i.publishedAt !== null,
  );
  const years = new Map<string, typeof items>();
  for (const item of items) {
    const year = beijingDate(item.publishedAt!).slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), item]);
  }
  let printed = 0;
  for (const [year, group] of [...years].sort().slice(-2)) {
    const last = group
      .map((i) => beijingDate(i.publishedAt!))
      .sort()
      .at(-1)!;
    const fields = {
      year,
      number: String(Math.ceil(Number(last.slice(5, 7)) / 3)),
      publishedOn: quarterEnd(last, app.clock.today()),
    };
    const created = await createGazetteIssue(app, people.drafter, organ.id, fields);
    if (!created.ok) {
      continue; // already there (an earlier run stopped before its mark)
    }
    const id = created.issueId;
    const saved = await saveGazetteIssue(app, people.drafter, id, 1, {
      form: fields,
      items: group.map((i) => String(i.id)),
      orders: new Map(),
      resort: true,
    });
    const published = saved.ok ? await publishGazetteIssue(app, people.approver, id, 2) : saved;
    if (!published.ok) {
      throw new Error(`demo gazette ${year}: ${JSON.stringify(published)}`);
    }
    printed += 1;
  }
  return printed;
}

async function loadDemoGazette(deps: DemoLoaderDeps): Promise<void> {
  if ((await findSetting(deps.db, MARK)) !== null) {
    deps.print('政府公报演示期次：已存在，跳过');
    return;
  }
  const printed = await withDemoApp(deps, printIssues);
  if (printed > 0) {
    await insertSetting(deps.db, MARK, deps.clock.today());
    deps.print(`政府公报演示期次：已出版 ${printed} 期（${ORGAN_SLUG}）`);
  }
}

registerDemoLoader('政府公报演示期次', loadDemoGazette);
