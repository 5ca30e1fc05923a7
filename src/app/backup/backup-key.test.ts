import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BackupKeyError, loadOrCreateBackupKey, readBackupKey } from './backup-key.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-backup-key-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the backup key file', () => {
  it('is created once, owner-only, and read back as the same key', async () => {
    const file = path.join(work, 'data', 'backup.key');
    const created = await loadOrCreateBackupKey(file);
    expect(created.isNew).toBe(true);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
    const again = await loadOrCreateBackupKey(file);
    expect(again).toMatchObject({ isNew: false, key: { id: created.key.id } });
    expect((await readBackupKey(file)).bytes.equals(created.key.bytes)).toBe(true);
  });

  it('gives processes that create it at the same moment one and the same key', async () => {
    const file = path.join(work, 'race', 'backup.key');
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateBackupKey(file)));
    expect(new Set(keys.map((k) => k.key.id)).size).toBe(1);
    expect(keys.filter((k) => k.isNew)).toHaveLength(1);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['backup.key']);
  });

  it('refuses a missing file or one that holds no key, in Chinese', async () => {
    await expect(readBackupKey(path.join(work, 'missing.key'))).rejects.toThrow(/找不到备份密钥文件/);
    const bad = path.join(work, 'bad.key');
    fs.writeFileSync(bad, 'not a key');
    await expect(readBackupKey(bad)).rejects.toBeInstanceOf(BackupKeyError);
    await expect(loadOrCreateBackupKey(bad)).rejects.toThrow(/不是 gongkai 备份密钥/);
  });
});
