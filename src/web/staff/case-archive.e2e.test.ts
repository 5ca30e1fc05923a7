import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/db.ts';
import { insertAttachment } from '../../db/queries/case-records.ts';
import { docxToText } from '../../io/docx-to-text.ts';
import { listZipEntries, readZipEntry } from '../../io/zip/zip-read.ts';
import { ROUTE_MODULES } from '../routes.ts';
import { backends, type TestDb } from '../../../test/db.ts';
import {
  insertTestAccount,
  insertTestTree,
  movableClock,
  TestClient,
  testApp,
  type MovableClock,
  type TestTree,
} from '../../../test/staff.ts';
import { registerCaseArchiveRoutes } from './case-archive.tsx';

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
/** A staff name a spreadsheet would run as a formula, with markup in it. */
const HOSTILE_NAME = '=HYPERLINK("http://evil.example")<b>';
const LONG_NAME = `${'很长的附件名称'.repeat(43)}.pdf`; // 301 characters
const ATTACHMENTS = [
  { fileName: '../../etc/passwd', mediaType: 'application/pdf', content: Buffer.from('%PDF-1.4 passwd') },
  { fileName: 'a\u202Eexe.pdf', mediaType: 'application/pdf', content: Buffer.from('%PDF-1.4 bidi') },
  { fileName: LONG_NAME, mediaType: 'application/pdf', content: crypto.randomBytes(4096) },
];

/** The app (routes.ts lists the archive route). */
function archiveApp(db: Db, clock: MovableClock) {
  expect(ROUTE_MODULES).toContain(registerCaseArchiveRoutes);
  return testApp(db, clock);
}

/** UTF-8 text with a BOM kept (the CSV must start with one). */
/** What the tests read of case.json. */
type CaseJson = {
  case: { id: number; applicant: { name: string } };
  events: { data: { kind: string } }[];
  letters: { letter: { title: string } }[];
  reviews: unknown[];
  attachments: { file: string }[];
};

const text = (bytes: Uint8Array | null) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes ?? new Uint8Array());

/** The general-purpose flags and the system it was "made by", of each central-directory entry, by name. */
function entryFlags(zip: Uint8Array): Map<string, { flags: number; madeBy: number }> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.byteLength - 22;
  while (view.getUint32(end, true) !== 0x06054b50) {
    end -= 1;
  }
  const flags = new Map<string, { flags: number; madeBy: number }>();
  let offset = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i += 1) {
    const nameLength = view.getUint16(offset + 28, true);
    flags.set(text(zip.subarray(offset + 46, offset + 46 + nameLength)), {
      flags: view.getUint16(offset + 8, true),
      madeBy: view.getUint8(offset + 5),
    });
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return flags;
}

