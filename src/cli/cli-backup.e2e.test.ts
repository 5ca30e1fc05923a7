import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../../test/db.ts';
import { insertTestAccount, insertTestTree, movableClock } from '../../test/staff.ts';
import { openDatabase } from '../db/open.ts';
import { createAccount } from '../app/identity/accounts/create-account.ts';
import { runGongkai } from './testing/run-cli.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-cli-backup-'));
const source = path.join(work, 'source');
const file = path.join(work, 'backup.jsonl');
const keyFile = path.join(source, 'backup.key');
const hasPg = (await backends()).some((b) => b.name === 'postgres');

// Each test spawns the CLI (tsx) one to four times: on a loaded 2-core machine that takes minutes.
describe('gongkai audit verify, backup and restore', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    const db = await openDatabase({ dataDir: source, databaseUrl: null });
    const tree = await insertTestTree(db);
    const id = await insertTestAccount(db, 'jia.admin', [{ organId: tree.district, role: 'admin' }]);
    const actor = {
      accountId: id,
      username: 'jia.admin',
      displayName: '甲区管理员',
      roles: [{ organId: tree.district, role: 'admin' as const }],
      mustChangePassword: false,
    };
    for (const name of ['zhao.yi', 'qian.er']) {
      await createAccount({ db, clock: movableClock('2026-11-22T02:00:00Z') }, actor, {
        username: name,
        displayName: name,
        password: '',
        grants: [{ organId: tree.education, role: 'handler' }],
      });
    }
    await db.close();
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('verifies an intact audit trail', async () => {
    const result = await runGongkai(['audit', 'verify'], { env: { DATA_DIR: source } });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('审计记录完整：2 条\n');
    expect(result.code).toBe(0);
  });

  it('writes a backup readable only by its owner', async () => {
    const result = await runGongkai(['backup', '--out', file], { env: { DATA_DIR: source } });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^已生成备份密钥 .*backup\.key（编号 [0-9a-f]{16}）。恢复备份时需要它/);
    expect(result.stderr).toMatch(/已备份 \d+ 行到/);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(file, 'utf8').split('\n')[0]).toMatch(/^\{"format":"gongkai-backup","version":2/);
    expect((await runGongkai(['backup'], { env: { DATA_DIR: source } })).code).toBe(2);
  });

  it('asks for the backup key on a machine that does not have it', async () => {
    const keyless = await runGongkai(['restore', file], { env: { DATA_DIR: path.join(work, 'keyless') } });
    expect(keyless.code).toBe(2);
    expect(keyless.stderr).toContain('找不到备份密钥文件');
    expect(keyless.stderr).toContain('请用 --key 指定');
  });

  it('restores into an empty database, then asks for --force', async () => {
    const target = path.join(work, 'target');
    const first = await runGongkai(['restore', file, '--key', keyFile], { env: { DATA_DIR: target } });
    expect(first.stderr).toMatch(/审计记录完整：2 条/);
    expect(first.code).toBe(0);
    const again = await runGongkai(['restore', file, '--key', keyFile], { env: { DATA_DIR: target } });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('请加 --force');
    expect(
      (await runGongkai(['restore', file, '--force', '--key', keyFile], { env: { DATA_DIR: target } })).code,
    ).toBe(0);
    expect(
      (await runGongkai(['restore', path.join(work, 'missing.jsonl')], { env: { DATA_DIR: target } })).stderr,
    ).toContain('无法读取备份文件');
  });

  it('refuses a backup edited to make a 公开专员 administrator of the root organ, writing nothing', async () => {
    const db = await openDatabase({ dataDir: source, databaseUrl: null });
    const [handler] = await db.query<{ id: number }>("SELECT id FROM accounts WHERE username = 'zhao.yi'");
    const [root] = await db.query<{ id: number }>('SELECT id FROM organs WHERE parent_id IS NULL');
    await db.close();
    const text = fs.readFileSync(file, 'utf8');
    const line = new RegExp(
      `"account_roles","row":\\{"account_id":${handler!.id},"organ_id":\\d+,"role":"handler"\\}`,
    );
    expect(text).toMatch(line);
    const edited = path.join(work, 'edited.jsonl');
    fs.writeFileSync(
      edited,
      text.replace(
        line,
        `"account_roles","row":{"account_id":${handler!.id},"organ_id":${root!.id},"role":"admin"}`,
      ),
    );
    // The operator brought the right key to the new machine (its default place).
    const target = path.join(work, 'target-edited');
    fs.mkdirSync(target);
    fs.copyFileSync(keyFile, path.join(target, 'backup.key'));
    const result = await runGongkai(['restore', edited], { env: { DATA_DIR: target } });
    expect(result.stderr).toBe(
      '错误：备份文件未通过完整性校验：文件在生成之后被改动过或已损坏。已拒绝恢复，数据库未作任何改动。\n',
    );
    expect(result.code).toBe(2);
    const restored = await openDatabase({ dataDir: target, databaseUrl: null });
    try {
      expect(await restored.query('SELECT 1 FROM accounts')).toEqual([]);
      expect(await restored.query('SELECT 1 FROM account_roles')).toEqual([]);
    } finally {
      await restored.close();
    }
  });

  it.runIf(hasPg)('restores the embedded backup into PostgreSQL', async () => {
    const { default: pg } = await import('pg');
    const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
    await admin.connect();
    const name = `gk_cli_${process.pid}`;
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(
      `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
    );
    try {
      const url = `postgres://postgres@127.0.0.1:5432/${name}`;
      const result = await runGongkai(['restore', file, '--key', keyFile], { env: { DATABASE_URL: url } });
      expect(result.code).toBe(0);
      expect((await runGongkai(['audit', 'verify'], { env: { DATABASE_URL: url } })).stdout).toBe(
        '审计记录完整：2 条\n',
      );
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });

  it("names the first broken record when the trail was changed behind the trigger's back (exit 1)", async () => {
    const db = await openDatabase({ dataDir: source, databaseUrl: null });
    const [first] = await db.query<{ id: number }>('SELECT id FROM audit_events ORDER BY id LIMIT 1');
    await db.transaction(async (tx) => {
      await tx.query('ALTER TABLE audit_events DISABLE TRIGGER USER');
      await tx.query("UPDATE audit_events SET actor_name = '别人' WHERE id = $1", [first!.id]);
      await tx.query('ALTER TABLE audit_events ENABLE TRIGGER USER');
    });
    await db.close();
    const result = await runGongkai(['audit', 'verify'], { env: { DATA_DIR: source } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`审计记录链断开：第 ${first!.id} 条记录内容与哈希不符`);
  });
});
