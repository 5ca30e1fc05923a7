import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../../test/db.ts';
import { actorOn, peopleOf, submission } from '../../../../test/publishing.ts';
import { testEnv } from '../../../../test/portal.ts';
import { insertTestAccount, insertTestTree, movableClock, type TestTree } from '../../../../test/staff.ts';
import { findItem } from '../../../db/queries/publishing/items.ts';
import { buildMinimalPdf } from '../../../io/testing/minimal-pdf.ts';
import { buildZip } from '../../../io/testing/minimal-zip.ts';
import { toCsv } from '../../organs/csv.ts';
import type { AppDeps } from '../../deps.ts';
import { createLogger } from '../../logger.ts';
import { publishItem } from '../publish-item.ts';
import { createItem } from '../save-item.ts';
import { commitItemImport, ITEM_IMPORT_HAS_ERRORS } from './commit-item-import.ts';
import { previewItemImport, uploadItemImport } from './preview-item-import.ts';

const CODE = '11370304004200345X';
const HEADER = [
  '索引号',
  '标题',
  '发布机构',
  '文号',
  '成文日期',
  '发布日期',
  '类别',
  '体裁',
  '栏目',
  '正文文件',
  '附件',
];

const sheet = (rows: readonly string[][]) => new TextEncoder().encode(toCsv([HEADER, ...rows]));
const row = (serial: number, over: Partial<Record<(typeof HEADER)[number], string>> = {}) => {
  const cells: Record<string, string> = {
    索引号: `${CODE}/2025-${String(serial).padStart(5, '0')}`,
    标题: `甲区教育局关于第${serial}批事项的通知`,
    发布机构: '甲区教育局',
    文号: `甲教发〔2025〕${serial}号`,
    成文日期: '2025-03-01',
    发布日期: '2025-03-05',
    类别: '其他文件',
    体裁: '通知',
    栏目: '',
    正文文件: `正文/${serial}.html`,
    附件: serial === 1 ? '附件/1.pdf' : '',
    ...over,
  };
  return HEADER.map((h) => cells[h]!);
};

const archive = (count: number) =>
  buildZip([
    ...Array.from({ length: count }, (_, i) => ({
      name: `正文/${i + 1}.html`,
      content: `<p onclick="x()">第${i + 1}批事项正文<script>alert(1)</script></p>`,
      deflate: true,
    })),
    {
      name: '附件/1.pdf',
      content: buildMinimalPdf([{ runs: [{ text: 'Attachment text', x: 72, y: 720 }] }]),
    },
  ]);

