/**
 * Issue 8, item 1: hostile uploads to the 年报体检 are refused with a Chinese message, within the
 * parse pool's time limit, storing nothing — and the server keeps answering meanwhile. Every
 * hostile file is made here, small on disk.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { parsePoolOf, type AppDeps } from '../../app/deps.ts';
import { CHECKS_PER_ADDRESS } from '../../app/report-checks/check-report.ts';
import type { Db } from '../../db/db.ts';
import { sha256 } from '../../db/queries/audit.ts';
import { recordFailure } from '../../db/queries/login-attempts.ts';
import { countReportChecks } from '../../db/queries/report-checks.ts';
import { ensureDemoOrgans } from '../../app/demo/demo-organs.ts';
import { DEFAULT_PARSE_POOL_SETTINGS } from '../../io/parse-pool/parse-pool.ts';
import {
  buildHugeXmlDocx,
  buildManyEntriesDocx,
  buildNestedZipDocx,
  buildPdfBomb,
  buildZipBombDocx,
} from '../../io/testing/hostile-files.ts';
import { buildStoredZip } from '../../io/testing/minimal-zip.ts';
import { startTestServer, type TestServer } from '../../../test/browser.ts';
import { createTestApp, insertTestOrgans, openTestDb, postForm } from '../../../test/portal.ts';
import type { AppEnv } from '../context.ts';

const MiB = 1024 * 1024;
const file = (bytes: Uint8Array, name: string) => new File([new Uint8Array(bytes)], name);
const alertOf = (html: string) =>
  /<div class="rc-error" role="alert"[^>]*><p class="rc-error-title">无法检查这份材料<\/p><p>([^<]*)<\/p>/.exec(
    html,
  )?.[1] ?? null;
/**
 * Under every decompression budget, but about 1.4 million text-showing operators: far more text
 * items than pdf.js extracts within the test's time limit, however fast the machine (plain drawing
 * operators were skipped fast enough to finish inside two seconds once PDF reading got faster).
 */
const slowPdf = () => buildPdfBomb(30 * MiB, 'BT /F1 1 Tf (a) Tj ET\n');

describe('年报体检 refuses hostile uploads in Chinese and stores nothing', () => {
  let db: Db;
  let app: Hono<AppEnv>;
  beforeAll(async () => {
    db = await openTestDb();
    await insertTestOrgans(db);
    app = createTestApp(db, { maxUploadBytes: 20 * MiB }).app;
  });
  afterAll(() => db.close());

  it.each([
    [
      'a 400 KB PDF whose content inflates to 200 MB',
      () => buildPdfBomb(200 * MiB),
      'x.pdf',
      413,
      /PDF 中的压缩内容解压后超过 32 MB，超出检查上限，无法检查/,
    ],
    [
      'a 2 MB PDF whose content inflates to 1 GB',
      () => buildPdfBomb(1024 * MiB),
      'x.pdf',
      413,
      /PDF 中的压缩内容解压后超过 32 MB/,
    ],
    [
      'a 200 KB DOCX with 60 MB of XML',
      () => buildHugeXmlDocx(60 * MiB),
      '年报.docx',
      413,
      /文件解压后超过 16 MB，超出处理上限，无法检查/,
    ],
    [
      'a Word document with a 1 GB ZIP bomb inside',
      () => buildZipBombDocx(1024 * MiB),
      '年报.docx',
      413,
      /文件解压后超过 64 MB，超出处理上限/,
    ],
    ['a Word document with a nested ZIP', () => buildNestedZipDocx(), '年报.docx', 422, /内嵌有其他压缩包/],
    ['a 60,000-entry ZIP', () => buildManyEntriesDocx(60_000), '年报.docx', 422, /内含部件超过 1000 个/],
    [
      'a ZIP with only word/document.xml',
      () => buildStoredZip({ 'word/document.xml': '<w:document/>' }),
      '年报.docx',
      422,
      /不是 Word 或 Excel 文档/,
    ],
  ])('%s', async (_name, build, name, status, message) => {
    const res = await postForm(app, '/tools/report-check', { file: file(build(), name) });
    expect(res.status).toBe(status);
    expect(alertOf(await res.text())).toMatch(message);
    expect(await countReportChecks(db)).toBe(0);
  });
});

