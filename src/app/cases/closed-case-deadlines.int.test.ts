import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { countQueues } from '../../db/queries/case-queue.ts';
import { countReplyTimeliness } from '../../db/queries/case-statistics.ts';
import { findOrganBySlug } from '../../db/queries/organs.ts';
import { localDate } from '../../domain/calendar/local-date.ts';
import type { CaseEventData } from '../../domain/case/events.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import { fixedClock } from '../clock.ts';
import { ensureDemoOrgans } from '../demo/demo-organs.ts';
import { backfillClosedDueDates } from './backfill-closed-due-dates.ts';
import { loadCaseAsSystem } from './load-case.ts';
import { recordCaseEvent } from './record-case-event.ts';
import { registerCase } from './register-case.ts';
import { loadWorkingDayCalendar } from '../calendar/load-calendar.ts';

const clock = fixedClock('2024-12-02T02:00:00Z');
const d = localDate;
const by = { actorId: null, actorName: '测试' };
const reply: CaseEventData = {
  kind: 'replyDrafted',
  on: d('2024-10-20'),
  items: [{ description: '某文件', decision: 'granted', reason: '', howToObtain: '' }],
};

for (const backend of await backends()) {
  describe(`closed cases keep their statutory deadline (${backend.name})`, () => {
    let t: TestDb;
    let organ: Organ;

    async function caseWith(received: string, facts: CaseEventData[]): Promise<number> {
      return t.db.transaction(async (tx) => {
        const registered = await registerCase(
          tx,
          {
            organ,
            channel: 'counter',
            receivedOn: d(received),
            attachments: [],
            source: 'staff',
            actor: by,
            fields: {
              kind: 'naturalPerson',
              name: '张三',
              idType: 'residentIdCard',
              idNumber: '11010519491231002X',
              phone: '13800138000',
              items: '某文件的全文',
              provisionForm: 'electronic',
              obtainWay: 'online',
            },
          },
          d('2024-12-02'),
          clock.now(),
          'secret',
        );
        if (!registered.ok) {
          throw new Error(JSON.stringify(registered.errors));
        }
        const id = registered.case.caseId;
        const calendar = await loadWorkingDayCalendar(tx);
        for (const data of facts) {
          const loaded = (await loadCaseAsSystem(tx, id, true))!;
          await recordCaseEvent(tx, loaded, data, by, clock.now(), calendar, 'test');
        }
        return id;
      });
    }

    const stored = async (id: number) =>
      (
        await t.db.query<{ status: string; due: string | null; closed: string | null }>(
          'SELECT status, due_on::text AS due, closed_on::text AS closed FROM cases WHERE id = $1',
          [id],
        )
      )[0];

    let onTime: number;
    let late: number;
    let lapsed: number;

    beforeAll(async () => {
      t = await backend.open();
      await ensureDemoOrgans({ db: t.db, clock });
      organ = (await findOrganBySlug(t.db, 'jyj'))!;
      // received Friday 2024-09-27: 20 working days (国庆 10/1–10/7 off, 9/29 and 10/12 worked) → 2024-10-30
      onTime = await caseWith('2024-09-27', [
        reply,
        { kind: 'delivered', on: d('2024-10-30'), method: 'email', trackingNumber: '' },
      ]);
      late = await caseWith('2024-09-27', [
        reply,
        { kind: 'delivered', on: d('2024-10-31'), method: 'email', trackingNumber: '' },
      ]);
      lapsed = await caseWith('2024-09-27', [
        { kind: 'correctionRequested', on: d('2024-09-30'), missing: ['文号'], correctBy: d('2024-10-20') },
        { kind: 'correctionLapsed', on: d('2024-10-21') },
      ]);
      await caseWith('2024-11-20', []); // still open
    });
    afterAll(async () => t.dispose());

    it('keeps the due date at closing; a case closed while awaiting the 补正 has none', async () => {
      expect(await stored(onTime)).toEqual({ status: 'closed', due: '2024-10-30', closed: '2024-10-30' });
      expect(await stored(late)).toEqual({ status: 'closed', due: '2024-10-30', closed: '2024-10-31' });
      expect(await stored(lapsed)).toEqual({ status: 'closed', due: null, closed: '2024-10-21' });
    });

    it('counts 按时答复 in SQL: closed_on ≤ due_on', async () => {
      expect(await countReplyTimeliness(t.db, [organ.id], 2024)).toEqual({
        onTime: 1,
        late: 1,
        noDeadline: 1,
      });
      expect(await countReplyTimeliness(t.db, [organ.id], 2023)).toEqual({
        onTime: 0,
        late: 0,
        noDeadline: 0,
      });
      const view = await t.db.query<{ case_id: string | number; is_on_time: boolean }>(
        'SELECT case_id, is_on_time FROM case_reply_timeliness ORDER BY case_id',
      );
      expect(view.map((r) => [Number(r.case_id), r.is_on_time])).toEqual([
        [onTime, true],
        [late, false],
      ]);
    });

    it('leaves closed cases out of the open queues although they keep a past due date', async () => {
      const counts = await countQueues(t.db, [organ.id], d('2024-12-02'), d('2024-12-09'));
      expect(counts).toMatchObject({ open: 1, overdue: 0 });
    });

    it('backfills closed cases that lost their due date before the migration, idempotently', async () => {
      await t.db.query("UPDATE cases SET due_on = NULL WHERE status = 'closed'");
      expect(await countReplyTimeliness(t.db, [organ.id], 2024)).toEqual({
        onTime: 0,
        late: 0,
        noDeadline: 3,
      });
      expect(await backfillClosedDueDates(t.db, 1)).toEqual({ checked: 3, filled: 2 });
      expect(await stored(late)).toMatchObject({ due: '2024-10-30' });
      expect(await countReplyTimeliness(t.db, [organ.id], 2024)).toEqual({
        onTime: 1,
        late: 1,
        noDeadline: 1,
      });
      expect(await backfillClosedDueDates(t.db)).toEqual({ checked: 1, filled: 0 });
    });
  });
}
