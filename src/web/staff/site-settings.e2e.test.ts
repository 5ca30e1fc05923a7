import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/portal.ts';
import {
  insertTestAccount,
  insertTestTree,
  movableClock,
  TestClient,
  testApp,
  type TestTree,
} from '../../../test/staff.ts';
import type { Db } from '../../db/db.ts';

describe('网站信息 (/staff/site)', () => {
  let db: Db;
  let tree: TestTree;
  let rootAdmin: TestClient;
  let districtAdmin: TestClient;
  const settings = async () =>
    db.query<{ key: string; value: string }>(
      `SELECT key, value FROM settings WHERE key LIKE 'site.%' ORDER BY key`,
    );

  beforeAll(async () => {
    db = await openTestDb();
    tree = await insertTestTree(db);
    const app = testApp(db, movableClock('2026-12-01T02:00:00Z'));
    await insertTestAccount(db, 'site.root', [{ organId: tree.city, role: 'admin' }]);
    await insertTestAccount(db, 'site.district', [{ organId: tree.district, role: 'admin' }]);
    rootAdmin = new TestClient(app);
    districtAdmin = new TestClient(app);
    await rootAdmin.logIn('site.root');
    await districtAdmin.logIn('site.district');
  });
  afterAll(() => db.close());

  it('saves the domain and numbers for the root organ’s administrator, with an audit record', async () => {
    const res = await rootAdmin.post('/staff/site', {
      domain: 'https://www.example.gov.cn/',
      idCode: '3703040001',
      icp: '鲁ICP备05001234号-1',
      policeRecord: '鲁公网安备37030402000123号',
    });
    expect(res.status).toBe(303);
    expect(await settings()).toEqual([
      { key: 'site.domain', value: 'www.example.gov.cn' },
      { key: 'site.icp', value: '鲁ICP备05001234号-1' },
      { key: 'site.id_code', value: '3703040001' },
      { key: 'site.police_record', value: '鲁公网安备37030402000123号' },
    ]);
    expect((await db.query(`SELECT 1 FROM audit_events WHERE action = 'site.settings'`)).length).toBe(1);
  });

  it('refuses bad values with Chinese messages and changes nothing', async () => {
    const before = await settings();
    const res = await rootAdmin.post('/staff/site', {
      domain: 'evil.example/<script>',
      idCode: '12',
      icp: 'x',
      policeRecord: 'y',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('网站域名格式不正确');
    expect(html).toContain('10位数字');
    expect(html).not.toContain('<script>');
    expect(await settings()).toEqual(before);
  });

  it('answers an administrator below the root with 403 naming the role, writing nothing', async () => {
    const before = await settings();
    expect((await districtAdmin.get('/staff/site')).status).toBe(403);
    expect(
      (await districtAdmin.post('/staff/site', { domain: 'x.gov.cn' }, { csrfFrom: '/staff' })).status,
    ).toBe(403);
    expect(await settings()).toEqual(before);
  });
});
