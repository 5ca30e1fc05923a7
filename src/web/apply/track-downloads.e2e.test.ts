/**
 * Hardening issue 8, item 15: an applicant who chose 网上获取 downloads the 答复书 and the released
 * files on /track after delivery — behind links issued only to the right case number and query
 * code, signed, expiring and free of personal data; every download is in the audit trail, and a
 * wrong code, an edited or expired link or another case's file gets a Chinese 4xx with nothing given
 * and nothing written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDownloadToken } from '../../app/cases/download-links.ts';
import { describeAudit } from '../../domain/audit/describe-audit.ts';
import { backends, type TestDb } from '../../../test/db.ts';
import { csrfOf, type TestClient } from '../../../test/staff.ts';
import { startCaseWalk, WALK_APPLICANT, type CaseWalk } from '../staff/case-walk.test-support.ts';

const PDF = new TextEncoder().encode('%PDF-1.4\n% 招标文件\n%%EOF\n');
const PERSONAL = [WALK_APPLICANT.idNumber, WALK_APPLICANT.phone, '某路1号'];

for (const backend of await backends()) {
  describe(`downloads on the tracking page after delivery 网上获取 (${backend.name})`, () => {
    let t: TestDb;
    let w: CaseWalk;
    let links: string[] = [];

    const auditCount = async () =>
      Number((await t.db.query<{ n: string }>('SELECT count(*) AS n FROM audit_events'))[0]!.n);
    const lookUp = async (client: TestClient, code: string) =>
      client.post('/track', { caseNumber: w.caseNumber, queryCode: code }, { csrfFrom: '/track' });
    const downloadLinks = (html: string) =>
      [...html.matchAll(/href="(\/track\/files\/[^"]+)"/g)].map((m) => m[1]!);

    beforeAll(async () => {
      t = await backend.open();
      w = await startCaseWalk(t);
      await w.walkTo('toDeliver');
    });
    afterAll(async () => t.dispose());

    it('offers nothing to download before delivery', async () => {
      const html = await (await lookUp(w.anonymous, w.queryCode)).text();
      expect(html).toContain('已作出答复，正在送达');
      expect(downloadLinks(html)).toEqual([]);
    });

    /** Posts the delivery step as multipart with one file. */
    const deliverWith = async (file: File, fields: Record<string, string> = {}) => {
      const page = await (await w.handler.get(`/staff/cases/${w.caseId}`)).text();
      const version = (
        await t.db.query<{ version: number }>('SELECT version FROM cases WHERE id = $1', [w.caseId])
      )[0]!.version;
      const form = new FormData();
      const values = {
        _csrf: csrfOf(page),
        version: String(version),
        on: '2024-10-21',
        method: 'online',
        ...fields,
      };
      for (const [k, v] of Object.entries(values)) {
        form.append(k, v);
      }
      form.append('releasedFiles', file);
      return w.handler.request(`/staff/cases/${w.caseId}/act/recordDelivery`, { method: 'POST', body: form });
    };

    it('refuses a disguised released file on the delivery step, writing nothing', async () => {
      const events = await t.db.query('SELECT seq FROM case_events WHERE case_id = $1', [w.caseId]);
      const res = await deliverWith(new File([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0])], '招标文件.pdf'));
      expect(res.status).toBe(422);
      expect(await res.text()).toContain('（请重新选择文件）');
      expect(await t.db.query('SELECT seq FROM case_events WHERE case_id = $1', [w.caseId])).toEqual(events);
      expect(await t.db.query('SELECT id FROM case_attachments WHERE case_id = $1', [w.caseId])).toEqual([]);
      const row = await t.db.query<{ status: string }>('SELECT status FROM cases WHERE id = $1', [w.caseId]);
      expect(row[0]!.status).toBe('toDeliver');
    });

    it('refuses released files on any other step, writing nothing', async () => {
      const page = await (await w.handler.get(`/staff/cases/${w.caseId}`)).text();
      const form = new FormData();
      for (const [k, v] of Object.entries({
        _csrf: csrfOf(page),
        version: '1',
        on: '2024-10-21',
        note: '撤回',
      })) {
        form.append(k, v);
      }
      form.append('releasedFiles', new File([PDF], '招标文件.pdf'));
      const res = await w.handler.request(`/staff/cases/${w.caseId}/act/withdraw`, {
        method: 'POST',
        body: form,
      });
      expect(res.status).toBe(422);
      expect(await res.text()).toContain('只有登记送达时才能附上公开的政府信息');
      expect(await t.db.query('SELECT id FROM case_attachments WHERE case_id = $1', [w.caseId])).toEqual([]);
    });

    it('delivers 网上获取 with a released file, which the case keeps as released', async () => {
      const page = await (await w.handler.get(`/staff/cases/${w.caseId}`)).text();
      expect(page).toMatch(/<form[^>]*id="form-recordDelivery"[^>]*enctype="multipart\/form-data"/);
      const res = await deliverWith(new File([PDF], '招标文件.pdf'));
      expect(res.status).toBe(303);
      const rows = await t.db.query<{ file_name: string; released: boolean; status: string }>(
        'SELECT a.file_name, a.released, c.status FROM case_attachments a JOIN cases c ON c.id = a.case_id WHERE c.id = $1',
        [w.caseId],
      );
      expect(rows).toEqual([{ file_name: '招标文件.pdf', released: true, status: 'closed' }]);
      const after = await (await w.handler.get(`/staff/cases/${w.caseId}`)).text();
      expect(after).toContain('<h3>公开的政府信息（随答复书送达）</h3>');
      expect(after).toContain('附公开的政府信息 1 件');
    });

    it('refuses a wrong query code with the one Chinese message and no links', async () => {
      const before = await auditCount();
      const res = await lookUp(w.anonymous, 'AAAA-BBBB-CCCC');
      const html = await res.text();
      expect(res.status).toBe(422);
      expect(html).toContain('案件编号或查询码不正确，请核对申请回执后重新输入。');
      expect(downloadLinks(html)).toEqual([]);
      expect(await auditCount()).toBe(before);
    });

    it('lists the 答复书 and the released file to the right code, with no personal data in page or links', async () => {
      const res = await lookUp(w.anonymous, w.queryCode.toLowerCase());
      const html = await res.text();
      expect(res.status).toBe(200);
      expect(html).toContain('网上获取：答复书和公开的政府信息');
      expect(html).toContain('政府信息公开申请答复书（Word 文档）');
      expect(html).toContain('招标文件.pdf');
      expect(html).toContain('30 分钟内有效');
      links = downloadLinks(html);
      expect(links).toHaveLength(3);
      for (const text of [...PERSONAL, WALK_APPLICANT.name]) {
        expect(html).not.toContain(text);
      }
      for (const link of links) {
        expect(link).toMatch(/^\/track\/files\/\d+\.(l\d+[hd]|f\d+)\.\d+\.[A-Za-z0-9_-]{32}$/);
        expect(link).not.toContain(w.queryCode.replaceAll('-', ''));
      }
    });

    it('gives the letter (print page, DOCX) and the file, writing one audit row per download', async () => {
      const before = await auditCount();
      const [html, docx, file] = [links[0]!, links[1]!, links[2]!];
      const page = await w.anonymous.get(html);
      expect(page.status).toBe(200);
      expect(page.headers.get('cache-control')).toBe('private, no-store');
      expect(await page.text()).toContain(
        '<h1 class="gk-letter-title" id="letter-title-reply">政府信息公开申请答复书</h1>',
      );
      const word = await w.anonymous.get(docx);
      expect(word.status).toBe(200);
      expect(word.headers.get('content-type')).toContain('wordprocessingml');
      const bytes = new Uint8Array(await word.arrayBuffer());
      expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
      const pdf = await w.anonymous.get(file);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(new Uint8Array(await pdf.arrayBuffer())).toEqual(PDF);

      expect(await auditCount()).toBe(before + 3);
      const rows = await t.db.query<{
        action: string;
        actor_name: string;
        actor_id: number | null;
        after: unknown;
      }>(
        "SELECT action, actor_name, actor_id, after FROM audit_events WHERE action = 'case.applicantDownload' ORDER BY id",
      );
      const auditEntryOf = (r: (typeof rows)[number]) => ({
        action: r.action,
        entity: 'case',
        entityId: String(w.caseId),
        before: null,
        after: r.after,
        subjectName: null,
      });
      expect(rows.map((r) => [r.actor_name, r.actor_id])).toEqual([
        ['申请人（凭查询码）', null],
        ['申请人（凭查询码）', null],
        ['申请人（凭查询码）', null],
      ]);
      expect(rows[2]!.after).toEqual({ caseNumber: w.caseNumber, fileName: '招标文件.pdf' });
      for (const text of PERSONAL) {
        expect(JSON.stringify(rows)).not.toContain(text);
      }
      expect(describeAudit({ ...auditEntryOf(rows[2]!), actorName: rows[2]!.actor_name }).sentence).toBe(
        `申请人（凭查询码）在办理进度查询页下载了依申请公开案件「${w.caseNumber}」的「招标文件.pdf」。`,
      );
    });

    it('answers an edited link 403, another case’s file 404, an expired link 410 — giving and writing nothing', async () => {
      // another case of the same organ, with a file of its own
      const other = await w.handler.post('/staff/cases/new', {
        organId: String(w.tree.education),
        channel: 'counter',
        receivedOn: '2024-10-21',
        ...WALK_APPLICANT,
        name: '李四',
      });
      expect(other.status).toBe(201);
      const otherFile = await t.db.query<{ id: string }>(
        'INSERT INTO case_attachments (case_id, file_name, media_type, size, sha256, content, created_at, released) ' +
          "SELECT id, '其他案件.pdf', 'application/pdf', 3, 'x', $2, now(), true FROM cases WHERE id <> $1 RETURNING id",
        [w.caseId, new Uint8Array([0x41, 0x42, 0x43])],
      );
      const before = await auditCount();
      const file = links[2]!;
      const edited = file.replace(/\.f(\d+)\./, (_m, id: string) => `.f${Number(id) + 1}.`);
      const forged = await w.anonymous.get(edited);
      expect(forged.status).toBe(403);
      expect(await forged.text()).toContain('该下载链接无效或已被改动。');
      expect((await w.anonymous.get('/track/files/not-a-link')).status).toBe(403);

      // a genuine signature over another case's file: still not this applicant's to download
      const secret = (
        await t.db.query<{ value: string }>("SELECT value FROM settings WHERE key = 'download_link_secret'")
      )[0]!.value;
      const hash = (
        await t.db.query<{ h: string }>('SELECT query_code_hash AS h FROM cases WHERE id = $1', [w.caseId])
      )[0]!.h;
      const foreign = signDownloadToken(secret, hash, {
        caseId: w.caseId,
        item: { kind: 'released', attachmentId: Number(otherFile[0]!.id) },
        expiresAt: new Date(w.clock.now().getTime() + 60_000),
      });
      const notHers = await w.anonymous.get(`/track/files/${foreign}`);
      expect(notHers.status).toBe(404);
      expect(await notHers.text()).toContain('该文件不存在，或不能通过本平台下载。');

      w.clock.advance(31 * 60_000);
      const expired = await w.anonymous.get(file);
      expect(expired.status).toBe(410);
      const text = await expired.text();
      expect(text).toContain('下载链接已过期');
      expect(text).not.toContain('%PDF');
      expect(await auditCount()).toBe(before);
    });
  });
}
