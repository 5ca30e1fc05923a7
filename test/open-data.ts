/**
 * A small published world for the open data and feed tests: the test organs, two annual reports,
 * and published items (a 规范性文件 with an attachment and its 解读, a hostile title, a withdrawn
 * notice) published through the real use cases.
 */
import type { AppDeps } from '../src/app/deps.ts';
import { REPORT_2023, REPORT_2024 } from '../src/app/demo/annual-reports.ts';
import { addItemFile } from '../src/app/publishing/item-files.ts';
import { performItemAction } from '../src/app/publishing/perform-item-action.ts';
import { createItem } from '../src/app/publishing/save-item.ts';
import { upsertAnnualReport } from '../src/db/queries/annual-reports.ts';
import { findItem } from '../src/db/queries/publishing/items.ts';
import type { Actor } from '../src/domain/access/roles.ts';
import type { ItemAction } from '../src/domain/publishing/transitions.ts';
import type { TestOrganIds } from './portal.ts';
import { docxWith, peopleOf, submission } from './publishing.ts';

const CHECKLIST = { check_secrecy: 'yes', check_disclosure: 'yes', check_accuracy: 'yes' };

/** A title no page, feed or CSV may let through as markup or a formula. */
export const HOSTILE_TITLE = '=HYPERLINK("x")<script>alert(1)</script>&"公告"';

/** The ids of the published world. */
export type OpenDataWorld = { docId: number; interpId: number; hostileId: number; withdrawnId: number };

/**
 * Publishes the world on `deps.db` (organs already inserted).
 * @example const world = await publishOpenDataWorld(deps, ids)
 */
export async function publishOpenDataWorld(deps: AppDeps, ids: TestOrganIds): Promise<OpenDataWorld> {
  const db = deps.db;
  const now = new Date('2026-01-01T00:00:00Z');
  await upsertAnnualReport(db, {
    organId: ids.root,
    year: 2024,
    report: REPORT_2024,
    publishedOn: '2025-02-17',
    now,
  });
  await upsertAnnualReport(db, {
    organId: ids.root,
    year: 2023,
    report: REPORT_2023,
    publishedOn: '2024-01-26',
    now,
  });
  const people = peopleOf(ids.root);
  const version = async (id: number) => (await findItem(db, id))!.version;
  const create = async (fields: Record<string, string>, extra: Parameters<typeof submission>[1] = {}) => {
    const made = await createItem(deps, people.drafter, ids.root, submission(fields, extra));
    if (!made.ok) {
      throw new Error(`test item not created: ${JSON.stringify(made)}`);
    }
    return made.itemId;
  };
  const step = async (who: Actor, id: number, action: ItemAction, form: Record<string, string>) => {
    const done = await performItemAction(deps, who, id, await version(id), action, form);
    if (!done.ok) {
      throw new Error(`test item ${id} not done at ${action}: ${JSON.stringify(done)}`);
    }
  };
  const docId = await create({
    kind: 'normative',
    title: '博山区城市绿化管理办法',
    docNumber: '博政发〔2026〕3号',
    keywords: '绿化',
    summary: '规范城市绿化管理',
  });
  await addItemFile(deps, people.drafter, docId, await version(docId), {
    name: '附件1.docx',
    bytes: await docxWith(['绿化名录']),
  });
  const interpId = await create(
    {
      kind: 'interpretation',
      title: '《博山区城市绿化管理办法》图解',
      genre: '解读',
      interpretationForm: 'graphic',
    },
    { documents: [String(docId)] },
  );
  const hostileId = await create({ kind: 'notice', title: HOSTILE_TITLE });
  const withdrawnId = await create({ kind: 'notice', title: '关于停水的通知' });
  for (const id of [docId, interpId, hostileId, withdrawnId]) {
    await step(people.drafter, id, 'submitForReview', {});
    await step(people.reviewer, id, 'approveReview', CHECKLIST);
  }
  // the document is signed with its 解读 (三同步)
  for (const id of [docId, hostileId, withdrawnId]) {
    await step(people.approver, id, 'sign', {});
  }
  await step(people.approver, withdrawnId, 'withdraw', { reason: '停水已结束' });
  return { docId, interpId, hostileId, withdrawnId };
}
