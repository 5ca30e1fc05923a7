import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { hashQueryCode } from '../../app/cases/query-codes.ts';
import { TOKEN_INVALID } from '../../app/cases/submit-application.ts';
import {
  APPLICANT_KINDS,
  APPLICANT_KIND_LABELS,
  type ApplicantKind,
} from '../../domain/case/applicant-kinds.ts';
import { buildMinimalPdf } from '../../io/testing/minimal-pdf.ts';
import { buildMinimalDocx, buildStoredZip } from '../../io/testing/minimal-zip.ts';
import {
  buildManyEntriesDocx,
  buildNestedZipDocx,
  buildZipBombDocx,
} from '../../io/testing/hostile-files.ts';
import { buildPng } from '../../io/testing/minimal-images.ts';
import { backends, type TestDb } from '../../../test/db.ts';
import { insertTestOrgans } from '../../../test/portal.ts';
import type { AppEnv } from '../context.ts';
import {
  countWrittenRows,
  createApplyApp,
  openForm,
  postMultipart,
  receiptOf,
  validFields,
  VALID_ID,
  type WrittenRows,
} from './apply.test-support.ts';

const FORM = '/o/boshan/gk/apply/form';
const PDF = buildMinimalPdf([{ runs: [{ text: 'ID card copy', x: 50, y: 700 }] }]);
const PNG = buildPng(640, 480);
const DOCX = buildMinimalDocx('授权委托书');
const EXE = Buffer.concat([
  Buffer.from('MZ'),
  Buffer.alloc(62),
  Buffer.from('This program cannot be run in DOS mode.'),
]);
const file = (bytes: Uint8Array, name: string) => new File([Buffer.from(bytes)], name);
const MiB = 1024 * 1024;
const NO_ROWS: WrittenRows = { cases: 0, events: 0, attachments: 0, submissions: 0, audit: 0 };

/** A 居民身份证 number born on `yyyymmdd`, with the right check digit. */
function idBornOn(yyyymmdd: string): string {
  const first17 = `110105${yyyymmdd}002`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11]!;
}

