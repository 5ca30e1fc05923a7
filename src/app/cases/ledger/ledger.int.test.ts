import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../../test/db.ts';
import { movableClock } from '../../../../test/staff.ts';
import { insertAccount, replaceRolesIn } from '../../../db/queries/accounts.ts';
import type { Actor, RoleGrant } from '../../../domain/access/roles.ts';
import { ensureDemoOrgans } from '../../demo/demo-organs.ts';
import { toCsv } from '../../organs/csv.ts';
import type { CaseDeps } from '../case-deps.ts';
import { viewCase } from '../view-case.ts';
import { commitLedgerImport, LEDGER_HAS_ERRORS } from './commit-ledger-import.ts';
import { previewLedgerImport, uploadLedgerImport } from './preview-ledger-import.ts';

const HEADER = [
  '序号',
  '案件编号',
  '收到申请日期',
  '申请渠道',
  '申请人类型',
  '申请人姓名或名称',
  '证件号码/统一社会信用代码',
  '联系电话',
  '通讯地址',
  '申请内容',
  '办理结果',
  '答复日期',
  '是否延期',
  '行政复议',
  '行政复议结果',
  '行政诉讼',
  '行政诉讼结果',
];
const GOOD = [
  [
    '1',
    '博教公开〔2024〕0005号',
    '2024-03-05',
    '网上申请',
    '自然人',
    '张三',
    '11010519491231002X',
    '13812345678',
    '山东省淄博市博山区新建路1号',
    '2023年区级财政决算',
    '予以公开',
    '2024-03-20',
    '否',
    '',
    '',
    '',
    '',
  ],
  [
    '2',
    '',
    '2024-04-01',
    '当面',
    '公民',
    '李四',
    '',
    '0533-4181234',
    '',
    '2024年学校招生计划',
    '',
    '',
    '是',
    '',
    '',
    '',
    '',
  ],
  [
    '3',
    'JY-2023-9',
    '2023-11-02',
    '信函',
    '企业',
    '淄博某某有限公司',
    '91350100M000100Y43',
    '',
    '博山区人民路2号',
    '某项目环评文件',
    '不予公开-商业秘密',
    '2023-12-01',
    '',
    '是',
    '维持',
    '是',
    '尚未审结',
  ],
  [
    '4',
    '',
    '2023-12-30',
    '电子邮件',
    '自然人',
    '王五',
    '',
    '',
    '',
    '2022年教育经费统计',
    '本机关不掌握',
    '2024-01-05',
    '',
    '',
    '',
    '',
    '',
  ],
];
const csv = (rows: string[][]) => new TextEncoder().encode(toCsv([HEADER, ...rows]));

