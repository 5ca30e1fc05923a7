/**
 * The backup file: JSON lines, portable between PGlite and PostgreSQL.
 *
 * ```
 * {"format":"gongkai-backup","version":2,"createdAt":"…","source":"pglite","migrations":[…],"tables":{"organs":12,…},"keyId":"…"}
 * {"table":"organs","row":{…row_to_json…}}
 * …
 * {"end":true,"rows":1234,"seal":"<HMAC-SHA256 of every byte above, hex>"}
 * ```
 * Rows are kept as the database's own JSON text (never re-encoded by JavaScript, so numbers keep
 * every digit). The end line makes a cut-off file detectable; its seal, under the installation's
 * backup key, makes any change to any byte above it detectable (decision 017). Version 1 files
 * (no seal) are refused: nothing says they were not altered.
 */
import { z } from 'zod';
import { isSealValid, sealOf, type BackupKey } from './backup-integrity.ts';

/** The `format` of the header line. */
export const BACKUP_FORMAT = 'gongkai-backup';

/** Tables not worth keeping: sign-in sessions and failure counters. A restore empties them. */
export const TRANSIENT_TABLES: readonly string[] = ['sessions', 'login_attempts', 'staged_imports'];

/** The header line. */
export const BackupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(2),
  createdAt: z.string(),
  source: z.enum(['pglite', 'postgres']),
  migrations: z.array(z.string()),
  tables: z.record(z.string(), z.number().int().min(0)),
  /** The id of the backup key that sealed the file (backupKeyOf). */
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
});
/** The header line. */
export type BackupHeader = z.infer<typeof BackupHeaderSchema>;

/** A file that is not a readable backup; the message is for people (Chinese). */
export class BackupFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFormatError';
  }
}

/** One row line. */
export const rowLine = (table: string, json: string) => `{"table":${JSON.stringify(table)},"row":${json}}`;

const ROW_LINE = /^\{"table":"([A-Za-z0-9_]+)","row":(\{.*\})\}$/;

/** A read backup: header, and rows (JSON text) per table. */
export type ParsedBackup = { header: BackupHeader; rows: Map<string, string[]> };

/**
 * The whole file: the header and the row lines, then the end line with the seal of all of them.
 * @param body the header line followed by the row lines (no line breaks inside a line)
 */
export function sealBackup(key: BackupKey, body: readonly string[]): string {
  const sealed = body.map((line) => `${line}\n`).join('');
  const end = { end: true, rows: body.length - 1, seal: sealOf(key, sealed) };
  return `${sealed}${JSON.stringify(end)}\n`;
}

/**
 * Checks the seal over the raw text, before anything in the file is believed.
 * @throws BackupFormatError for an old unsealed file, another installation's key, or any change
 */
function checkSeal(text: string, key: BackupKey): void {
  const header = safeJson(text.slice(0, text.indexOf('\n') + 1 || text.length)) as {
    format?: unknown;
    version?: unknown;
    keyId?: unknown;
  } | null;
  if (header?.format !== BACKUP_FORMAT) {
    throw new BackupFormatError('这不是 gongkai 备份文件（缺少或无法识别文件头）。');
  }
  if (header.version === 1) {
    throw new BackupFormatError(
      '这是旧格式（第 1 版）的备份，没有完整性签名，无法确认它未被改动，因此不能恢复。请用当前版本的 gongkai backup 重新备份。',
    );
  }
  if (typeof header.keyId === 'string' && header.keyId !== key.id) {
    throw new BackupFormatError(
      `备份文件是用另一把备份密钥签名的（文件中的密钥编号 ${header.keyId.slice(0, 16)}，所给密钥编号 ${key.id}）。请用 --key 指定生成该备份的那套系统的备份密钥。`,
    );
  }
  const trimmed = text.endsWith('\n') ? text.slice(0, -1) : text;
  const cut = trimmed.lastIndexOf('\n') + 1;
  const end = safeJson(trimmed.slice(cut)) as { end?: unknown; seal?: unknown } | null;
  if (cut === 0 || end?.end !== true) {
    throw new BackupFormatError('备份文件不完整（可能在写入或复制时被截断），无法恢复。');
  }
  if (typeof end.seal !== 'string' || !isSealValid(key, text.slice(0, cut), end.seal)) {
    throw new BackupFormatError(
      '备份文件未通过完整性校验：文件在生成之后被改动过或已损坏。已拒绝恢复，数据库未作任何改动。',
    );
  }
}

/**
 * Reads a backup file's text: first the seal over every byte, then the structure.
 * @param key the installation's backup key (backup-key.ts)
 * @throws BackupFormatError for anything but a complete, unaltered backup of this format
 */
export function parseBackup(text: string, key: BackupKey): ParsedBackup {
  checkSeal(text, key);
  const lines = text.split('\n').filter((l) => l.length > 0);
  const header = BackupHeaderSchema.safeParse(safeJson(lines[0] ?? ''));
  if (!header.success) {
    throw new BackupFormatError('这不是 gongkai 备份文件（缺少或无法识别文件头）。');
  }
  const end = safeJson(lines[lines.length - 1] ?? '') as { end?: unknown; rows?: unknown } | null;
  if (lines.length < 2 || end?.end !== true || end.rows !== lines.length - 2) {
    throw new BackupFormatError('备份文件不完整（可能在写入或复制时被截断），无法恢复。');
  }
  const rows = new Map<string, string[]>(Object.keys(header.data.tables).map((t) => [t, []]));
  lines.slice(1, -1).forEach((line, index) => {
    const match = ROW_LINE.exec(line);
    const list = match ? rows.get(match[1]!) : undefined;
    if (!match || !list || safeJson(match[2]!) === null) {
      throw new BackupFormatError(`备份文件第 ${index + 2} 行无法识别，文件可能已损坏。`);
    }
    list.push(match[2]!);
  });
  for (const [table, count] of Object.entries(header.data.tables)) {
    if (rows.get(table)?.length !== count) {
      throw new BackupFormatError(`备份文件中表 ${table} 的行数与文件头不符，文件可能已损坏。`);
    }
  }
  return { header: header.data, rows };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
