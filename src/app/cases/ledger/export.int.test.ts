import { Readable } from 'node:stream';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../../test/db.ts';
import { movableClock } from '../../../../test/staff.ts';
import { insertAccount, replaceRolesIn } from '../../../db/queries/accounts.ts';
import type { Actor, RoleGrant } from '../../../domain/access/roles.ts';
import { LEDGER_EXPORT_HEADERS } from '../../../domain/case/ledger/ledger-export-row.ts';
import { ensureDemoOrgans } from '../../demo/demo-organs.ts';
import { toCsv } from '../../organs/csv.ts';
import type { CaseDeps } from '../case-deps.ts';
import { commitLedgerImport } from './commit-ledger-import.ts';
import { exportCaseLedger } from './export-case-ledger.ts';
import { uploadLedgerImport } from './preview-ledger-import.ts';

const HEADER = [
  '案件编号',
  '收到申请日期',
  '申请渠道',
  '申请人类型',
  '申请人姓名或名称',
  '证件号码',
  '联系电话',
  '通讯地址',
  '申请内容',
  '办理结果',
  '答复日期',
  '行政复议',
  '行政复议结果',
];
const ROWS = [
  [
    'JY-1',
    '2023-05-06',
    '网上',
    '自然人',
    '张三',
    '11010519491231002X',
    '13812345678',
    '山东省淄博市博山区城东街道新建路1号',
    '本人电话13812345678，要2022年决算',
    '予以公开',
    '2023-05-20',
    '是',
    '结果纠正',
  ],
  [
    'JY-2',
    '2024-02-01',
    '当面',
    '自然人',
    '欧阳娜娜',
    '',
    '0533-4181234',
    '',
    // A full-width ＝ (NFKC: =) starts a formula as well.
    '＝HYPERLINK("http://evil.example","点我")',
    '不予公开-国家秘密',
    '2024-02-20',
    '',
    '',
  ],
  [
    'JY-3',
    '2024-08-01',
    '电子邮件',
    '商业企业',
    '淄博某某有限公司',
    '91350100M000100Y43',
    '13900001111',
    '博山区人民路2号',
    '某项目环评文件',
    '',
    '',
    '',
    '',
  ],
];

/** The cells of every row of a CSV download (BOM checked, header first). */
async function csvRows(body: ReadableStream<Uint8Array>): Promise<string[][]> {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(body).arrayBuffer());
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text
    .slice(1)
    .split('\r\n')
    .filter((l) => l !== '')
    .map((line) =>
      line
        .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
        .filter((c) => c !== '')
        .map((c) =>
          c
            .replace(/,$/, '')
            .replace(/^"(.*)"$/s, '$1')
            .replace(/""/g, '"'),
        ),
    );
}

