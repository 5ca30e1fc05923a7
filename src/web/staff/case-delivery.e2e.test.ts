/**
 * Hardening issue 8, items 12 and 13: delivery is one step (「登记送达并办结」, which closes the
 * case; the old 「登记文书送达」 that left it 待送达 is gone), and 审核人 and 领导 see the drafted
 * 答复书 (inline, print page, DOCX) before they approve and sign.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { startCaseWalk, type CaseWalk } from './case-walk.test-support.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

for (const backend of await backends()) {
  describe(`the reply at 审核, 签发 and 送达 (${backend.name})`, () => {
    let t: TestDb;
    let w: CaseWalk;
    const countEvents = async () =>
      Number(
        (
          await t.db.query<{ n: string }>('SELECT count(*) AS n FROM case_events WHERE case_id = $1', [
            w.caseId,
          ])
        )[0]!.n,
      );

    beforeAll(async () => {
      t = await backend.open();
      w = await startCaseWalk(t);
    });
    afterAll(async () => t.dispose());

    it('shows no draft letter while the reply is being drafted (404 for its links)', async () => {
      await w.act(w.handler, 'draftReply', {
        itemCount: '1',
        item1Description: '2024年某道路改造工程招标文件',
        item1Decision: 'granted',
        item1Reason: '',
        item1How: '在本平台下载',
      });
      const html = await (await w.handler.get(`/staff/cases/${w.caseId}`)).text();
      expect(html).not.toContain('答复书（草稿）');
      const res = await w.handler.get(`/staff/cases/${w.caseId}/draft-reply.docx`);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('答复书草稿不存在，或您无权查看。');
    });

    for (const [step, who] of [
      ['inReview', 'reviewer'],
      ['inSigning', 'approver'],
    ] as const) {
      it(`shows the drafted 答复书 to the ${who} at ${step}: inline, as a print page and as DOCX`, async () => {
        await w.walkTo(step);
        const client = w[who];
        const page = await client.get(`/staff/cases/${w.caseId}`);
        const html = await page.text();
        expect(page.status).toBe(200);
        expect(html).toContain('<h2 id="draft-letter-title">答复书（草稿）</h2>');
        expect(html).toContain('<article class="gk-letter gk-letter-reply"');
        expect(html).toContain('政府信息公开申请答复书');
        expect(html).toContain('张三：'); // the addressee, as the applicant will read it
        expect(html).toContain('2024年某道路改造工程招标文件');
        expect(html).toContain(`href="/staff/cases/${w.caseId}/draft-reply.docx"`);
        expect(html).toContain('<link rel="stylesheet" href="/static/letter.css"/>');

        const print = await client.get(`/staff/cases/${w.caseId}/draft-reply`);
        expect(print.status).toBe(200);
        expect(print.headers.get('cache-control')).toBe('private, no-store');
        const printed = await print.text();
        expect(printed).toContain('<title>（草稿）政府信息公开申请答复书</title>');
        expect(printed).toContain('草稿：签发后以签发日期出具');

        const docx = await client.get(`/staff/cases/${w.caseId}/draft-reply.docx`);
        expect(docx.status).toBe(200);
        expect(docx.headers.get('content-type')).toBe(DOCX);
        expect(docx.headers.get('content-disposition')).toContain(`draft-reply-${w.caseId}.docx`);
        const bytes = new Uint8Array(await docx.arrayBuffer());
        expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // a ZIP (OOXML)
      });
    }

    it('shows the draft to nobody outside the organ, and stores no letter for it', async () => {
      expect((await w.outsider.get(`/staff/cases/${w.caseId}/draft-reply`)).status).toBe(404);
      expect((await w.anonymous.get(`/staff/cases/${w.caseId}/draft-reply.docx`)).status).not.toBe(200);
      const letters = await t.db.query('SELECT id FROM case_letters WHERE case_id = $1', [w.caseId]);
      expect(letters).toEqual([]);
    });

    it('offers one delivery step at 待送达, and refuses the old 「登记文书送达」 writing nothing', async () => {
      await w.walkTo('toDeliver');
      const html = await (await w.handler.get(`/staff/cases/${w.caseId}`)).text();
      expect(html).not.toContain('答复书（草稿）'); // signed: the issued letter is listed instead
      expect(html).toContain('<summary>登记送达并办结</summary>');
      expect(html).not.toContain('登记文书送达');
      expect(html.match(/id="form-record[A-Za-z]*Delivery"/g)).toEqual(['id="form-recordDelivery"']);
      // the applicant chose 网上获取: the form proposes it
      expect(html).toMatch(
        /<option value="online" selected="">网上获取（申请人在本平台查看和下载）<\/option>/,
      );

      const before = await countEvents();
      const old = await w.act(w.handler, 'recordLetterDelivery', { letterId: '1', method: 'post' });
      expect(old.status).toBe(404);
      expect(await old.text()).toContain('操作不存在，或您无权查看。');
      expect(await countEvents()).toBe(before);
      const row = await t.db.query<{ status: string }>('SELECT status FROM cases WHERE id = $1', [w.caseId]);
      expect(row[0]!.status).toBe('toDeliver');
    });

    it('records the 送达 (date, way) and closes the case in the same step', async () => {
      const missing = await w.act(w.handler, 'recordDelivery', { method: '' });
      expect(missing.status).toBe(422);
      expect(await missing.text()).toContain('送达方式');
      const done = await w.act(w.handler, 'recordDelivery', { method: 'inPerson' });
      expect(done.status).toBe(303);
      const row = await t.db.query<{ status: string; closed_on: string }>(
        'SELECT status, closed_on::text FROM cases WHERE id = $1',
        [w.caseId],
      );
      expect(row[0]).toEqual({ status: 'closed', closed_on: '2024-10-21' });
      const html = await (await w.handler.get(`/staff/cases/${w.caseId}`)).text();
      expect(html).toContain('答复已送达（直接送达（当面领取）），办结');
      expect(html).not.toContain('<summary>登记送达并办结</summary>');
    });
  });
}