for (const backend of await backends()) {
  describe(`importing an existing site's items (${backend.name})`, () => {
    let t: TestDb;
    let tree: TestTree;
    let deps: AppDeps;
    const clock = movableClock('2026-12-07T02:00:00Z');
    let importer: ReturnType<typeof actorOn>;

    beforeAll(async () => {
      t = await backend.open();
      tree = await insertTestTree(t.db);
      await t.db.query(`UPDATE organs SET credit_code = $2 WHERE id = $1`, [tree.education, CODE]);
      deps = { db: t.db, clock, env: testEnv(), logger: createLogger('silent') };
      const id = await insertTestAccount(t.db, 'importer', [{ organId: tree.education, role: 'approver' }]);
      importer = actorOn(tree.education, id, '孙导入', ['approver']);
    });
    afterAll(async () => {
      await deps.parsePool?.close();
      await t.dispose();
    });

    const count = async (sql: string) => Number((await t.db.query<{ n: string }>(sql))[0]!.n);
    const upload = (rows: string[][], zip: Uint8Array | null, actor = importer) =>
      uploadItemImport(deps, actor, {
        sheet: { bytes: sheet(rows), name: '目录.csv' },
        archive: zip === null ? null : { bytes: zip, name: '文件.zip' },
        organId: tree.education,
        maxBytes: 20 * 1024 * 1024,
      });

    it('refuses a person who may not publish for the organ (a 公开专员)', async () => {
      expect(await upload([row(1)], archive(1), peopleOf(tree.education).drafter)).toMatchObject({
        ok: false,
        kind: 'forbidden',
      });
    });

    it('writes nothing at all when one row of many has an error', async () => {
      const rows = [row(1), row(2), row(3, { 发布日期: '2025-02-30' })];
      const uploaded = await upload(rows, archive(3));
      expect(uploaded.ok).toBe(true);
      const token = uploaded.ok ? uploaded.token : '';
      const preview = await previewItemImport(deps, importer, token);
      expect(preview.ok && preview.plan?.errors.map((e) => e.message)).toEqual([
        '「2025-02-30」不是有效日期，请按“2024-03-05”的格式填写',
      ]);
      expect(await commitItemImport(deps, importer, token)).toEqual({
        ok: false,
        kind: 'file',
        message: ITEM_IMPORT_HAS_ERRORS,
      });
      expect(await count('SELECT count(*) AS n FROM items')).toBe(0);
      expect(await count('SELECT count(*) AS n FROM item_files')).toBe(0);
      expect(await count(`SELECT count(*) AS n FROM audit_events WHERE action = 'item.import'`)).toBe(0);
    });

    it('publishes every row keeping its 索引号 and 发布日期, with sanitized bodies, files, events and one audit record', async () => {
      const uploaded = await upload([row(1), row(2), row(5, { 栏目: 'documents-1；规划信息' })], archive(5));
      const token = uploaded.ok ? uploaded.token : '';
      const preview = await previewItemImport(deps, importer, token);
      expect(preview.ok && preview.plan?.errors).toEqual([]);
      const committed = await commitItemImport(deps, importer, token);
      expect(committed).toEqual({
        ok: true,
        outcome: { created: 3, attachments: 1, bodies: 3, warnings: 0 },
        isAlreadyCommitted: false,
      });
      const items = await t.db.query<{
        id: number;
        index_number: string;
        status: string;
        body_html: string;
        day: string;
      }>(
        `SELECT id::int AS id, index_number, status, body_html, to_char(published_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day
         FROM items ORDER BY index_number`,
      );
      expect(items.map((i) => [i.index_number, i.status, i.day])).toEqual([
        [`${CODE}/2025-00001`, 'published', '2025-03-05'],
        [`${CODE}/2025-00002`, 'published', '2025-03-05'],
        [`${CODE}/2025-00005`, 'published', '2025-03-05'],
      ]);
      expect(items[0]!.body_html).toBe('<p>第1批事项正文</p>');
      expect(await count(`SELECT count(*) AS n FROM item_events WHERE kind = 'imported'`)).toBe(3);
      expect(await count(`SELECT count(*) AS n FROM item_versions`)).toBe(3);
      expect(await count(`SELECT count(*) AS n FROM item_columns`)).toBe(4);
      expect(await count(`SELECT count(*) AS n FROM item_files WHERE text LIKE '%Attachment text%'`)).toBe(1);
      expect(await count(`SELECT count(*) AS n FROM audit_events WHERE action = 'item.import'`)).toBe(1);
      expect(await commitItemImport(deps, importer, token)).toMatchObject({
        ok: true,
        isAlreadyCommitted: true,
      });
      expect(await count('SELECT count(*) AS n FROM items')).toBe(3);
    });

    it('refuses in the preview a 索引号 already used, and later publications never take an imported number', async () => {
      const again = await upload([row(2)], archive(2));
      const preview = await previewItemImport(deps, importer, again.ok ? again.token : '');
      expect(preview.ok && preview.plan?.errors.map((e) => e.message)).toEqual([
        `索引号「${CODE}/2025-00002」已被平台上的其他信息使用`,
      ]);
      clock.set('2025-06-01T02:00:00Z'); // a publication in 2025, the year of the imported numbers
      const draft = await createItem(
        deps,
        peopleOf(tree.education).drafter,
        tree.education,
        submission({
          kind: 'notice',
          title: '新发布的通知',
          writtenOn: '2025-05-30',
        }),
      );
      const id = draft.ok ? draft.itemId : 0;
      await t.db.transaction(async (tx) => {
        const itemRow = (await findItem(tx, id, true))!;
        expect(
          await publishItem(
            tx,
            itemRow,
            clock.now(),
            { accountId: 103, name: '赵签发' },
            { audit: 'item.sign' },
          ),
        ).toBe(true);
      });
      expect((await findItem(t.db, id))!.indexNumber).toBe(`${CODE}/2025-00006`);
      clock.set('2026-12-07T02:00:00Z');
    });
  });
}
