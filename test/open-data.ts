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
import type { Queryable } from '../src/db/db.ts';
import type { LocalDate } from '../src/domain/calendar/local-date.ts';
import { upsertAnnualReport } from '../src/db/queries/annual-reports.ts';
import { upsertPublicReply } from '../src/db/queries/public-replies.ts';
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

/** A title a reply feed must carry as text, never as markup. */
export const HOSTILE_REPLY_SUMMARY = '<b>学校</b>食堂&“招标”文件';

/**
 * A closed case of `organId` with its 答复书 and the reply made public, as 「公开此答复」 stores it
 * (the rows only: the use case and its masking are tested over HTTP in case-public-reply.e2e).
 * @returns the public reply's id
 * @example const replyId = await insertPublicReplyRows(db, ids.root, 1)
 */
export async function insertPublicReplyRows(db: Queryable, organId: number, n: number): Promise<number> {
  const [made] = await db.query<{ id: number }>(
    `INSERT INTO cases (organ_id, case_number, query_code_hash, status, channel, received_on, period_version,
       applicant_kind, applicant, applicant_key, applicant_name_masked, items, summary, source, decision,
       closed_on, created_at, updated_at)
     VALUES ($1, $2, $3, 'closed', 'online', '2026-03-02', '2019', 'person', '{}', $3, '张*', '[]', $4, 'staff',
       'granted', '2026-03-20', '2026-03-02T01:00:00Z', '2026-03-20T01:00:00Z')
     RETURNING id::int AS id`,
    [organId, `博政公开〔2026〕${n}号`, `test-reply-${n}`, HOSTILE_REPLY_SUMMARY],
  );
  const [letter] = await db.query<{ id: number }>(
    `INSERT INTO case_letters (case_id, kind, template_id, template_version, letter, issued_on, created_at)
     VALUES ($1, 'reply', 'disclose', '1', '{}', '2026-03-20', '2026-03-20T01:00:00Z') RETURNING id::int AS id`,
    [made!.id],
  );
  return upsertPublicReply(db, {
    caseId: made!.id,
    letterId: letter!.id,
    organId,
    caseNumber: `博政公开〔2026〕${n}号-答复`,
    requestSummary: HOSTILE_REPLY_SUMMARY,
    decision: 'granted',
    receivedOn: '2026-03-02' as LocalDate,
    repliedOn: '2026-03-20' as LocalDate,
    replyText: '经查，你申请的信息属于公开范围，现予以公开。',
    publishedAt: new Date(`2026-04-0${n}T02:00:00Z`),
    publishedBy: 1,
  });
}
