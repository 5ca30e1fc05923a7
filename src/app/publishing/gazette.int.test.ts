import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { insertGazetteItem } from '../../../test/gazette.ts';
import { testEnv } from '../../../test/portal.ts';
import { peopleOf } from '../../../test/publishing.ts';
import { insertTestTree, movableClock, type TestTree } from '../../../test/staff.ts';
import { DEFAULT_GAZETTE_FONT } from '../../io/publishing/gazette-font.ts';
import { pdfToText } from '../../io/pdf-to-text.ts';
import { parsePoolOf, type AppDeps } from '../deps.ts';
import { createLogger } from '../logger.ts';
import { loadIssuePdf, loadPublicIssue } from '../portal/gazette-pages.ts';
import { createGazetteIssue, saveGazetteIssue } from './gazette-issues.ts';
import { publishGazetteIssue } from './publish-gazette-issue.ts';

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

for (const backend of await backends()) {
  describe(`政府公报 issues (${backend.name})`, () => {
    let t: TestDb;
    let tree: TestTree;
    let deps: AppDeps;
    let people: ReturnType<typeof peopleOf>;
    const clock = movableClock('2026-12-07T02:00:00Z');
    const count = async (table: string) =>
      Number((await t.db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);
    const versionOf = async (id: number) =>
      (await t.db.query<{ v: number }>('SELECT version AS v FROM gazette_issues WHERE id = $1', [id]))[0]!.v;

    beforeAll(async () => {
      t = await backend.open();
      tree = await insertTestTree(t.db);
      deps = { db: t.db, clock, env: testEnv(), logger: createLogger('silent') };
      people = peopleOf(tree.education);
    });
    afterAll(async () => {
      await parsePoolOf(deps).close();
      await t.dispose();
    });

    it('makes a draft, picks items, publishes it once: PDF stored with the titles, items as printed', async () => {
      const titles = [
        '甲区教育局学生资助管理办法',
        '关于做好冬季校园安全工作的通知',
        '《学生资助管理办法》政策解读',
      ];
      const rule = await insertGazetteItem(t.db, tree.education, {
        title: titles[0]!,
        docNumber: '甲教发〔2026〕7号',
      });
      const notice = await insertGazetteItem(t.db, tree.education, { title: titles[1]!, kind: 'notice' });
      const interp = await insertGazetteItem(t.db, tree.education, {
        title: titles[2]!,
        kind: 'interpretation',
      });
      const created = await createGazetteIssue(deps, people.drafter, tree.education, {
        year: '2026',
        number: '3',
      });
      expect(created.ok).toBe(true);
      const id = created.ok ? created.issueId : 0;
      const saved = await saveGazetteIssue(deps, people.drafter, id, await versionOf(id), {
        form: { year: '2026', number: '3', totalNumber: '45' },
        items: [String(notice), String(rule), String(interp)],
        orders: new Map(),
        resort: false,
      });
      expect(saved.ok).toBe(true);

      // the drafter may not publish; the 领导 may
      expect(await publishGazetteIssue(deps, people.drafter, id, await versionOf(id))).toMatchObject({
        ok: false,
        kind: 'forbidden',
      });
      const started = process.cpuUsage();
      const published = await publishGazetteIssue(deps, people.approver, id, await versionOf(id));
      const cpu = process.cpuUsage(started);
      expect(published).toEqual({ ok: true, issueId: id });
      expect((cpu.user + cpu.system) / 1000).toBeLessThan(5000);

      const pdf = await loadIssuePdf(t.db, tree.education, 2026, 3);
      expect(pdf).not.toBeNull();
      const bytes = pdf!.bytes;
      expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      // cover + 目录 page, then one page per item
      expect(pdf!.issue.pdfPages).toBe(4);
      const text = (await pdfToText(bytes)).replace(/\s+/g, '');
      for (const title of titles) {
        expect(text).toContain(title.replace(/\s+/g, ''));
      }
      if (hasPdftotext) {
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gz-')), 'issue.pdf');
        fs.writeFileSync(file, bytes);
        const info = execFileSync('pdfinfo', [file]).toString();
        expect(info).toMatch(/Pages:\s+4/);
        expect(execFileSync('pdftotext', [file, '-']).toString()).toContain('甲教发〔2026〕7号');
      }
      expect(bytes.length).toBeLessThan(400_000);

      // the 目录 kept the chosen order: new items were put in the proposed order (规范性文件, 解读, 公告)
      const issue = await loadPublicIssue(t.db, tree.education, 2026, 3);
      expect(issue!.entries.map((e) => e.itemId)).toEqual([rule, interp, notice]);

      // published: never changed again, a withdrawn item stays as printed
      await t.db.query(`UPDATE items SET status = 'withdrawn', title = '改过的标题' WHERE id = $1`, [rule]);
      const after = await loadPublicIssue(t.db, tree.education, 2026, 3);
      expect(after!.entries[0]).toMatchObject({ withdrawn: true, snapshot: { title: titles[0] } });
      expect(await publishGazetteIssue(deps, people.approver, id, await versionOf(id))).toMatchObject({
        kind: 'stale',
      });
      const again = await saveGazetteIssue(deps, people.drafter, id, await versionOf(id), {
        form: { year: '2026', number: '3' },
        items: [],
        orders: new Map(),
        resort: false,
      });
      expect(again).toMatchObject({ ok: false, kind: 'stale' });
      expect(await count('gazette_pdfs')).toBe(1);
    });

    it('refuses a duplicate 期, an empty issue, items of another organ or unpublished, and writes nothing', async () => {
      const issues = await count('gazette_issues');
      expect(
        await createGazetteIssue(deps, people.drafter, tree.education, { year: '2026', number: '3' }),
      ).toMatchObject({
        ok: false,
        kind: 'invalid',
        errors: { number: '2026年第3期已经存在' },
      });
      expect(
        await createGazetteIssue(deps, people.reviewer, tree.education, { year: '2026', number: '9' }),
      ).toMatchObject({
        kind: 'forbidden',
      });
      expect(await count('gazette_issues')).toBe(issues);

      const created = await createGazetteIssue(deps, people.drafter, tree.education, {
        year: '2026',
        number: '4',
      });
      const id = created.ok ? created.issueId : 0;
      expect(await publishGazetteIssue(deps, people.approver, id, await versionOf(id))).toEqual({
        ok: false,
        kind: 'refused',
        message: '本期尚未收录任何信息，不能出版',
      });
      const foreign = await insertGazetteItem(t.db, tree.finance, { title: '财政局的文件' });
      const draft = await insertGazetteItem(t.db, tree.education, {
        title: '尚未发布的草稿',
        status: 'draft',
      });
      for (const [items, message] of [
        [[String(foreign)], '不是本机关发布的信息'],
        [[String(draft)], '不是已发布的信息'],
        [['999999'], '不存在'],
        [['abc'], '编号无效'],
      ] as const) {
        const result = await saveGazetteIssue(deps, people.drafter, id, await versionOf(id), {
          form: { year: '2026', number: '4' },
          items,
          orders: new Map(),
          resort: false,
        });
        expect(result.ok ? '' : result.kind === 'invalid' ? result.errors.items : result.kind).toContain(
          message,
        );
      }
      expect(await count('gazette_issue_items')).toBe(3);
      expect(await count('gazette_pdfs')).toBe(1);
    });

    it('refuses to publish with a clear Chinese message when the font is missing, writing nothing', async () => {
      const item = await insertGazetteItem(t.db, tree.education, { title: '字体测试文件' });
      const created = await createGazetteIssue(deps, people.drafter, tree.education, {
        year: '2026',
        number: '5',
      });
      const id = created.ok ? created.issueId : 0;
      await saveGazetteIssue(deps, people.drafter, id, await versionOf(id), {
        form: { year: '2026', number: '5' },
        items: [String(item)],
        orders: new Map(),
        resort: false,
      });
      const noFont = {
        ...deps,
        env: testEnv({ gazetteFont: { path: '/nonexistent/font.ttc', face: null } }),
      };
      const result = await publishGazetteIssue(noFont, people.approver, id, await versionOf(id));
      expect(result).toMatchObject({ ok: false, kind: 'refused' });
      expect(result.ok ? '' : 'message' in result ? result.message : '').toContain('公报字体文件不存在');
      expect(await count('gazette_pdfs')).toBe(1);
      expect(DEFAULT_GAZETTE_FONT).toMatch(/NotoSerifCJK/);
    });
  });
}
