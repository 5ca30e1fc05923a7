import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/db.ts';
import { backends, type TestDb } from '../../../test/db.ts';
import {
  insertTestAccount,
  insertTestTree,
  movableClock,
  TestClient,
  testApp,
  type TestTree,
} from '../../../test/staff.ts';
import { buildZipBombDocx } from '../../io/testing/hostile-files.ts';

const APPLICANT = {
  kind: 'naturalPerson',
  name: '张三',
  idType: 'residentIdCard',
  idNumber: '11010519491231002X',
  phone: '13800138000',
  email: '',
  address: '山东省淄博市博山区某路1号',
  postcode: '255200',
  items: '2024年某道路改造工程招标文件\n该工程的中标通知书',
  provisionForm: 'paper',
  obtainWay: 'post',
};

async function caseIdOf(db: Db): Promise<number> {
  return Number((await db.query<{ id: string }>('SELECT id FROM cases ORDER BY id DESC LIMIT 1'))[0]!.id);
}
async function versionOf(db: Db, id: number): Promise<string> {
  return String(
    (await db.query<{ version: number }>('SELECT version FROM cases WHERE id = $1', [id]))[0]!.version,
  );
}

for (const backend of await backends()) {
  describe(`a case from counter to 行政复议 through the staff pages (${backend.name})`, () => {
    let t: TestDb;
    let tree: TestTree;
    const clock = movableClock('2024-09-27T02:00:00Z');
    let handler: TestClient;
    let reviewer: TestClient;
    let approver: TestClient;
    let caseId = 0;

    /** Moves the clock (sessions expire over days: everyone signs in again). */
    const at = async (iso: string) => {
      clock.set(iso);
      await handler.logIn('handler');
      await reviewer.logIn('reviewer');
      await approver.logIn('approver');
    };
    const act = async (client: TestClient, action: string, fields: Record<string, string>) =>
      client.post(
        `/staff/cases/${caseId}/act/${action}`,
        { version: await versionOf(t.db, caseId), ...fields },
        { csrfFrom: `/staff/cases/${caseId}` },
      );

    beforeAll(async () => {
      t = await backend.open();
      tree = await insertTestTree(t.db);
      await insertTestAccount(t.db, 'handler', [{ organId: tree.education, role: 'handler' }]);
      await insertTestAccount(t.db, 'reviewer', [{ organId: tree.education, role: 'reviewer' }]);
      await insertTestAccount(t.db, 'approver', [{ organId: tree.education, role: 'approver' }]);
      await insertTestAccount(t.db, 'outsider', [{ organId: tree.finance, role: 'handler' }]);
      const app = testApp(t.db, clock);
      handler = new TestClient(app);
      reviewer = new TestClient(app);
      approver = new TestClient(app);
      await handler.logIn('handler');
      await reviewer.logIn('reviewer');
      await approver.logIn('approver');
    });
    afterAll(async () => t.dispose());

    it('registers an application received 当面 with a case number and a query code', async () => {
      const res = await handler.post('/staff/cases/new', {
        organId: String(tree.education),
        channel: 'counter',
        receivedOn: '2024-09-27',
        ...APPLICANT,
      });
      const html = await res.text();
      expect(res.status).toBe(201);
      expect(html).toMatch(/案件编号/);
      expect(html).toMatch(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/);
      caseId = await caseIdOf(t.db);
      const row = (
        await t.db.query<{ due_on: string; status: string }>(
          'SELECT due_on::text, status FROM cases WHERE id = $1',
          [caseId],
        )
      )[0]!;
      // 2024-09-27 (Fri) + 20 working days: 9/29 (Sun) and 10/12 (Sat) worked, 国庆 10/1–10/7 off
      expect(row).toEqual({ due_on: '2024-10-30', status: 'registered' });
    });

    it('refuses an intake with a wrong ID check digit and writes nothing', async () => {
      const before = await t.db.query('SELECT count(*) AS n FROM cases');
      const res = await handler.post('/staff/cases/new', {
        organId: String(tree.education),
        channel: 'counter',
        receivedOn: '2024-09-27',
        ...APPLICANT,
        idNumber: '110105194912310021',
      });
      expect(res.status).toBe(422);
      expect(await res.text()).toMatch(/校验位/);
      expect(await t.db.query('SELECT count(*) AS n FROM cases')).toEqual(before);
    });

    it('keeps a scanned application as an attachment, and refuses a disguised one writing nothing', async () => {
      const post = async (file: File) => {
        const page = await (await handler.get('/staff/cases/new')).text();
        const form = new FormData();
        const csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
        for (const [k, v] of Object.entries({
          _csrf: csrf,
          organId: String(tree.education),
          channel: 'letter',
          receivedOn: '2024-09-27',
          ...APPLICANT,
        })) {
          form.append(k, v);
        }
        form.append('attachments', file);
        return handler.request('/staff/cases/new', { method: 'POST', body: form });
      };
      const before = await t.db.query('SELECT count(*) AS n FROM cases');
      const exe = await post(new File([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0])], '申请书.pdf'));
      expect(exe.status).toBe(422);
      expect(await exe.text()).toMatch(/请重新选择附件/);
      expect(await t.db.query('SELECT count(*) AS n FROM cases')).toEqual(before);
      // Issue 8, item 4: a ZIP bomb named .docx used to be stored and put in archives.
      const bomb = await post(
        new File([new Uint8Array(buildZipBombDocx(1024 * 1024 * 1024))], '申请书.docx'),
      );
      expect(bomb.status).toBe(422);
      expect(await bomb.text()).toMatch(/附件「申请书\.docx」的扩展名是 \.docx，但内容解压后超过 64 MB/);
      expect(await t.db.query('SELECT count(*) AS n FROM cases')).toEqual(before);
      const ok = await post(new File([new TextEncoder().encode('%PDF-1.4\n%%EOF\n')], '申请书扫描件.pdf'));
      expect(ok.status).toBe(201);
      const rows = await t.db.query<{ file_name: string; media_type: string }>(
        'SELECT file_name, media_type FROM case_attachments',
      );
      expect(rows).toEqual([{ file_name: '申请书扫描件.pdf', media_type: 'application/pdf' }]);
    });

    it('hides the case from a handler of another organ', async () => {
      const outsider = new TestClient(testApp(t.db, clock));
      await outsider.logIn('outsider');
      expect((await outsider.get(`/staff/cases/${caseId}`)).status).toBe(404);
    });

    it('walks 补正, consultation, extension, 审核, 签发, delivery and 行政复议', async () => {
      await at('2024-09-30T02:00:00Z');
      expect(
        (
          await act(handler, 'requestCorrection', {
            on: '2024-09-30',
            missing: '请写明工程名称',
            correctBy: '2024-10-15',
          })
        ).status,
      ).toBe(303);
      await at('2024-10-10T02:00:00Z');
      expect((await act(handler, 'receiveCorrection', { on: '2024-10-10', note: '' })).status).toBe(303);
      expect(
        (
          await act(handler, 'sendConsultation', {
            on: '2024-10-10',
            party: 'thirdParty',
            partyName: '某建设公司',
            matter: '投标报价',
          })
        ).status,
      ).toBe(303);
      await at('2024-10-21T02:00:00Z');
      expect(
        (
          await act(handler, 'recordConsultationAnswer', {
            on: '2024-10-21',
            consultation: '1',
            opinion: 'object',
            note: '涉及商业秘密',
          })
        ).status,
      ).toBe(303);
      expect(
        (await act(handler, 'requestExtension', { on: '2024-10-21', days: '20', reason: '需进一步核查' }))
          .status,
      ).toBe(303);
      expect((await act(reviewer, 'approveExtension', { on: '2024-10-21', days: '20' })).status).toBe(409);
      expect((await act(approver, 'approveExtension', { on: '2024-10-21', days: '20' })).status).toBe(303);
      const draft = {
        on: '2024-10-21',
        itemCount: '2',
        item1Description: '2024年某道路改造工程招标文件',
        item1Decision: 'granted',
        item1Reason: '',
        item1How: '随本答复书寄送',
        item2Description: '该工程的中标通知书',
        item2Decision: 'withheld.thirdPartyRights',
        item2Reason: '涉及第三方商业秘密，第三方不同意公开',
        item2How: '',
      };
      expect((await act(handler, 'draftReply', draft)).status).toBe(303);
      expect((await act(handler, 'submitForReview', { on: '2024-10-21' })).status).toBe(303);
      expect((await act(reviewer, 'approveReview', { on: '2024-10-21', comment: '同意' })).status).toBe(303);
      expect((await act(approver, 'sign', { on: '2024-10-21', comment: '' })).status).toBe(303);
      expect(
        (
          await act(handler, 'recordDelivery', {
            on: '2024-10-21',
            method: 'post',
            trackingNumber: 'XA123456789CN',
          })
        ).status,
      ).toBe(303);
      await at('2024-11-20T02:00:00Z');
      expect(
        (
          await act(handler, 'recordReview', {
            on: '2024-11-20',
            reviewKind: 'review',
            body: '甲区人民政府',
            result: 'pending',
            concludedOn: '',
          })
        ).status,
      ).toBe(303);

      const row = (
        await t.db.query<{ status: string; decision: string; closed_on: string }>(
          'SELECT status, decision, closed_on::text FROM cases WHERE id = $1',
          [caseId],
        )
      )[0]!;
      expect(row).toEqual({ status: 'closed', decision: 'partlyGranted', closed_on: '2024-10-21' });
      const letters = await t.db.query<{ kind: string }>(
        'SELECT kind FROM case_letters WHERE case_id = $1 ORDER BY id',
        [caseId],
      );
      expect(letters.map((l) => l.kind)).toEqual([
        'correctionNotice',
        'thirdPartyConsultation',
        'extensionNotice',
        'reply',
      ]);
      const audit = await t.db.query<{ n: string }>(
        "SELECT count(*) AS n FROM audit_events WHERE entity = 'case' AND entity_id = $1",
        [String(caseId)],
      );
      expect(Number(audit[0]!.n)).toBe(13); // the intake and 12 steps
    });

    it('shows why the date is what it is on the case page', async () => {
      const html = await (await handler.get(`/staff/cases/${caseId}`)).text();
      expect(html).toMatch(/为什么是这个日期/);
      expect(html).toMatch(/第三十条/);
    });

    it('counts the case in table 三 as 部分公开 of a 自然人, and the review in table 四', async () => {
      const res = await handler.get(`/staff/statistics.json?organ=${tree.education}&year=2024`);
      const report = (await res.json()) as {
        applications: { partlyGranted: number[]; newlyReceived: number[] };
        reviewLitigation: { review: { pending: number } };
      };
      expect(report.applications.newlyReceived).toEqual([2, 0, 0, 0, 0, 0, 2]); // the walked case and the scanned letter
      expect(report.applications.partlyGranted).toEqual([1, 0, 0, 0, 0, 0, 1]);
      expect(report.reviewLitigation.review.pending).toBe(1);
    });

    it('refuses a stale or forged action and an impossible date, writing nothing', async () => {
      const events = await t.db.query('SELECT count(*) AS n FROM case_events');
      const stale = await handler.post(
        `/staff/cases/${caseId}/act/recordReview`,
        { version: '1', on: '2024-11-20', reviewKind: 'review', body: 'x', result: 'pending' },
        { csrfFrom: `/staff/cases/${caseId}` },
      );
      expect(stale.status).toBe(409);
      const future = await act(handler, 'recordReview', {
        on: '2030-01-01',
        reviewKind: 'review',
        body: 'x',
        result: 'pending',
      });
      expect(future.status).toBe(422);
      expect(await future.text()).toMatch(/不能晚于/);
      const forged = await act(handler, 'sign', { on: '2024-11-20' });
      expect(forged.status).toBe(409);
      expect(await t.db.query('SELECT count(*) AS n FROM case_events')).toEqual(events);
    });
  });
}
