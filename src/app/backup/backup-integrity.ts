/**
 * The backup's seal (decision 017): an HMAC-SHA256 over every byte before the end line, keyed by the
 * installation's backup key (backup-key.ts). The header names the key by a short id, so a file
 * sealed with another installation's key is told apart from an altered one. Pure: no I/O.
 */
import crypto from 'node:crypto';

/** A backup key: 32 random bytes. */
export type BackupKey = { bytes: Buffer; id: string };

/** The key's id: the first 16 hex digits of a hash of it (names the key; reveals nothing usable). */
export function backupKeyOf(bytes: Buffer): BackupKey {
  const id = crypto.createHash('sha256').update('gongkai-backup-key-id\n').update(bytes).digest('hex');
  return { bytes, id: id.slice(0, 16) };
}

/**
 * The seal of a backup's text up to (not including) its end line.
 * @example sealOf(key, '{"format":"gongkai-backup",…}\n{"table":…}\n') // 64 hex digits
 */
export function sealOf(key: BackupKey, sealedText: string): string {
  return crypto
    .createHmac('sha256', key.bytes)
    .update('gongkai-backup-v2\n')
    .update(sealedText, 'utf8')
    .digest('hex');
}

/** True when `seal` is the seal of `sealedText` under `key` (constant-time comparison). */
export function isSealValid(key: BackupKey, sealedText: string, seal: string): boolean {
  const expected = Buffer.from(sealOf(key, sealedText), 'hex');
  const given = /^[0-9a-f]{64}$/.test(seal) ? Buffer.from(seal, 'hex') : Buffer.alloc(0);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}
