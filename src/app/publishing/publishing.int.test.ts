import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { movableClock, insertTestTree, type TestTree } from '../../../test/staff.ts';
import { docxWith, peopleOf, submission } from '../../../test/publishing.ts';
import { findItem } from '../../db/queries/publishing/items.ts';
import { residentIdCheckCharacter } from '../../domain/applicant/id-number.ts';
import { createLogger } from '../logger.ts';
import type { AppDeps } from '../deps.ts';
import { testEnv } from '../../../test/portal.ts';
import { addItemFile } from './item-files.ts';
import { maskItem } from './mask-item.ts';
import { performItemAction } from './perform-item-action.ts';
import { publishDueItems } from './publish-due-items.ts';
import { reviseItem } from './revise-item.ts';
import { createItem } from './save-item.ts';

const ID = `37030419800101123${residentIdCheckCharacter('37030419800101123')}`;
const CHECKLIST = { check_secrecy: 'yes', check_disclosure: 'yes', check_accuracy: 'yes' };

for (const backend of await backends()) {
  describe(`主动公开 workflow (${backend.name})`, () => {
    let t: TestDb;
    let tree: TestTree;
    let deps: AppDeps;
    const clock = movableClock('2026-12-01T02:00:00Z');
    let people: ReturnType<typeof peopleOf>;

    beforeAll(async () => {
      t = await backend.open();
      tree = await insertTestTree(t.db);
      await t.db.query(`UPDATE organs SET credit_code = '11370304004200345X' WHERE id = $1`, [
        tree.education,
      ]);
      deps = { db: t.db, clock, env: testEnv(), logger: createLogger('silent') };
      people = peopleOf(tree.education);
    });
    afterAll(async () => {
      await deps.parsePool?.close();
      await t.dispose();
    });

    const version = async (id: number) => (await findItem(t.db, id))!.version;
    const act = async (
      who: keyof ReturnType<typeof peopleOf>,
      id: number,
      action: Parameters<typeof performItemAction>[4],
      form = {},
    ) => performItemAction(deps, people[who], id, await version(id), action, form);

    it('walks a 规范性文件 and its 解读 through 三审, publishing both in one 签发 with 索引号', async () => {
      const doc = await createItem(
        deps,
        people.drafter,
        tree.education,
        submission({ kind: 'normative', title: '甲区学生资助管理办法', docNumber: '甲教发[2026]7号' }),
      );
      expect(doc.ok).toBe(true);
      const docId = doc.ok ? doc.itemId : 0;
      expect(await act('drafter', docId, 'submitForReview')).toMatchObject({
        ok: false,
        kind: 'refused',
        message: expect.stringContaining('三同步'),
      });

      const interp = await createItem(
        deps,
        people.drafter,
        tree.education,
        submission(
          {
            kind: 'interpretation',
            title: '《甲区学生资助管理办法》政策解读',
            genre: '解读',
            interpretationForm: 'text',
          },
          { documents: [String(docId)] },
        ),
      );
      const interpId = interp.ok ? interp.itemId : 0;
      for (const id of [docId, interpId]) {
        expect(await act('drafter', id, 'submitForReview')).toMatchObject({ ok: true });
        expect(await act('reviewer', id, 'approveReview', { check_secrecy: 'yes' })).toMatchObject({
          ok: false,
          kind: 'invalid',
        });
        expect(await act('reviewer', id, 'approveReview', CHECKLIST)).toMatchObject({ ok: true });
      }
      expect(await act('reviewer', docId, 'sign')).toMatchObject({ ok: false, kind: 'refused' });
      expect(await act('approver', docId, 'sign')).toMatchObject({ ok: true });
      const [published, interpretation] = [(await findItem(t.db, docId))!, (await findItem(t.db, interpId))!];
      expect(published).toMatchObject({
        status: 'published',
        docNumber: '甲教发〔2026〕7号',
        indexNumber: '11370304004200345X/2026-00001',
      });
      expect(interpretation).toMatchObject({
        status: 'published',
        indexNumber: '11370304004200345X/2026-00002',
      });
    });

    it('refuses the drafter signing their own item unless the organ allows it', async () => {
      const r = await createItem(
        deps,
        people.drafterApprover,
        tree.education,
        submission({ kind: 'notice', title: '关于开展资助政策宣传的通知' }),
      );
      const id = r.ok ? r.itemId : 0;
      await act('drafterApprover', id, 'submitForReview');
      await act('reviewer', id, 'approveReview', CHECKLIST);
      expect(await act('drafterApprover', id, 'sign')).toMatchObject({
        ok: false,
        message: expect.stringContaining('起草人'),
      });
      await t.db.query(
        `INSERT INTO publishing_settings (organ_id, index_pattern, drafter_may_sign, interpretation_required, updated_at, updated_by) VALUES ($1, '{机构代码}/{年}-{序号:5}', true, true, now(), '测试')`,
        [tree.education],
      );
      expect(await act('drafterApprover', id, 'sign')).toMatchObject({ ok: true });
      expect((await findItem(t.db, id))!.signedByDrafter).toBe(true);
    });

    it('blocks an ID number in a Word attachment until it is masked', async () => {
      const r = await createItem(
        deps,
        people.drafter,
        tree.education,
        submission({ kind: 'notice', title: '2026年资助对象公示' }),
      );
      const id = r.ok ? r.itemId : 0;
      const added = await addItemFile(deps, people.drafter, id, await version(id), {
        name: '名单.docx',
        bytes: await docxWith([`张三 ${ID} 一等`]),
      });
      expect(added).toMatchObject({ ok: true });
      const refused = await act('drafter', id, 'submitForReview');
      expect(refused).toMatchObject({
        ok: false,
        kind: 'refused',
        message: expect.stringContaining('身份证号码'),
      });
      expect(await maskItem(deps, people.drafter, id, await version(id))).toMatchObject({
        ok: true,
        unmaskable: [],
      });
      expect(await act('drafter', id, 'submitForReview')).toMatchObject({ ok: true });
      expect(
        await addItemFile(deps, people.drafter, id, await version(id), {
          name: 'x.docx',
          bytes: new Uint8Array([80, 75, 3, 4, 0]),
        }),
      ).toMatchObject({
        ok: false,
      });
    });

    it('publishes a 定时发布 exactly once at its time', async () => {
      const r = await createItem(
        deps,
        people.drafter,
        tree.education,
        submission({ kind: 'notice', title: '关于寒假安排的通知' }),
      );
      const id = r.ok ? r.itemId : 0;
      await act('drafter', id, 'submitForReview');
      await act('reviewer', id, 'approveReview', CHECKLIST);
      expect(await act('approver', id, 'sign', { publishAt: '2026-12-01 09:00' })).toMatchObject({
        ok: false,
        kind: 'invalid',
      });
      expect(await act('approver', id, 'sign', { publishAt: '2026-12-02 09:00' })).toMatchObject({
        ok: true,
      });
      expect((await findItem(t.db, id))!.status).toBe('scheduled');
      expect(await publishDueItems(deps)).toBe(0);
      clock.set('2026-12-02T01:00:01Z');
      const runs = await Promise.all([publishDueItems(deps), publishDueItems(deps), publishDueItems(deps)]);
      expect(runs.reduce((a, b) => a + b, 0)).toBe(1);
      expect((await findItem(t.db, id))!).toMatchObject({
        status: 'published',
        publishedAt: new Date('2026-12-02T01:00:00Z'),
      });
      expect(await publishDueItems(deps)).toBe(0);
    });

    it('withdraws only with a reason, refuses stale versions, revises with a note and keeps the 索引号', async () => {
      const r = await createItem(
        deps,
        people.drafter,
        tree.education,
        submission({ kind: 'notice', title: '关于调整办公时间的通知' }),
      );
      const id = r.ok ? r.itemId : 0;
      await act('drafter', id, 'submitForReview');
      expect(await performItemAction(deps, people.reviewer, id, 1, 'approveReview', CHECKLIST)).toMatchObject(
        { kind: 'stale' },
      );
      await act('reviewer', id, 'approveReview', CHECKLIST);
      await act('approver', id, 'sign');
      const before = (await findItem(t.db, id))!;
      const revised = await reviseItem(deps, people.approver, id, before.version, {
        ...submission({ kind: 'notice', title: '关于调整办公时间的通知（修订）' }),
        note: '更正办公时间',
        warningReason: '',
      });
      expect(revised).toMatchObject({ ok: true });
      expect((await findItem(t.db, id))!).toMatchObject({
        indexNumber: before.indexNumber,
        publishedVersion: 2,
        revisionNote: '更正办公时间',
      });
      expect(await act('approver', id, 'withdraw', { reason: '' })).toMatchObject({
        ok: false,
        kind: 'invalid',
      });
      expect(await act('approver', id, 'withdraw', { reason: '内容已过时' })).toMatchObject({ ok: true });
      expect((await findItem(t.db, id))!).toMatchObject({
        status: 'withdrawn',
        withdrawnReason: '内容已过时',
      });
    });

    it('marks a 规范性文件 废止 by a later document', async () => {
      const [first] = await t.db.query<{ id: number }>(
        `SELECT id::int AS id FROM items WHERE kind = 'normative' LIMIT 1`,
      );
      const later = await createItem(
        deps,
        people.drafter,
        tree.education,
        submission({ kind: 'notice', title: '关于废止部分文件的通知' }),
      );
      const laterId = later.ok ? later.itemId : 0;
      await act('drafter', laterId, 'submitForReview');
      await act('reviewer', laterId, 'approveReview', CHECKLIST);
      await act('approver', laterId, 'sign');
      expect(
        await act('drafter', first!.id, 'changeValidity', { validity: 'repealed', note: '' }),
      ).toMatchObject({ kind: 'invalid' });
      expect(
        await act('drafter', first!.id, 'changeValidity', {
          validity: 'repealed',
          validityOn: '2026-12-01',
          note: '被新文件废止',
          replacedBy: String(laterId),
        }),
      ).toMatchObject({ ok: true });
      expect((await findItem(t.db, first!.id))!).toMatchObject({
        validity: 'repealed',
        validityOn: '2026-12-01',
        replacedBy: laterId,
      });
    });
  });
}
