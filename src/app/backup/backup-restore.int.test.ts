import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type Backend, type TestDb } from '../../../test/db.ts';
import { insertTestAccount, insertTestTree, movableClock } from '../../../test/staff.ts';
import type { Db } from '../../db/db.ts';
import { listAppTables } from '../../db/queries/backup.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { verifyAuditTrail } from '../audit/verify-audit.ts';
import { createAccount } from '../identity/accounts/create-account.ts';
import { logIn } from '../identity/log-in.ts';
import crypto from 'node:crypto';
import { BackupFormatError, parseBackup, sealBackup, TRANSIENT_TABLES } from './backup-format.ts';
import { backupKeyOf } from './backup-integrity.ts';
import { RestoreRefusedError, restoreDatabase } from './restore-backup.ts';
import { dumpDatabase } from './write-backup.ts';

const clock = movableClock('2026-11-22T02:00:00.123Z');
const BIG = '12345678901234567890.000000000001';
const KEY = backupKeyOf(crypto.randomBytes(32));

/** Fills a database with something of every kind: organs, accounts, audit, reports, settings, sessions. */
async function seed(db: Db): Promise<void> {
  const tree = await insertTestTree(db);
  const id = await insertTestAccount(db, 'jia.admin', [{ organId: tree.district, role: 'admin' }], {
    displayName: '甲区管理员',
  });
  const admin: Actor = {
    accountId: id,
    username: 'jia.admin',
    displayName: '甲区管理员',
    roles: [{ organId: tree.district, role: 'admin' }],
    mustChangePassword: false,
  };
  for (const name of ['zhao.yi', 'qian.er', 'sun.san']) {
    await createAccount({ db, clock }, admin, {
      username: name,
      displayName: `${name}（测试）`,
      password: '',
      grants: [{ organId: tree.education, role: 'handler' }],
    });
  }
  await logIn(
    { db, clock },
    { username: 'jia.admin', password: 'Staff-Passw0rd-1', clientAddress: '10.0.0.1' },
  );
  await logIn({ db, clock }, { username: 'jia.admin', password: 'wrong', clientAddress: '10.0.0.1' });
  await db.query('INSERT INTO settings (key, value) VALUES ($1, $2)', ['site_name', '某市政府信息公开平台']);
  // Reparent so that a child has a smaller id than its parent (restore order must not matter).
  await db.query('UPDATE organs SET parent_id = $1 WHERE id = $2', [tree.finance, tree.education]);
  await db.query(
    `INSERT INTO annual_reports (organ_id, year, data, published_on, created_at) VALUES ($1, 2025, $2::jsonb, '2026-01-31', $3::timestamptz)`,
    [
      tree.district,
      `{"title":"2025年政府信息公开工作年度报告","big":${BIG},"nested":{"表三":[1,2.5,null]}}`,
      '2026-01-31T08:00:00.654321Z',
    ],
  );
}

/** Every non-transient table as JSON text, for comparison across backends. */
async function snapshot(db: Db): Promise<Record<string, string[]>> {
  await db.query("SET TIME ZONE 'UTC'");
  const out: Record<string, string[]> = {};
  for (const t of await listAppTables(db)) {
    if (!TRANSIENT_TABLES.includes(t.name)) {
      const order = t.orderBy.map((c) => `"${c}"`).join(', ');
      out[t.name] = (
        await db.query<{ j: string }>(`SELECT row_to_json(x)::text AS j FROM "${t.name}" x ORDER BY ${order}`)
      ).map((r) => r.j);
    }
  }
  return out;
}

const all = await backends();
const pairs: Array<[Backend, Backend]> =
  all.length > 1
    ? [
        [all[0]!, all[1]!],
        [all[1]!, all[0]!],
      ]
    : [[all[0]!, all[0]!]];

