import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type Backend, type TestDb } from '../../../test/db.ts';
import { insertTestAccount, insertTestTree, movableClock } from '../../../test/staff.ts';
import type { Db } from '../../db/db.ts';
import { listAppTables } from '../../db/queries/backup.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { verifyAuditTrail } from '../audit/verify-audit.ts';
import { createAccount } from '../identity/accounts/create-account.ts';
import { logIn } from '../identity/log-in.ts';
import { BackupFormatError, parseBackup, TRANSIENT_TABLES } from './backup-format.ts';
import { RestoreRefusedError, restoreDatabase } from './restore-backup.ts';
import { dumpDatabase } from './write-backup.ts';

const clock = movableClock('2026-11-22T02:00:00.123Z');
const BIG = '12345678901234567890.000000000001';

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
      text = (await dumpDatabase(source.db, clock.now())).text;
    });
    afterAll(async () => {
      await source.dispose();
      await target.dispose();
    });

    it('restores every row exactly (times to the microsecond, numbers to the last digit) and the audit chain', async () => {
      const summary = await restoreDatabase(target.db, parseBackup(text), { force: false });
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
      await expect(restoreDatabase(target.db, parseBackup(text), { force: false })).rejects.toBeInstanceOf(
        RestoreRefusedError,
      );
      await restoreDatabase(target.db, parseBackup(text), { force: true });
      expect(await target.db.query("SELECT 1 FROM accounts WHERE username = 'after.restore'")).toEqual([]);
    });

    it('refuses a backup whose audit trail was tampered with, leaving the database as it was', async () => {
      const tampered = text.replace(
        /("table":"audit_events","row":\{[^\n]*?"actor_name":")甲区管理员/,
        '$1他人',
      );
      expect(tampered).not.toBe(text);
      const before = await snapshot(target.db);
      await expect(restoreDatabase(target.db, parseBackup(tampered), { force: true })).rejects.toThrow(
        /审计记录链在第 \d+ 条处断开/,
      );
      expect(await snapshot(target.db)).toEqual(before);
      await expect(target.db.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
    });
  });
}

describe('backup files that are not whole', () => {
  it('refuses a cut-off, foreign or edited file with a Chinese message', () => {
    const lines = [
      '{"format":"gongkai-backup","version":1,"createdAt":"x","source":"pglite","migrations":[],"tables":{"settings":1}}',
      '{"table":"settings","row":{"key":"a","value":"b"}}',
      '{"end":true,"rows":1}',
    ];
    expect(parseBackup(lines.join('\n')).rows.get('settings')).toEqual(['{"key":"a","value":"b"}']);
    expect(() => parseBackup(lines.slice(0, 2).join('\n'))).toThrow(BackupFormatError);
    expect(() => parseBackup('hello')).toThrow(/不是 gongkai 备份文件/);
    expect(() => parseBackup([lines[0], '{"table":"settings","row":{"key":', lines[2]].join('\n'))).toThrow(
      /第 2 行/,
    );
    expect(() => parseBackup([lines[0], '{"table":"organs","row":{}}', lines[2]].join('\n'))).toThrow(
      /第 2 行/,
    );
  });
});