describe.each(await backends())('the online application form on $name', (backend) => {
  let testDb: TestDb;
  let app: Hono<AppEnv>;
  beforeAll(async () => {
    testDb = await backend.open();
    await insertTestOrgans(testDb.db);
    app = createApplyApp(testDb.db).app;
  });
  afterAll(() => testDb.dispose());

  async function submit(fields: Record<string, string>, files: File[] = []) {
    const form = await openForm(app, FORM);
    return postMultipart(
      app,
      FORM,
      form.cookie,
      { _csrf: form.csrf, submissionToken: form.submissionToken, ...fields },
      files,
    );
  }

  it('shows the form with every applicant kind, the tokens and no caching', async () => {
    const res = await app.request(FORM);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('<h1>政府信息公开申请表</h1>');
    for (const kind of APPLICANT_KINDS) {
      expect(html).toContain(`value="${kind}"`);
      expect(html).toContain(`>${APPLICANT_KIND_LABELS[kind]}</label>`);
    }
    expect(html).toMatch(/name="_csrf" value="[A-Za-z0-9_-]{20,}"/);
    expect(html).toMatch(/name="submissionToken" value="[A-Za-z0-9_-]{24}\.[A-Za-z0-9_-]{43}"/);
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).not.toContain('<script');
    expect((await app.request('/o/nowhere/gk/apply/form')).status).toBe(404);
  });

  it.each(APPLICANT_KINDS)(
    'registers an application of a %s: one case, its first event and an audit record; the receipt is the response',
    async (kind: ApplicantKind) => {
      const before = await countWrittenRows(testDb.db);
      const res = await submit(validFields(kind));
      const html = await res.text();
      expect(res.status, html.slice(0, 2000)).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('location')).toBeNull();
      const { caseNumber, queryCode } = receiptOf(html);
      expect(queryCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      expect(html).toContain('政府信息公开申请回执');
      expect(html).toContain('以双方确认之日为收到申请之日');
      expect(html).toContain('2026年11月22日');
      expect(html).toContain('20 个工作日');
      expect(html).not.toContain(kind === 'naturalPerson' ? VALID_ID : '91350100M000100Y43');
      expect(html).not.toContain('13800138000');
      const after = await countWrittenRows(testDb.db);
      expect(after).toEqual({
        ...before,
        cases: before.cases + 1,
        events: before.events + 1,
        submissions: before.submissions + 1,
        audit: before.audit + 1,
      });
      const rows = await testDb.db.query<{
        case_number: string;
        query_code_hash: string;
        channel: string;
        source: string;
        applicant_kind: string;
        received_on: string;
        due_on: string | null;
      }>(
        'SELECT case_number, query_code_hash, channel, source, applicant_kind, received_on::text AS received_on, due_on::text AS due_on FROM cases WHERE case_number = $1',
        [caseNumber],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        query_code_hash: hashQueryCode(queryCode),
        channel: 'online',
        source: 'portal',
        applicant_kind: kind,
        received_on: '2026-11-22',
      });
      expect(rows[0]!.due_on).not.toBeNull();
      const [y, m, d] = rows[0]!.due_on!.split('-').map(Number);
      expect(html).toContain(`${y}年${m}月${d}日`);
      const audit = await testDb.db.query<{ actor_name: string; after: unknown }>(
        "SELECT actor_name, after FROM audit_events WHERE action = 'case.register' ORDER BY id DESC LIMIT 1",
      );
      expect(JSON.stringify(audit[0])).not.toMatch(/张三|淄博某某|13800138000/);
    },
  );

  it('stores attachments typed by content, with safe names', async () => {
    const before = await countWrittenRows(testDb.db);
    const res = await submit(validFields('naturalPerson'), [
      file(PDF, '../../身份证明.pdf'),
      file(PNG, 'photo.pdf'),
      file(DOCX, '委托书\u202Etxt.docx'),
    ]);
    expect(res.status).toBe(200);
    const { caseNumber } = receiptOf(await res.text());
    const stored = await testDb.db.query<{ file_name: string; media_type: string; size: number }>(
      'SELECT a.file_name, a.media_type, a.size FROM case_attachments a JOIN cases c ON c.id = a.case_id WHERE c.case_number = $1 ORDER BY a.id',
      [caseNumber],
    );
    expect(stored).toEqual([
      { file_name: '身份证明.pdf', media_type: 'application/pdf', size: PDF.length },
      { file_name: 'photo.png', media_type: 'image/png', size: PNG.length },
      {
        file_name: '委托书txt.docx',
        media_type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        size: DOCX.length,
      },
    ]);
    expect((await countWrittenRows(testDb.db)).attachments).toBe(before.attachments + 3);
  });

  it('makes one case of a form posted twice, and shows the same receipt again', async () => {
    const form = await openForm(app, FORM);
    const fields = { _csrf: form.csrf, submissionToken: form.submissionToken, ...validFields('business') };
    const before = await countWrittenRows(testDb.db);
    const first = await postMultipart(app, FORM, form.cookie, fields, [file(PDF, 'a.pdf')]);
    const second = await postMultipart(app, FORM, form.cookie, fields, [file(PDF, 'a.pdf')]);
    const [a, b] = [await first.text(), await second.text()];
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(receiptOf(b)).toEqual(receiptOf(a));
    expect(b).toContain('该申请表此前已提交成功');
    expect(await countWrittenRows(testDb.db)).toEqual({
      ...before,
      cases: before.cases + 1,
      events: before.events + 1,
      attachments: before.attachments + 1,
      submissions: before.submissions + 1,
      audit: before.audit + 1,
    });
  });

  it('makes one case of a form posted twice at the same moment', async () => {
    const form = await openForm(app, FORM);
    const fields = { _csrf: form.csrf, submissionToken: form.submissionToken, ...validFields('research') };
    const before = await countWrittenRows(testDb.db);
    const responses = await Promise.all([1, 2, 3].map(() => postMultipart(app, FORM, form.cookie, fields)));
    const receipts = await Promise.all(responses.map(async (r) => receiptOf(await r.text())));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(new Set(receipts.map((r) => r.caseNumber)).size).toBe(1);
    expect((await countWrittenRows(testDb.db)).cases).toBe(before.cases + 1);
  });

  const big = (bytes: number, name: string) =>
    file(Buffer.concat([PDF, Buffer.alloc(bytes - PDF.length, 0x20)]), name);
  const hostile: [string, Record<string, string>, () => File[], RegExp][] = [
    [
      'a wrong ID check digit',
      { idNumber: '110105194912310021' },
      () => [],
      /身份证号码校验位不正确，应为 X/,
    ],
    [
      'a birth date after today in the ID number',
      { idNumber: idBornOn('20301231') },
      () => [],
      /出生日期 20301231 晚于今天/,
    ],
    [
      'a bad credit code',
      {
        kind: 'business',
        organizationName: '某公司',
        creditCode: '91350100M000100Y44',
        legalRepresentative: '李四',
        contactPerson: '王五',
      },
      () => [],
      /统一社会信用代码的校验码（第18位）应为 3，而不是 4/,
    ],
    [
      '21 requested items',
      { items: Array.from({ length: 21 }, (_, i) => `第${i + 1}份文件`).join('\n') },
      () => [],
      /最多填写 20 项，当前为 21 项/,
    ],
    ['a 1 MB address', { address: '路'.repeat(1024 * 1024) }, () => [], /通讯地址不能超过 200 个字/],
    ['1 MB of requested items', { items: 'x'.repeat(1024 * 1024) }, () => [], /所需政府信息过长/],
    ['a direction override in the name', { personName: '张\u202E三' }, () => [], /文字方向控制字符/],
    ['no applicant kind', { kind: '' }, () => [], /请选择申请人类型/],
    ['an unknown applicant kind', { kind: 'alien' }, () => [], /申请人类型只能是自然人、商业企业/],
    [
      'paper by e-mail',
      { provisionForm: 'paper', obtainWay: 'email' },
      () => [],
      /纸质形式只能邮寄或当面领取/,
    ],
    ['no declaration', { declaration: '' }, () => [], /请阅读并勾选申请声明/],
    [
      'a program disguised as a PDF',
      {},
      () => [file(EXE, '身份证.pdf')],
      /附件「身份证\.pdf」的扩展名是 \.pdf，但内容是可执行程序/,
    ],
    // Issue 8, item 4: any ZIP with an entry named word/document.xml used to pass as Word.
    [
      'a ZIP that merely names an entry word/document.xml',
      {},
      () => [file(buildStoredZip({ 'word/document.xml': '<w:document/>' }), '委托书.docx')],
      /附件「委托书\.docx」的扩展名是 \.docx，但内容是 ZIP 压缩包，但不是 Word 或 Excel 文档/,
    ],
    [
      'a Word document with a 1 GB ZIP bomb inside',
      {},
      () => [file(buildZipBombDocx(1024 * MiB), '委托书.docx')],
      /附件「委托书\.docx」的扩展名是 \.docx，但内容解压后超过 64 MB，超出处理上限/,
    ],
    [
      'a Word document with a nested ZIP',
      {},
      () => [file(buildNestedZipDocx(), '委托书.docx')],
      /内嵌有其他压缩包/,
    ],
    [
      'a 60,000-entry ZIP named .docx',
      {},
      () => [file(buildManyEntriesDocx(60_000), '委托书.docx')],
      /内含部件超过 1000 个/,
    ],
    [
      'an old Word document',
      {},
      () => [file(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), '委托书.doc')],
      /旧版 Office 文档/,
    ],
    ['an 11 MiB file', {}, () => [big(11 * MiB, 'scan.pdf')], /附件「scan\.pdf」超过 10 MB/],
    [
      'six files',
      {},
      () => Array.from({ length: 6 }, (_, i) => file(PDF, `${i}.pdf`)),
      /附件最多 5 个，当前选择了 6 个/,
    ],
    [
      '21 MiB of files',
      {},
      () => [big(7 * MiB, 'a.pdf'), big(7 * MiB, 'b.pdf'), big(7 * MiB, 'c.pdf')],
      /附件合计不能超过 20 MB/,
    ],
  ];

  it.each(hostile)(
    'refuses %s with a Chinese message (422) and writes nothing',
    async (_name, change, files, message) => {
      const before = await countWrittenRows(testDb.db);
      const res = await submit({ ...validFields('naturalPerson'), ...change }, files());
      const html = await res.text();
      expect(res.status).toBe(422);
      expect(html).toMatch(message);
      expect(html).toContain('role="alert"');
      expect(html).toMatch(/<a href="#field-[A-Za-z]+">/);
      expect(await countWrittenRows(testDb.db)).toEqual(before);
    },
  );

  // Decision 019: control characters are removed at the edge (the person cannot see them to delete
  // them); direction overrides, which change what is shown, are still refused above.
  it('removes control characters from the name: the application is registered under the visible name', async () => {
    const res = await submit({ ...validFields('naturalPerson'), personName: '张\u0007三\u0000' });
    expect(res.status).toBe(200);
    const { caseNumber } = receiptOf(await res.text());
    const rows = await testDb.db.query<{ name: string }>(
      "SELECT applicant->>'name' AS name FROM cases WHERE case_number = $1",
      [caseNumber],
    );
    expect(rows).toEqual([{ name: '张三' }]);
  });

  it('shows every error next to its input and in the summary, keeps the values, and asks for the files again', async () => {
    const res = await submit(
      { ...validFields('naturalPerson'), idNumber: '110105194912310021', phone: '12345', email: '' },
      [file(PDF, 'a.pdf')],
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('<a href="#field-idNumber">身份证号码校验位不正确，应为 X</a>');
    expect(html).toContain('<a href="#field-phone">联系电话应为11位手机号码');
    expect(html).toMatch(/id="field-idNumber-error"/);
    expect(html).toMatch(/<input id="field-idNumber" name="idNumber" type="text" value="110105194912310021"/);
    expect(html).toContain('value="张三"');
    expect(html).toContain('2025年博山区财政预算执行情况');
    expect(html).toContain('此前选择的附件没有保存，请重新选择');
    expect(html).toMatch(/id="field-declaration" name="declaration" value="yes" checked/);
  });

  it('refuses a post without the CSRF token (403) and writes nothing', async () => {
    const before = await countWrittenRows(testDb.db);
    const form = await openForm(app, FORM);
    const res = await postMultipart(app, FORM, form.cookie, {
      submissionToken: form.submissionToken,
      ...validFields('naturalPerson'),
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('页面已过期或来源不明');
    expect(await countWrittenRows(testDb.db)).toEqual(before);
  });

  it("refuses a made-up or another organ's submission token, and gives a fresh one", async () => {
    const before = await countWrittenRows(testDb.db);
    const other = await openForm(app, '/o/czj/gk/apply/form');
    const form = await openForm(app, FORM, other.cookie);
    for (const token of ['', 'x'.repeat(24) + '.' + 'y'.repeat(43), other.submissionToken]) {
      const res = await postMultipart(app, FORM, form.cookie, {
        _csrf: form.csrf,
        ...validFields('naturalPerson'),
        submissionToken: token,
      });
      const html = await res.text();
      expect(res.status).toBe(422);
      expect(html).toContain(TOKEN_INVALID);
      const fresh = /name="submissionToken" value="([^"]*)"/.exec(html)?.[1] ?? '';
      expect(fresh).toMatch(/^[A-Za-z0-9_-]{24}\.[A-Za-z0-9_-]{43}$/);
      expect(fresh).not.toBe(token);
    }
    expect(await countWrittenRows(testDb.db)).toEqual(before);
  });

  it('writes nothing at all when nothing valid was ever posted', async () => {
    const fresh = await backend.open();
    try {
      await insertTestOrgans(fresh.db);
      const { app: freshApp } = createApplyApp(fresh.db);
      const form = await openForm(freshApp, FORM);
      await postMultipart(freshApp, FORM, form.cookie, {
        _csrf: form.csrf,
        submissionToken: form.submissionToken,
        ...validFields('naturalPerson'),
        idNumber: '1',
      });
      expect(await countWrittenRows(fresh.db)).toEqual(NO_ROWS);
    } finally {
      await fresh.dispose();
    }
  });

  it('stops new applications from one address after 30 in 24 hours, writing nothing more', async () => {
    const fresh = await backend.open();
    try {
      await insertTestOrgans(fresh.db);
      const { app: freshApp } = createApplyApp(fresh.db);
      for (let i = 0; i < 30; i += 1) {
        const form = await openForm(freshApp, FORM);
        const res = await postMultipart(freshApp, FORM, form.cookie, {
          _csrf: form.csrf,
          submissionToken: form.submissionToken,
          ...validFields('naturalPerson'),
        });
        expect(res.status).toBe(200);
      }
      const before = await countWrittenRows(fresh.db);
      const form = await openForm(freshApp, FORM);
      const res = await postMultipart(freshApp, FORM, form.cookie, {
        _csrf: form.csrf,
        submissionToken: form.submissionToken,
        ...validFields('naturalPerson'),
      });
      expect(res.status).toBe(422);
      expect(await res.text()).toContain('提交的申请已达上限');
      expect(await countWrittenRows(fresh.db)).toEqual(before);
    } finally {
      await fresh.dispose();
    }
  });
});
