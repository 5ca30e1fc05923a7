/**
 * Test support: a case registered at the counter and walked through the staff pages to 待送达
 * (拟写答复 → 提交审核 → 审核通过 → 签发), with the handler, reviewer and approver signed in.
 */
import type { Db } from '../../db/db.ts';
import type { TestDb } from '../../../test/db.ts';
import {
  insertTestAccount,
  insertTestTree,
  movableClock,
  TestClient,
  testApp,
  type MovableClock,
  type TestTree,
} from '../../../test/staff.ts';

export const WALK_APPLICANT = {
  kind: 'naturalPerson',
  name: '张三',
  idType: 'residentIdCard',
  idNumber: '11010519491231002X',
  phone: '13800138000',
  email: '',
  address: '山东省淄博市博山区某路1号',
  postcode: '255200',
  items: '2024年某道路改造工程招标文件',
  provisionForm: 'electronic',
  obtainWay: 'online',
};

export const WALK_DRAFT = {
  itemCount: '1',
  item1Description: '2024年某道路改造工程招标文件',
  item1Decision: 'granted',
  item1Reason: '',
  item1How: '在本平台下载',
};

export type CaseWalk = {
  db: Db;
  tree: TestTree;
  clock: MovableClock;
  handler: TestClient;
  reviewer: TestClient;
  approver: TestClient;
  outsider: TestClient;
  anonymous: TestClient;
  /** A new client of the same app (sign in someone else). */
  newClient: () => TestClient;
  caseId: number;
  caseNumber: string;
  queryCode: string;
  /** Posts a case action with the case's current version. */
  act: (client: TestClient, action: string, fields: Record<string, string>) => Promise<Response>;
  /** Walks the case from 已登记 up to the given step. */
  walkTo: (status: 'inReview' | 'inSigning' | 'toDeliver') => Promise<void>;
};

/** Registers one case (received 2024-09-27, today 2024-10-21) and signs everyone in. */
export async function startCaseWalk(t: TestDb, applicant: Record<string, string> = {}): Promise<CaseWalk> {
  const clock = movableClock('2024-10-21T02:00:00Z');
  const tree = await insertTestTree(t.db);
  await insertTestAccount(t.db, 'handler', [{ organId: tree.education, role: 'handler' }]);
  await insertTestAccount(t.db, 'reviewer', [{ organId: tree.education, role: 'reviewer' }]);
  await insertTestAccount(t.db, 'approver', [{ organId: tree.education, role: 'approver' }]);
  await insertTestAccount(t.db, 'outsider', [{ organId: tree.finance, role: 'handler' }]);
  const app = testApp(t.db, clock);
  const [handler, reviewer, approver, outsider] = [0, 1, 2, 3].map(() => new TestClient(app)) as [
    TestClient,
    TestClient,
    TestClient,
    TestClient,
  ];
  await handler.logIn('handler');
  await reviewer.logIn('reviewer');
  await approver.logIn('approver');
  await outsider.logIn('outsider');
  const res = await handler.post('/staff/cases/new', {
    organId: String(tree.education),
    channel: 'counter',
    receivedOn: '2024-09-27',
    ...WALK_APPLICANT,
    ...applicant,
  });
  const html = await res.text();
  const queryCode = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(html)?.[0] ?? '';
  const row = (
    await t.db.query<{ id: string; case_number: string }>(
      'SELECT id, case_number FROM cases ORDER BY id DESC LIMIT 1',
    )
  )[0]!;
  const caseId = Number(row.id);
  const versionOf = async () =>
    String(
      (await t.db.query<{ version: number }>('SELECT version FROM cases WHERE id = $1', [caseId]))[0]!
        .version,
    );
  const act = async (client: TestClient, action: string, fields: Record<string, string>) =>
    client.post(
      `/staff/cases/${caseId}/act/${action}`,
      { version: await versionOf(), on: '2024-10-21', ...fields },
      { csrfFrom: `/staff/cases/${caseId}` },
    );
  const statusOf = async () =>
    (await t.db.query<{ status: string }>('SELECT status FROM cases WHERE id = $1', [caseId]))[0]!.status;
  const next: Record<string, [TestClient, string, Record<string, string>]> = {
    registered: [handler, 'draftReply', WALK_DRAFT],
    drafting: [handler, 'submitForReview', {}],
    inReview: [reviewer, 'approveReview', { comment: '同意' }],
    inSigning: [approver, 'sign', { comment: '' }],
  };
  const walkTo = async (status: 'inReview' | 'inSigning' | 'toDeliver') => {
    for (let current = await statusOf(); current !== status; current = await statusOf()) {
      const [client, action, fields] = next[current] ?? [];
      const done = client && action ? await act(client, action, fields ?? {}) : null;
      if (done?.status !== 303) {
        throw new Error(`cannot walk from ${current}: ${done?.status ?? 'no step'}`);
      }
    }
  };
  return {
    db: t.db,
    tree,
    clock,
    handler,
    reviewer,
    approver,
    outsider,
    anonymous: new TestClient(app),
    newClient: () => new TestClient(app),
    caseId,
    caseNumber: row.case_number,
    queryCode,
    act,
    walkTo,
  };
}