for (const backend of await backends()) {
  describe(`case ledger import on ${backend.name}`, () => {
    let t: TestDb;
    let deps: CaseDeps;
    const clock = movableClock('2026-11-22T02:00:00Z');
    let organs: Record<string, number>;
    const actors: Record<string, Actor> = {};
    const counts = async () => {
      const n = async (table: string) =>
        (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;
      return {
        cases: await n('cases'),
        events: await n('case_events'),
        reviews: await n('case_reviews'),
        audits: await n('audit_events'),
      };
    };
    const upload = async (who: Actor, bytes: Uint8Array, organId = organs.jyj!) => {
      const result = await uploadLedgerImport(deps, who, {
        bytes,
        fileName: '台账.csv',
        organId,
        maxBytes: 20 * 1024 * 1024,
      });
      if (!result.ok) {
        throw new Error(`upload refused: ${JSON.stringify(result)}`);
      }
      return result.token;
    };
    const make = async (username: string, roles: RoleGrant[]): Promise<Actor> => {
      const accountId = await t.db.transaction(async (tx) => {
        const id = await insertAccount(tx, {
          username,
          displayName: `测试${username}`,
          passwordHash: 'x',
          mustChangePassword: false,
          at: clock.now(),
        });
        await replaceRolesIn(tx, id, [], roles);
        return id;
      });
      return { accountId, username, displayName: `测试${username}`, roles, mustChangePassword: false };
    };

    beforeAll(async () => {
      t = await backend.open();
      deps = { db: t.db, clock };
      organs = Object.fromEntries((await ensureDemoOrgans(deps)).map((o) => [o.slug, o.id]));
      actors.handler = await make('jyj.handler', [{ organId: organs.jyj!, role: 'handler' }]);
      actors.other = await make('czj.handler', [{ organId: organs.czj!, role: 'handler' }]);
      actors.supervisor = await make('district.supervisor', [
        { organId: organs.boshan!, role: 'supervisor' },
      ]);
    });
    beforeEach(() => clock.set('2026-11-22T02:00:00Z'));
    afterAll(() => t.dispose());

    it('writes exactly the cases of the file, their histories and reviews, with one audit record and no personal data in it', async () => {
      const before = await counts();
      const token = await upload(actors.handler!, csv(GOOD));
      const preview = await previewLedgerImport(deps, actors.handler!, token);
      expect(preview.ok && preview.plan?.isCommittable).toBe(true);
      const result = await commitLedgerImport(deps, actors.handler!, token);
      expect(result).toEqual({
        ok: true,
        isAlreadyCommitted: false,
        outcome: { created: 4, keptNumbers: 2, numbered: 2, open: 1, closed: 3, reviews: 1, litigations: 1 },
      });
      expect(await counts()).toEqual({
        cases: before.cases + 4,
        events: before.events + 3 + 3 + 5 + 3,
        reviews: before.reviews + 2,
        audits: before.audits + 1,
      });

      const cases = await t.db.query<Record<string, unknown>>(
        `SELECT case_number, organ_id, source, status, decision, closed_on::text AS closed_on, due_on::text AS due_on, applicant_kind, applicant_name_masked, applicant->>'name' AS name
         FROM cases WHERE organ_id = $1 ORDER BY received_on`,
        [organs.jyj],
      );
      expect(cases).toEqual([
        {
          case_number: 'JY-2023-9',
          organ_id: organs.jyj,
          source: 'import',
          status: 'closed',
          decision: 'withheld.thirdPartyRights',
          closed_on: '2023-12-01',
          due_on: '2023-11-30', // the deadline at closing is kept (decision 018)
          applicant_kind: 'business',
          applicant_name_masked: '淄博某某有限公司',
          name: '淄博某某有限公司',
        },
        {
          case_number: '博教公开〔2023〕0001号',
          organ_id: organs.jyj,
          source: 'import',
          status: 'closed',
          decision: 'unavailable.notHeld',
          closed_on: '2024-01-05',
          due_on: '2024-01-29', // the deadline at closing is kept (decision 018)
          applicant_kind: 'naturalPerson',
          applicant_name_masked: '王*',
          name: '王五',
        },
        {
          case_number: '博教公开〔2024〕0005号',
          organ_id: organs.jyj,
          source: 'import',
          status: 'closed',
          decision: 'granted',
          closed_on: '2024-03-20',
          due_on: '2024-04-02', // the deadline at closing is kept (decision 018)
          applicant_kind: 'naturalPerson',
          applicant_name_masked: '张*',
          name: '张三',
        },
        // received Mon 2024-04-01: 20 working days (清明 4-4…4-6, 劳动节 5-1…5-5, 调休 4-7 and 5-11 worked) + 20 more for the extension
        expect.objectContaining({
          case_number: '博教公开〔2024〕0006号',
          status: 'registered',
          decision: null,
          closed_on: null,
          name: '李四',
        }),
      ]);
      expect(cases[3]!.due_on).toMatch(/^2024-0[56]-\d\d$/);
      const sequences = await t.db.query(
        'SELECT year, last_value FROM case_sequences WHERE organ_id = $1 ORDER BY year',
        [organs.jyj],
      );
      expect(sequences).toEqual([
        { year: 2023, last_value: 1 },
        { year: 2024, last_value: 6 },
      ]);

      const [audit] = await t.db.query<{ action: string; organ_id: number; after: Record<string, unknown> }>(
        "SELECT action, organ_id, after FROM audit_events WHERE action = 'case.import'",
      );
      expect(audit).toMatchObject({
        organ_id: organs.jyj,
        after: { created: 4, format: 'csv', fileSha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      });
      const auditText = JSON.stringify(audit);
      for (const personal of ['张三', '李四', '11010519491231002X', '13812345678', '新建路', '台账.csv']) {
        expect(auditText).not.toContain(personal);
      }
      const [stored] = await t.db.query<{ payload: unknown }>(
        'SELECT payload FROM staged_imports WHERE token = $1',
        [token],
      );
      expect(stored!.payload).toEqual([]);

      const [{ id }] = (await t.db.query<{ id: number }>(
        "SELECT id FROM cases WHERE case_number = 'JY-2023-9'",
      )) as [{ id: number }];
      const view = await viewCase(deps, actors.handler!, Number(id));
      expect(view?.file).toMatchObject({
        status: 'closed',
        decision: 'withheld.thirdPartyRights',
        closedOn: '2023-12-01',
        channel: 'mail',
      });
      expect(view?.reviews.map((r) => [r.kind, r.result, r.filedOn])).toEqual([
        ['review', 'upheld', '2023-12-01'],
        ['litigationAfterReview', 'pending', '2023-12-01'],
      ]);
    });

    it('does nothing the second time the same preview is confirmed', async () => {
      const token = await upload(
        actors.handler!,
        csv([
          [
            '1',
            '',
            '2025-03-05',
            '网上',
            '自然人',
            '赵六',
            '',
            '',
            '',
            '2024年预算',
            '',
            '',
            '',
            '',
            '',
            '',
            '',
          ],
        ]),
      );
      expect((await commitLedgerImport(deps, actors.handler!, token)).ok).toBe(true);
      const before = await counts();
      expect(await commitLedgerImport(deps, actors.handler!, token)).toMatchObject({
        ok: true,
        isAlreadyCommitted: true,
        outcome: { created: 1 },
      });
      expect(await counts()).toEqual(before);
    });

    it('commits nothing when one row has an error, and says which row, column and why', async () => {
      const before = await counts();
      const bad = [
        '9',
        '',
        '2027-01-01',
        '飞鸽',
        '自然人',
        '孙七',
        '',
        '',
        '',
        '某文件',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ];
      const token = await upload(actors.handler!, csv([...GOOD.slice(1, 2).map((r) => [...r]), bad]));
      const preview = await previewLedgerImport(deps, actors.handler!, token);
      expect(preview.ok && preview.plan?.errors.map((e) => [e.line, e.column])).toEqual([
        [3, '收到申请日期'],
        [3, '申请渠道'],
      ]);
      expect(await commitLedgerImport(deps, actors.handler!, token)).toEqual({
        ok: false,
        kind: 'file',
        message: LEDGER_HAS_ERRORS,
      });
      expect(await counts()).toEqual(before);
    });

    it('refuses a case number already registered, also one registered between preview and commit', async () => {
      const again = await upload(actors.handler!, csv(GOOD.slice(0, 1)));
      const preview = await previewLedgerImport(deps, actors.handler!, again);
      expect(preview.ok && preview.plan?.errors.map((e) => e.message)).toEqual([
        '案件编号「博教公开〔2024〕0005号」已在系统中登记，不能重复导入',
      ]);
      const row = [
        '1',
        'RACE-1',
        '2025-01-02',
        '网上',
        '自然人',
        '周八',
        '',
        '',
        '',
        '某文件',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ];
      const first = await upload(actors.handler!, csv([row]));
      const second = await upload(actors.handler!, csv([row]));
      expect((await commitLedgerImport(deps, actors.handler!, second)).ok).toBe(true);
      const before = await counts();
      expect(await commitLedgerImport(deps, actors.handler!, first)).toEqual({
        ok: false,
        kind: 'file',
        message: LEDGER_HAS_ERRORS,
      });
      expect(await counts()).toEqual(before);
    });

    it('refuses a person without 办理 rights on the organ, someone else’s preview and an expired one', async () => {
      const bytes = csv(GOOD.slice(1, 2));
      for (const who of [actors.other!, actors.supervisor!]) {
        expect(
          await uploadLedgerImport(deps, who, {
            bytes,
            fileName: 'x.csv',
            organId: organs.jyj!,
            maxBytes: 1 << 20,
          }),
        ).toEqual({ ok: false, kind: 'forbidden' });
      }
      expect(
        await uploadLedgerImport(deps, actors.handler!, {
          bytes,
          fileName: 'x.csv',
          organId: null,
          maxBytes: 1 << 20,
        }),
      ).toEqual({ ok: false, kind: 'invalid', errors: { organId: '请选择受理机关' } });
      const token = await upload(actors.handler!, bytes);
      expect(await previewLedgerImport(deps, actors.other!, token)).toEqual({ ok: false, kind: 'not_found' });
      expect(await commitLedgerImport(deps, actors.other!, token)).toEqual({ ok: false, kind: 'not_found' });
      clock.advance(61 * 60 * 1000);
      expect(await commitLedgerImport(deps, actors.handler!, token)).toEqual({
        ok: false,
        kind: 'not_found',
      });
    });

    it('refuses the commit when the person lost their rights on the organ after the preview', async () => {
      const losing = await make('losing.handler', [{ organId: organs.jyj!, role: 'handler' }]);
      const token = await upload(losing, csv(GOOD.slice(1, 2)));
      await t.db.transaction((tx) => replaceRolesIn(tx, losing.accountId, [organs.jyj!], []));
      const before = await counts();
      expect(await commitLedgerImport(deps, { ...losing, roles: [] }, token)).toEqual({
        ok: false,
        kind: 'forbidden',
      });
      expect(await counts()).toEqual(before);
    });

    it('refuses a file that is not a ledger without storing anything', async () => {
      const result = await uploadLedgerImport(deps, actors.handler!, {
        bytes: new TextEncoder().encode('<html><body>台账</body></html>'),
        fileName: '台账.xlsx',
        organId: organs.jyj!,
        maxBytes: 1 << 20,
      });
      expect(result).toMatchObject({
        ok: false,
        kind: 'file',
        message: expect.stringContaining('网页（HTML）'),
      });
    });
  });
}
