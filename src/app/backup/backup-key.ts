/**
 * The installation's backup key file (decision 017): 64 hex digits, owner-only, by default
 * `DATA_DIR/backup.key`. `gongkai backup` creates it the first time; `gongkai restore` needs the
 * same file — on a fresh machine the operator brings a copy (`--key FILE`). The key is never stored
 * in the database, so a backup does not carry the key that seals it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../../io/atomic-write.ts';
import { backupKeyOf, type BackupKey } from './backup-integrity.ts';

/** The key file's name in DATA_DIR. */
export const BACKUP_KEY_FILE = 'backup.key';

/** A key file that is missing or not a key; the message is for people (Chinese). */
export class BackupKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupKeyError';
  }
}

/** The default key file of an installation. */
export const defaultKeyFile = (dataDir: string): string => path.join(dataDir, BACKUP_KEY_FILE);

/**
 * Reads a key file.
 * @throws BackupKeyError when the file is missing, unreadable or holds no key
 */
export async function readBackupKey(file: string): Promise<BackupKey> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new BackupKeyError(
      `找不到备份密钥文件 ${file}。恢复时需要生成该备份的那套系统的备份密钥，请用 --key 指定它的副本。`,
    );
  }
  const hex = text.trim();
  if (!/^[0-9a-f]{64}$/i.test(hex)) {
    throw new BackupKeyError(`文件 ${file} 不是 gongkai 备份密钥（应为 64 位十六进制数字）。`);
  }
  return backupKeyOf(Buffer.from(hex, 'hex'));
}

/**
 * The key in `file`, created (random, mode 0600) when the file does not exist yet.
 * @returns the key and whether it was created now (the operator must then keep a copy)
 */
export async function loadOrCreateBackupKey(file: string): Promise<{ key: BackupKey; isNew: boolean }> {
  try {
    await fs.access(file);
    return { key: await readBackupKey(file), isNew: false };
  } catch (error) {
    if (error instanceof BackupKeyError) {
      throw error;
    }
  }
  const bytes = crypto.randomBytes(32);
  await fs.mkdir(path.dirname(file), { recursive: true });
  // Written whole under another name, then linked in: never replaces a key another process made.
  const draft = `${file}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.new`;
  await writeFileAtomic(draft, `${bytes.toString('hex')}\n`, { mode: 0o600 });
  try {
    await fs.link(draft, file);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'EEXIST') {
      throw error;
    }
    return { key: await readBackupKey(file), isNew: false };
  } finally {
    await fs.rm(draft, { force: true });
  }
  return { key: backupKeyOf(bytes), isNew: true };
}