describe('年报体检 when the parse pool gives up or is full', () => {
  let db: Db;
  let app: Hono<AppEnv>;
  let deps: AppDeps;
  beforeAll(async () => {
    db = await openTestDb();
    await insertTestOrgans(db);
    ({ app, deps } = createTestApp(db, {
      maxUploadBytes: 20 * MiB,
      parsePool: { workers: 1, timeoutMs: 1000, memoryMb: 256, queueLength: 0 },
    }));
  });
  afterAll(async () => {
    await parsePoolOf(deps).close();
    await db.close();
  });

  it('answers a file that takes too long with 422 「处理超时」', async () => {
    const res = await postForm(app, '/tools/report-check', { file: file(slowPdf(), 'slow.pdf') });
    expect(res.status).toBe(422);
    expect(alertOf(await res.text())).toMatch(/^文件过于复杂，处理超时，无法检查/);
    expect(await countReportChecks(db)).toBe(0);
  });

  it('answers 503 「系统繁忙」 when the pool is full, instead of queueing', async () => {
    const occupying = parsePoolOf(deps)
      .checkReportFile(slowPdf(), 'slow.pdf')
      .catch(() => 'done');
    const res = await postForm(app, '/tools/report-check', { text: '一、总体情况' });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('30');
    expect(alertOf(await res.text())).toMatch(/^粘贴的文字暂时无法检查：系统繁忙，请稍后再试/);
    expect(await occupying).toBe('done');
    expect(await countReportChecks(db)).toBe(0);
  });
});

describe('年报体检 limits anonymous checks per client address', () => {
  let db: Db;
  let app: Hono<AppEnv>;
  beforeAll(async () => {
    db = await openTestDb();
    await insertTestOrgans(db);
    app = createTestApp(db).app;
  });
  afterAll(() => db.close());

  const failuresOf = async () =>
    (
      await db.query<{ failures: number }>('SELECT failures FROM login_attempts WHERE key = $1', [
        `report-check:${sha256('unknown')}`,
      ])
    )[0]?.failures ?? 0;

  it('counts every check an address starts, refused ones too', async () => {
    await postForm(app, '/tools/report-check', { text: '今天天气很好。' });
    await postForm(app, '/tools/report-check', { text: '今天天气很好。' });
    expect(await failuresOf()).toBe(2);
  });

  it('answers 429 with a Chinese message once the address is over its limit, reading nothing', async () => {
    const now = new Date();
    while ((await failuresOf()) < CHECKS_PER_ADDRESS.limit) {
      await recordFailure(db, `report-check:${sha256('unknown')}`, now, CHECKS_PER_ADDRESS);
    }
    const before = await countReportChecks(db);
    const res = await postForm(app, '/tools/report-check', { file: file(buildPdfBomb(200 * MiB), 'x.pdf') });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('600');
    expect(alertOf(await res.text())).toBe('同一网络地址 10 分钟内提交的检查已达上限（30 次），请稍后再试。');
    expect(await countReportChecks(db)).toBe(before);
  });
});

describe('the server keeps answering while a hostile upload is parsed', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      bootstrap: async (deps) => void (await ensureDemoOrgans(deps)),
      parsePool: { ...DEFAULT_PARSE_POOL_SETTINGS, timeoutMs: 2000 },
    });
  });
  afterAll(() => server.stop());

  /** POSTs a file with its CSRF pair; `onSent` runs once the whole body is on the wire. */
  async function upload(
    bytes: Buffer,
    name: string,
    onSent: () => void,
  ): Promise<{ status: number; html: string }> {
    const form = await fetch(`${server.url}/tools/report-check`);
    const token = /name="_csrf" value="([^"]*)"/.exec(await form.text())?.[1] ?? '';
    const cookie = (form.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const boundary = 'gk-boundary';
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\ncontent-disposition: form-data; name="_csrf"\r\n\r\n${token}\r\n--${boundary}\r\n` +
          `content-disposition: form-data; name="file"; filename="${name}"\r\ncontent-type: application/pdf\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const url = new URL(`${server.url}/tools/report-check`);
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: {
            cookie,
            'content-type': `multipart/form-data; boundary=${boundary}`,
            'content-length': body.length,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, html: Buffer.concat(chunks).toString('utf8') }),
          );
        },
      );
      request.on('error', reject);
      request.end(body, onSent);
    });
  }

  it('answers /healthz before the hostile parse ends, and the upload gets the timeout message', async () => {
    const order: string[] = [];
    let health: Promise<void> = Promise.resolve();
    const hostile = upload(slowPdf(), 'slow.pdf', () => {
      health = fetch(`${server.url}/healthz`).then(async (res) => {
        expect(await res.json()).toMatchObject({ status: 'ok' });
        order.push('healthz');
      });
    }).then((result) => {
      order.push('upload');
      return result;
    });
    const result = await hostile;
    await health;
    expect(order).toEqual(['healthz', 'upload']);
    expect(result.status).toBe(422);
    expect(alertOf(result.html)).toMatch(/^文件过于复杂，处理超时，无法检查/);
    expect(await countReportChecks(server.deps.db)).toBe(0);
  });
});