for (const backend of await backends()) {
  describe(`case ledger export on ${backend.name}`, () => {
    let t: TestDb;
    let deps: CaseDeps;
    const clock = movableClock('2026-11-22T02:00:00Z');
    let organs: Record<string, number>;
    const actors: Record<string, Actor> = {};
    const make = async (username: string, roles: RoleGrant[]): Promise<Actor> => {
      const accountId = await t.db.transaction(async (tx) => {
        const id = await insertAccount(tx, {
          username,
          displayName: username,
          passwordHash: 'x',
          mustChangePassword: false,
          at: clock.now(),
        });
        await replaceRolesIn(tx, id, [], roles);
        return id;
      });
      return { accountId, username, displayName: username, roles, mustChangePassword: false };
    };
    const download = async (who: Actor, query: Record<string, string>, pageSize?: number) => {
      const result = await exportCaseLedger(deps, who, query, pageSize);
      if (!result.ok) {
        throw new Error(`export refused: ${JSON.stringify(result)}`);
      }
      return result.download;
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
      actors.nobody = {
        accountId: 0,
        username: 'nobody',
        displayName: 'nobody',
        roles: [],
        mustChangePassword: false,
      };
      const upload = await uploadLedgerImport(deps, actors.handler, {
        bytes: new TextEncoder().encode(toCsv([HEADER, ...ROWS])),
        fileName: 'a.csv',
        organId: organs.jyj!,
        maxBytes: 1 << 20,
      });
      expect(upload.ok && (await commitLedgerImport(deps, actors.handler, upload.token)).ok).toBe(true);
    });
    afterAll(() => t.dispose());

    it('masks personal data in the 公开版 (the default) and defuses formula cells', async () => {
      const file = await download(actors.handler!, { format: 'csv' });
      expect(file).toMatchObject({
        fileName: '依申请公开台账（公开版）-全部机关-20261122',
        asciiName: 'case-ledger-public-all-20261122',
        extension: 'csv',
        contentType: 'text/csv; charset=utf-8',
      });
      const rows = await csvRows(file.body);
      expect(rows[0]).toEqual([...LEDGER_EXPORT_HEADERS]);
      const byNumber = Object.fromEntries(
        rows.slice(1).map((r) => [r[1], Object.fromEntries(LEDGER_EXPORT_HEADERS.map((h, i) => [h, r[i]]))]),
      );
      expect(byNumber['JY-1']).toMatchObject({
        申请人姓名或名称: '张*',
        '证件号码/统一社会信用代码': '1101**********002X',
        联系电话: '138****5678',
        通讯地址: '山东省淄博市博山区****',
        申请内容: '本人电话138****5678，要2022年决算',
        办理结果: '（一）予以公开',
        行政复议: '是',
        行政复议结果: '结果纠正',
        受理机关: '博山区教育局',
      });
      expect(byNumber['JY-2']).toMatchObject({
        申请人姓名或名称: '欧阳**',
        联系电话: '0533-*****34',
        申请内容: `'＝HYPERLINK("http://evil.example","点我")`,
      });
      expect(byNumber['JY-3']).toMatchObject({
        申请人姓名或名称: '淄博某某有限公司',
        '证件号码/统一社会信用代码': '91350100M000100Y43',
        联系电话: '139****1111',
        通讯地址: '博山区人民路2号',
        办理状态: '已登记',
      });
      const text = JSON.stringify(rows);
      for (const personal of ['张三', '娜娜', '11010519491231002X', '13812345678', '4181234', '新建路']) {
        expect(text).not.toContain(personal);
      }
    });

    it('gives the full 内部台账 as .xlsx: text cells shown as entered, no apostrophe, no formula', async () => {
      const file = await download(actors.handler!, {
        kind: 'internal',
        organ: String(organs.jyj),
        year: '2024',
      });
      expect(file).toMatchObject({
        fileName: '依申请公开台账（内部台账）-博山区教育局-2024年-20261122',
        extension: 'xlsx',
      });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        Buffer.from(await new Response(file.body).arrayBuffer()) as unknown as ArrayBuffer,
      );
      const sheet = workbook.getWorksheet('台账')!;
      expect(sheet.getRow(1).values).toEqual([undefined, ...LEDGER_EXPORT_HEADERS]);
      expect(sheet.rowCount).toBe(3);
      const second = sheet.getRow(2);
      expect([
        second.getCell(2).value,
        second.getCell(7).value,
        second.getCell(9).value,
        second.getCell(12).value,
      ]).toEqual(['JY-2', '欧阳娜娜', '0533-4181234', `＝HYPERLINK("http://evil.example","点我")`]);
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          expect(cell.numFmt).toBe('@');
        }),
      );
    });

    it('filters by year, status, result group and organ, the same over many small pages', async () => {
      const numbers = async (query: Record<string, string>, pageSize?: number) =>
        (await csvRows((await download(actors.handler!, { format: 'csv', ...query }, pageSize)).body))
          .slice(1)
          .map((r) => r[1]);
      expect(await numbers({})).toEqual(['JY-1', 'JY-2', 'JY-3']);
      expect(await numbers({}, 1)).toEqual(['JY-1', 'JY-2', 'JY-3']);
      expect(await numbers({ year: '2024' })).toEqual(['JY-2', 'JY-3']);
      expect(await numbers({ status: 'open' })).toEqual(['JY-3']);
      expect(await numbers({ status: 'closed', decision: 'withheld' })).toEqual(['JY-2']);
      expect(await numbers({ decision: 'granted' })).toEqual(['JY-1']);
      expect(await numbers({ organ: String(organs.jyj) })).toEqual(['JY-1', 'JY-2', 'JY-3']);
    });

    it('exports only the cases a person may see, and audits every export', async () => {
      expect(await exportCaseLedger(deps, actors.other!, { organ: String(organs.jyj) })).toEqual({
        ok: false,
        kind: 'not_found',
      });
      expect((await csvRows((await download(actors.other!, { format: 'csv' })).body)).length).toBe(1);
      expect(
        (await csvRows((await download(actors.supervisor!, { format: 'csv', kind: 'internal' })).body))
          .length,
      ).toBe(4);
      expect(await exportCaseLedger(deps, actors.nobody!, {})).toEqual({ ok: false, kind: 'forbidden' });
      expect(await exportCaseLedger(deps, actors.handler!, { kind: 'everything' })).toEqual({
        ok: false,
        kind: 'invalid',
        errors: { kind: '导出类型只能是公开版或内部台账' },
      });
      const audits = await t.db.query<{ actor_id: number; after: Record<string, unknown> }>(
        "SELECT actor_id, after FROM audit_events WHERE action = 'case.export' ORDER BY id DESC LIMIT 1",
      );
      expect(audits[0]).toMatchObject({
        actor_id: actors.supervisor!.accountId,
        after: { kind: 'internal', format: 'csv', organId: null },
      });
    });
  });
}