for (const backend of await backends()) {
  describe(`the case file (卷宗) as one archive (${backend.name})`, () => {
    let t: TestDb;
    let tree: TestTree;
    const clock = movableClock('2024-09-27T02:00:00Z');
    let handler: TestClient;
    let caseId = 0;
    let zip = new Uint8Array();
    let entries: string[] = [];

    const versionOf = async () =>
      String(
        (await t.db.query<{ version: number }>('SELECT version FROM cases WHERE id = $1', [caseId]))[0]!
          .version,
      );
    const act = async (client: TestClient, action: string, fields: Record<string, string>) => {
      const res = await client.post(
        `/staff/cases/${caseId}/act/${action}`,
        { version: await versionOf(), ...fields },
        { csrfFrom: `/staff/cases/${caseId}` },
      );
      expect(res.status, action).toBe(303);
    };
    const auditCount = async () =>
      Number(
        (
          await t.db.query<{ n: string }>(
            "SELECT count(*) AS n FROM audit_events WHERE action = 'case.archiveExport' AND entity = 'case' AND entity_id = $1",
            [String(caseId)],
          )
        )[0]!.n,
      );

    beforeAll(async () => {
      t = await backend.open();
      tree = await insertTestTree(t.db);
      await insertTestAccount(t.db, 'handler', [{ organId: tree.education, role: 'handler' }], {
        displayName: HOSTILE_NAME,
      });
      await insertTestAccount(t.db, 'reviewer', [{ organId: tree.education, role: 'reviewer' }]);
      await insertTestAccount(t.db, 'approver', [{ organId: tree.education, role: 'approver' }]);
      await insertTestAccount(t.db, 'outsider', [{ organId: tree.finance, role: 'handler' }]);
      const app = archiveApp(t.db, clock);
      handler = new TestClient(app);
      const reviewer = new TestClient(app);
      const approver = new TestClient(app);
      await handler.logIn('handler');
      await reviewer.logIn('reviewer');
      await approver.logIn('approver');
      expect(
        (
          await handler.post('/staff/cases/new', {
            organId: String(tree.education),
            channel: 'counter',
            receivedOn: '2024-09-27',
            ...APPLICANT,
          })
        ).status,
      ).toBe(201);
      caseId = Number(
        (await t.db.query<{ id: string }>('SELECT id FROM cases ORDER BY id DESC LIMIT 1'))[0]!.id,
      );
      await act(handler, 'requestCorrection', {
        on: '2024-09-27',
        missing: '请写明工程名称',
        correctBy: '2024-10-15',
      });
      await act(handler, 'receiveCorrection', { on: '2024-09-27', note: '' });
      await act(handler, 'draftReply', {
        on: '2024-09-27',
        itemCount: '2',
        item1Description: '2024年某道路改造工程招标文件',
        item1Decision: 'granted',
        item1Reason: '',
        item1How: '随本答复书寄送',
        item2Description: '该工程的中标通知书',
        item2Decision: 'granted',
        item2Reason: '',
        item2How: '随本答复书寄送',
      });
      await act(handler, 'submitForReview', { on: '2024-09-27' });
      await act(reviewer, 'approveReview', { on: '2024-09-27', comment: '同意' });
      await act(approver, 'sign', { on: '2024-09-27', comment: '' });
      await act(handler, 'recordDelivery', {
        on: '2024-09-27',
        method: 'post',
        trackingNumber: 'XA123456789CN',
      });
      await act(handler, 'recordReview', {
        on: '2024-09-27',
        reviewKind: 'review',
        body: '甲区人民政府',
        result: 'pending',
        concludedOn: '',
      });
      for (const a of ATTACHMENTS) {
        await insertAttachment(
          t.db,
          caseId,
          { ...a, sha256: crypto.createHash('sha256').update(a.content).digest('hex') },
          clock.now(),
        );
      }
      const res = await handler.get(`/staff/cases/${caseId}/archive.zip`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/zip');
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      const caseNumber = (
        await t.db.query<{ case_number: string }>('SELECT case_number FROM cases WHERE id = $1', [caseId])
      )[0]!.case_number;
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="case-${caseId}-archive.zip"; filename*=UTF-8''${encodeURIComponent(`卷宗-${caseNumber}.zip`)}`,
      );
      zip = new Uint8Array(await res.arrayBuffer());
      entries = listZipEntries(zip) ?? [];
    });
    afterAll(async () => t.dispose());

    it('holds the index, the history, both forms of every letter, every attachment and case.json, in a fixed order', async () => {
      const letters = await t.db.query<{ title: string }>(
        "SELECT letter->>'title' AS title FROM case_letters WHERE case_id = $1 ORDER BY id",
        [caseId],
      );
      expect(letters.length).toBeGreaterThanOrEqual(2);
      expect(entries).toEqual([
        '目录.html',
        '办理记录.html',
        '办理记录.csv',
        ...letters.flatMap((l, i) => [`文书/0${i + 1}-${l.title}.docx`, `文书/0${i + 1}-${l.title}.html`]),
        '附件/01-etc_passwd',
        '附件/02-a_exe.pdf',
        expect.stringMatching(/^附件\/03-(很长的附件名称)+很?长?的?附?件?名?\.pdf$/),
        'case.json',
      ]);
    });

    it('writes every DOCX as a Word document that reads back with the letter text', async () => {
      const numbers = await t.db.query<{ number: string }>(
        "SELECT letter->>'number' AS number FROM case_letters WHERE case_id = $1 ORDER BY id",
        [caseId],
      );
      const docx = entries.filter((name) => name.endsWith('.docx'));
      expect(docx).toHaveLength(numbers.length);
      for (const [i, name] of docx.entries()) {
        const bytes = readZipEntry(zip, name)!;
        expect(listZipEntries(bytes)).toContain('word/document.xml');
        expect(await docxToText(bytes)).toContain(numbers[i]!.number);
      }
      const html = text(
        readZipEntry(
          zip,
          entries.find((name) => name.startsWith('文书/') && name.endsWith('.html'))!,
        ),
      );
      expect(html).toMatch(/^<!doctype html>/);
      expect(html).toMatch(/<style>[^<]*\.gk-letter \{/);
      expect(html).toContain('class="gk-letter');
    });

    it('keeps attachment bytes as stored and every entry name safe', () => {
      ATTACHMENTS.forEach((a, i) =>
        expect(Buffer.from(readZipEntry(zip, entries.filter((n) => n.startsWith('附件/'))[i]!)!)).toEqual(
          a.content,
        ),
      );
      for (const name of entries) {
        expect(Array.from(name).length).toBeLessThanOrEqual(80);
        // eslint-disable-next-line no-control-regex -- control characters are what must not be there
        expect(name).not.toMatch(/\.\.|^\/|\\|[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
        expect(name.split('/').length).toBeLessThanOrEqual(2);
      }
      for (const [name, { flags, madeBy }] of entryFlags(zip)) {
        expect((flags & 0x800) !== 0, name).toBe(/[^\x20-\x7e]/.test(name)); // UTF-8 names carry the flag (ASCII ones need none)
        expect(madeBy, name).toBe(3); // Unix: Info-ZIP unzip reads DOS-made names through the OEM code page
      }
      const index = text(readZipEntry(zip, '目录.html'));
      expect(index).toContain('原文件名「a[U+202E]exe.pdf」');
      expect(index).toContain('原文件名「../../etc/passwd」');
      for (const name of entries.filter((n) => n.endsWith('.html'))) {
        expect(text(readZipEntry(zip, name)), name).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      }
    });

    it('writes the history as CSV (BOM, neutralized formulas) and HTML (escaped), one row per event', async () => {
      const events = Number(
        (
          await t.db.query<{ n: string }>('SELECT count(*) AS n FROM case_events WHERE case_id = $1', [
            caseId,
          ])
        )[0]!.n,
      );
      const csv = text(readZipEntry(zip, '办理记录.csv'));
      expect(csv.startsWith('\uFEFF序号,日期,事项,记录人,记录时间\r\n')).toBe(true);
      expect(csv.trimEnd().split('\r\n')).toHaveLength(events + 1);
      expect(csv).toContain(
        `2,2024-09-27,发出补正告知：请写明工程名称；补正期限 2024年10月15日,"'=HYPERLINK(""http://evil.example"")<b>",2024-09-27 10:00`,
      );
      expect(csv).not.toMatch(/,"?=HYPERLINK/);
      const html = text(readZipEntry(zip, '办理记录.html'));
      expect(html).toContain('=HYPERLINK(&quot;http://evil.example&quot;)&lt;b&gt;');
      expect(html).not.toContain('<b>');
      expect(html.match(/<tr><td>/g)).toHaveLength(events);
    });

    it('indexes the case: number, organ, applicant, dates, decision and links to the files', async () => {
      const caseNumber = (
        await t.db.query<{ case_number: string }>('SELECT case_number FROM cases WHERE id = $1', [caseId])
      )[0]!.case_number;
      const index = text(readZipEntry(zip, '目录.html'));
      for (const fact of [caseNumber, '甲区教育局', '张三', '2024年9月27日', '（一）予以公开', '已办结']) {
        expect(index).toContain(fact);
      }
      for (const name of entries.filter((n) => n !== '目录.html')) {
        expect(index).toContain(`href="${name.split('/').map(encodeURIComponent).join('/')}"`);
      }
    });

    it('puts the case row, events, letters and reviews in case.json but never the query-code hash', async () => {
      const json = JSON.parse(text(readZipEntry(zip, 'case.json'))) as CaseJson;
      expect(json.case.id).toBe(caseId);
      expect(json.case.applicant.name).toBe('张三');
      expect(json.events.map((e) => e.data.kind)).toContain('reviewRecorded');
      expect(json.letters.every((l) => typeof l.letter.title === 'string')).toBe(true);
      expect(json.reviews).toEqual([
        expect.objectContaining({ kind: 'review', body: '甲区人民政府', result: 'pending' }),
      ]);
      expect(json.attachments.map((a) => a.file)).toEqual(entries.filter((n) => n.startsWith('附件/')));
      const hash = (
        await t.db.query<{ query_code_hash: string }>('SELECT query_code_hash FROM cases WHERE id = $1', [
          caseId,
        ])
      )[0]!.query_code_hash;
      expect(hash.length).toBeGreaterThan(8);
      for (const name of entries.filter((n) => !n.startsWith('附件/'))) {
        expect(text(readZipEntry(zip, name))).not.toContain(hash);
      }
    });

    it('audits each export and gives the same files in the same order for the same moment', async () => {
      expect(await auditCount()).toBe(1);
      const row = (
        await t.db.query<{ actor_name: string; organ_id: number; after: Record<string, number> }>(
          "SELECT actor_name, organ_id, after FROM audit_events WHERE action = 'case.archiveExport' AND entity_id = $1",
          [String(caseId)],
        )
      )[0]!;
      expect(row).toMatchObject({
        actor_name: HOSTILE_NAME,
        organ_id: tree.education,
        after: { letters: entries.filter((n) => n.endsWith('.docx')).length, attachments: 3, reviews: 1 },
      });
      const again = new Uint8Array(
        await (await handler.get(`/staff/cases/${caseId}/archive.zip`)).arrayBuffer(),
      );
      // DOCX files carry their own creation time (the docx library's); everything else is byte for byte the same.
      expect(listZipEntries(again)).toEqual(entries);
      for (const name of entries.filter((n) => !n.endsWith('.docx'))) {
        expect(
          Buffer.from(readZipEntry(again, name)!).equals(Buffer.from(readZipEntry(zip, name)!)),
          name,
        ).toBe(true);
      }
      expect(await auditCount()).toBe(2);
    });

    it('answers 404 to a person of another organ and for unknown ids, writing no audit record', async () => {
      const before = await auditCount();
      const outsider = new TestClient(archiveApp(t.db, clock));
      await outsider.logIn('outsider');
      const res = await outsider.get(`/staff/cases/${caseId}/archive.zip`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).not.toBe('application/zip');
      expect((await handler.get(`/staff/cases/${caseId + 1000}/archive.zip`)).status).toBe(404);
      expect(
        (await new TestClient(archiveApp(t.db, clock)).get(`/staff/cases/${caseId}/archive.zip`)).status,
      ).not.toBe(200);
      expect(await auditCount()).toBe(before);
    });
  });
}
