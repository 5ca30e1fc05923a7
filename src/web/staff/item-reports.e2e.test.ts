/**
 * 年度报告 items through the pages (decision 029): bad report uploads get one clear Chinese message
 * and write nothing; a good one is checked on save, goes through 提交审核 → 审核 → 签发, and the
 * portal's 公开年报 page shows its 索引号, 发布日期 and original file.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMinimalPdf } from '../../io/testing/minimal-pdf.ts';
import type { Db } from '../../db/db.ts';
import {
  csrfOf,
  insertTestAccount,
  insertTestTree,
  movableClock,
  TestClient,
  testApp,
  type TestTree,
} from '../../../test/staff.ts';
import { openTestPglite } from '../../../test/db.ts';

const seed = (name: string) =>
  new Uint8Array(fs.readFileSync(new URL(`../../../test-fixtures/seeds/${name}`, import.meta.url)));
const CLEAN_2024 = seed('002_2620abe2f7b9fa96.txt');
const INJECTED_2023 = seed('000_5b011f5e8cebd16c.txt');
const PNG = new Uint8Array([
  0x89,
  0x50,
  0x4e,
  0x47,
  0x0d,
  0x0a,
  0x1a,
  0x0a,
  ...new Array<number>(64).fill(0),
]);
// a scanned report (no text layer): read as the PDF it is, whatever its name says
const SCAN_PDF = new Uint8Array(buildMinimalPdf([{ drawing: '0.2 0.2 0.2 rg 72 600 300 150 re f' }]));

describe('年度报告 items in the back office and on the portal', () => {
  let db: Db;
  let tree: TestTree;
  const clients: Record<'handler' | 'reviewer' | 'approver', TestClient> = {} as never;
  const count = async (table: string) =>
    Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);
  const version = async (id: number) =>
    String((await db.query<{ v: number }>('SELECT version AS v FROM items WHERE id = $1', [id]))[0]!.v);
  const newPath = () => `/staff/items/new?organ=${tree.education}`;

  const postReport = async (
    fields: Record<string, string>,
    file: { bytes: Uint8Array; name: string } | null,
  ) => {
    const form = new FormData();
    form.append('_csrf', csrfOf(await (await clients.handler.get(newPath())).text()));
    const all = {
      kind: 'annualReport',
      genre: '报告',
      title: '甲区教育局年度报告',
      body: '全文见附件。',
      ...fields,
    };
    for (const [key, value] of Object.entries(all)) {
      form.append(key, value);
    }
    form.append(
      'reportFile',
      file === null ? new File([], '') : new File([file.bytes as Uint8Array<ArrayBuffer>], file.name),
    );
    return clients.handler.request(newPath(), { method: 'POST', body: form });
  };

  beforeAll(async () => {
    db = await openTestPglite();
    tree = await insertTestTree(db);
    const app = testApp(db, movableClock('2026-12-01T02:00:00Z'));
    for (const [who, role] of [
      ['handler', 'handler'],
      ['reviewer', 'reviewer'],
      ['approver', 'approver'],
    ] as const) {
      await insertTestAccount(db, `gk.${who}`, [{ organId: tree.education, role }]);
      clients[who] = new TestClient(app);
      expect((await clients[who].logIn(`gk.${who}`)).status).toBe(303);
    }
  });
  afterAll(() => db.close());

  it.each([
    ['no year', { reportYear: '' }, { bytes: CLEAN_2024, name: '2024.txt' }, 422, '请填写报告年度'],
    [
      'a malformed year',
      { reportYear: '二〇二四' },
      { bytes: CLEAN_2024, name: '2024.txt' },
      422,
      '请填写报告年度',
    ],
    ['an empty file', { reportYear: '2024' }, { bytes: new Uint8Array(0), name: '2024.docx' }, 422, '空文件'],
    ['a picture', { reportYear: '2024' }, { bytes: PNG, name: '2024.png' }, 422, '年度报告文件'],
    [
      'a scanned PDF renamed .docx',
      { reportYear: '2024' },
      { bytes: SCAN_PDF, name: '2024.docx' },
      422,
      '扫描件',
    ],
    [
      'random bytes named .docx',
      { reportYear: '2024' },
      { bytes: PNG.slice(8), name: '2024.docx' },
      422,
      '扩展名为 .docx，但内容不是 Word 文档',
    ],
    [
      'a hostile file name',
      { reportYear: '2024' },
      { bytes: CLEAN_2024, name: '<script>.txt' },
      422,
      '文件名含有不允许的字符',
    ],
    [
      'a year that differs from the report’s',
      { reportYear: '2023' },
      { bytes: CLEAN_2024, name: '2024.txt' },
      422,
      '表单填写的报告年度是2023年，上传的文件是2024年度的报告',
    ],
    [
      'a file over the upload limit',
      { reportYear: '2024' },
      { bytes: new Uint8Array(1200 * 1024).fill(0x41), name: 'big.txt' },
      413,
      '提交的内容过大',
    ],
    [
      '「由已有数据生成」 without data',
      { reportYear: '2024', reportSource: 'data' },
      null,
      422,
      '本机关没有2024年度的年报数据',
    ],
  ])('refuses %s with a Chinese message and writes nothing', async (_what, fields, file, status, message) => {
    const before = [await count('items'), await count('item_files'), await count('item_reports')];
    const res = await postReport(fields, file);
    expect(res.status).toBe(status);
    expect(await res.text()).toContain(message);
    expect([await count('items'), await count('item_files'), await count('item_reports')]).toEqual(before);
  });

  it('shows the checker’s errors on the item page and refuses 提交审核', async () => {
    const res = await postReport({ reportYear: '2023' }, { bytes: INJECTED_2023, name: '2023年报.txt' });
    expect(res.status).toBe(303);
    const at = res.headers.get('location')!.replace(/\?.*$/, '');
    const page = await (await clients.handler.get(at)).text();
    expect(page).toContain('2023年度（上传的报告文件：2023年报.txt）');
    expect(page).toContain('2024年1月31日前（《政府信息公开条例》第四十九条第一款）');
    expect(page).toMatch(/<strong>错误<\/strong>（年度报告）：年报检查：/);
    const id = Number(at.split('/').pop());
    const submit = await clients.handler.post(
      `${at}/act/submitForReview`,
      { version: await version(id) },
      { csrfFrom: at },
    );
    expect(submit.status).toBe(409);
    expect(await submit.text()).toContain('年报检查');
  });

  it('publishes a clean report and the 公开年报 page shows its 索引号, 发布日期 and original file', async () => {
    const res = await postReport({ reportYear: '2024' }, { bytes: CLEAN_2024, name: '2024年报.txt' });
    expect(res.status).toBe(303);
    const at = res.headers.get('location')!.replace(/\?.*$/, '');
    const id = Number(at.split('/').pop());
    const step = async (who: keyof typeof clients, action: string, extra: Record<string, string> = {}) =>
      (
        await clients[who].post(
          `${at}/act/${action}`,
          { version: await version(id), ...extra },
          { csrfFrom: at },
        )
      ).status;
    expect(await step('handler', 'submitForReview')).toBe(303);
    expect(
      await step('reviewer', 'approveReview', {
        check_secrecy: 'yes',
        check_disclosure: 'yes',
        check_accuracy: 'yes',
      }),
    ).toBe(303);
    expect(await step('approver', 'sign')).toBe(303);
    const [item] = await db.query<{ index_number: string }>('SELECT index_number FROM items WHERE id = $1', [
      id,
    ]);
    const list = await (await clients.handler.get('/o/jia-jyj/gk/reports')).text();
    expect(list).toContain(`索引号：${item!.index_number}`);
    const report = await (await clients.handler.get('/o/jia-jyj/gk/reports/2024')).text();
    expect(report).toContain(item!.index_number);
    expect(report).toContain('2026-12-01');
    const original = /href="(\/o\/jia-jyj\/gk\/files\/\d+)"[^>]*>\s*下载报告原件（2024年报\.txt）/.exec(
      report,
    );
    expect(original).not.toBeNull();
    const download = await clients.handler.get(original![1]!);
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(CLEAN_2024);
  });
});