/**
 * The collector, to measure live memory rather than garbage not yet collected (heapUsed without a
 * collection depends on when V8 last ran one: the same export measured 64 MB and 111 MB of "growth").
 */
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;
/** Live heap after a full collection. */
const liveHeap = (): number => {
  collect();
  return process.memoryUsage().heapUsed;
};

/**
 * Reads a download chunk by chunk, calling `each` per chunk; returns the peak growth of the live heap,
 * sampled after every MB that went through.
 */
async function consume(body: ReadableStream<Uint8Array>, each: (chunk: Uint8Array) => void): Promise<number> {
  const start = liveHeap();
  let peak = 0;
  let sinceSample = 0;
  for await (const chunk of Readable.fromWeb(body as NodeReadableStream<Uint8Array>)) {
    each(chunk as Uint8Array);
    sinceSample += (chunk as Uint8Array).length;
    if (sinceSample >= 1024 * 1024) {
      sinceSample = 0;
      peak = Math.max(peak, liveHeap() - start);
    }
  }
  return peak;
}

describe('a case ledger export of 100,000 cases', () => {
  let t: TestDb;
  beforeAll(async () => {
    // PostgreSQL when reachable (PGlite runs the same code, several times slower).
    t = await (await backends()).at(-1)!.open();
  });
  afterAll(() => t.dispose());

  it('streams CSV and .xlsx page by page without holding the cases in memory', async () => {
    const deps: CaseDeps = { db: t.db, clock: movableClock('2026-11-22T02:00:00Z') };
    const [organ] = await ensureDemoOrgans(deps);
    await t.db.query(
      `INSERT INTO cases (organ_id, case_number, query_code_hash, status, channel, received_on, period_version, applicant_kind, applicant, applicant_key,
         applicant_name_masked, items, summary, source, decision, closed_on, created_at, updated_at)
       SELECT $1, 'N-' || i, 'h-' || i, 'closed', 'online', DATE '2020-01-01' + (i % 2000), 'ordinance-2019', 'naturalPerson',
         jsonb_build_object('name', '张三' || i, 'idNumber', '11010519491231002X', 'phone', '13812345678', 'address', '山东省淄博市博山区新建路' || i || '号'),
         'k', '张*', jsonb_build_array(jsonb_build_object('description', '第' || i || '号申请的内容，要求公开某年度的财政预算和决算')), 's', 'import',
         'granted', DATE '2020-01-01' + (i % 2000) + 10, now(), now()
       FROM generate_series(1, 100000) AS i`,
      [organ!.id],
    );
    const actor: Actor = {
      accountId: 1,
      username: 'a',
      displayName: 'a',
      roles: [{ organId: organ!.id, role: 'admin' }],
      mustChangePassword: false,
    };
    const csv = await exportCaseLedger(deps, actor, { format: 'csv', kind: 'internal' });
    let lines = 0;
    let bytes = 0;
    const csvPeak = await consume(csv.ok ? csv.download.body : new ReadableStream(), (chunk) => {
      bytes += chunk.length;
      lines += chunk.reduce((n, byte) => n + (byte === 10 ? 1 : 0), 0);
    });
    expect(lines).toBe(100_001);
    // ~28 MB of CSV (~60 MB as JS strings) went through; the live heap never held more than a few
    // pages of it (an export that gathered the cases first would hold all 100,000 of them).
    expect(bytes).toBeGreaterThan(25 * 1024 * 1024);
    expect(csvPeak).toBeLessThan(32 * 1024 * 1024);
    const xlsx = await exportCaseLedger(deps, actor, {});
    const chunks: Uint8Array[] = [];
    const xlsxPeak = await consume(xlsx.ok ? xlsx.download.body : new ReadableStream(), (chunk) =>
      chunks.push(chunk),
    );
    expect(xlsxPeak).toBeLessThan(32 * 1024 * 1024);
    let rows = 0;
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(chunks), {
      worksheets: 'emit',
      sharedStrings: 'cache',
    });
    for await (const sheet of reader) {
      for await (const row of sheet) {
        rows += row.number > 0 ? 1 : 0;
      }
    }
    expect(rows).toBe(100_001);
  }, 300_000);
});