for (const [from, to] of pairs) {
  describe(`backup on ${from.name} → restore on ${to.name}`, () => {
    let source: TestDb;
    let target: TestDb;
    let text: string;
    beforeAll(async () => {
      source = await from.open();
      target = await to.open();
      await seed(source.db);
      text = (await dumpDatabase(source.db, clock.now(), KEY)).text;
    });
    afterAll(async () => {
      await source.dispose();
      await target.dispose();
    });

    it('restores every row exactly (times to the microsecond, numbers to the last digit) and the audit chain', async () => {
      const summary = await restoreDatabase(target.db, parseBackup(text, KEY), { force: false });
      expect(summary.auditRecords).toBeGreaterThan(3);
      expect(await snapshot(target.db)).toEqual(await snapshot(source.db));
      const report = await target.db.query<{ big: string; at: string }>(
        "SELECT data->>'big' AS big, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') AS at FROM annual_reports",
      );
      expect(report[0]).toEqual({ big: BIG, at: '2026-01-31 08:00:00.654321' });
      expect(await verifyAuditTrail(target.db)).toMatchObject({ broken: null });
      expect(await target.db.query('SELECT * FROM sessions')).toEqual([]);
      expect(await target.db.query('SELECT * FROM login_attempts')).toEqual([]);
    });

    it('refuses a backup edited to make a 公开专员 administrator of the root organ, writing nothing', async () => {
      const [account] = await source.db.query<{ id: number }>(
        "SELECT id FROM accounts WHERE username = 'zhao.yi'",
      );
      const [root] = await source.db.query<{ id: number }>('SELECT id FROM organs WHERE parent_id IS NULL');
      const line = `{"table":"account_roles","row":{"account_id":${account!.id},`;
      expect(text).toContain(line);
      const edited = text.replace(
        new RegExp(`${line.replace(/[{}[\]]/g, '\\$&')}"organ_id":\\d+,"role":"handler"}}`),
        `${line}"organ_id":${root!.id},"role":"admin"}}`,
      );
      expect(edited).not.toBe(text);
      const before = await snapshot(target.db);
      expect(() => parseBackup(edited, KEY)).toThrow(
        '备份文件未通过完整性校验：文件在生成之后被改动过或已损坏。已拒绝恢复，数据库未作任何改动。',
      );
      expect(await snapshot(target.db)).toEqual(before);
    });

    it('continues ids after the restored ones and keeps the audit trail append-only', async () => {
      const max = (await target.db.query<{ m: number }>('SELECT max(id) AS m FROM accounts'))[0]!.m;
      const id = await insertTestAccount(target.db, 'after.restore', []);
      expect(id).toBe(max + 1);
      await expect(target.db.query('UPDATE audit_events SET action = $1', ['x'])).rejects.toThrow(
        /append-only/,
      );
      await expect(target.db.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
    });

    it('refuses a database with data unless forced, then replaces everything', async () => {
      await expect(
        restoreDatabase(target.db, parseBackup(text, KEY), { force: false }),
      ).rejects.toBeInstanceOf(RestoreRefusedError);
      await restoreDatabase(target.db, parseBackup(text, KEY), { force: true });
      expect(await target.db.query("SELECT 1 FROM accounts WHERE username = 'after.restore'")).toEqual([]);
    });

    it('refuses a backup whose audit trail was changed even by someone holding the key, leaving the database as it was', async () => {
      const edited = text.replace(
        /("table":"audit_events","row":\{[^\n]*?"actor_name":")甲区管理员/,
        '$1他人',
      );
      expect(edited).not.toBe(text);
      const tampered = sealBackup(KEY, edited.split('\n').slice(0, -2));
      const before = await snapshot(target.db);
      await expect(restoreDatabase(target.db, parseBackup(tampered, KEY), { force: true })).rejects.toThrow(
        /审计记录链在第 \d+ 条处断开/,
      );
      expect(await snapshot(target.db)).toEqual(before);
      await expect(target.db.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
    });
  });
}

describe('backup files that are not whole or not sealed by this key', () => {
  const bodyFor = (keyId: string) => [
    `{"format":"gongkai-backup","version":2,"createdAt":"x","source":"pglite","migrations":[],"tables":{"settings":1},"keyId":"${keyId}"}`,
    '{"table":"settings","row":{"key":"a","value":"b"}}',
  ];
  const body = bodyFor(KEY.id);
  const sealed = sealBackup(KEY, body);

  it('reads a sealed file', () => {
    expect(parseBackup(sealed, KEY).rows.get('settings')).toEqual(['{"key":"a","value":"b"}']);
  });

  it('refuses a cut-off, foreign, edited or resealed-by-another-key file with a Chinese message', () => {
    const lines = sealed.split('\n');
    expect(() => parseBackup(lines.slice(0, 2).join('\n'), KEY)).toThrow(/不完整/);
    expect(() => parseBackup('hello', KEY)).toThrow(/不是 gongkai 备份文件/);
    expect(() => parseBackup(sealed.replace('"value":"b"', '"value":"c"'), KEY)).toThrow(
      /未通过完整性校验：文件在生成之后被改动过或已损坏/,
    );
    expect(() => parseBackup(sealed.replace('\n', '\r\n'), KEY)).toThrow(BackupFormatError);
    expect(() => parseBackup(sealed.replace(/"seal":"[0-9a-f]+"/, '"seal":""'), KEY)).toThrow(/完整性校验/);
    const other = backupKeyOf(crypto.randomBytes(32));
    expect(() => parseBackup(sealBackup(other, bodyFor(other.id)), KEY)).toThrow(
      `备份文件是用另一把备份密钥签名的（文件中的密钥编号 ${other.id}，所给密钥编号 ${KEY.id}）`,
    );
    // The key id is sealed too: a file sealed with another key that names this key is refused.
    expect(() => parseBackup(sealBackup(other, body), KEY)).toThrow(/完整性校验/);
  });

  it('refuses an old unsealed (version 1) file', () => {
    const v1 = [
      '{"format":"gongkai-backup","version":1,"createdAt":"x","source":"pglite","migrations":[],"tables":{"settings":1}}',
      '{"table":"settings","row":{"key":"a","value":"b"}}',
      '{"end":true,"rows":1}',
    ].join('\n');
    expect(() => parseBackup(v1, KEY)).toThrow(/旧格式（第 1 版）的备份，没有完整性签名/);
  });
});
