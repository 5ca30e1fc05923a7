/**
 * The backup file: JSON lines, portable between PGlite and PostgreSQL.
 *
 * ```
 * {"format":"gongkai-backup","version":1,"createdAt":"…","source":"pglite","migrations":[…],"tables":{"organs":12,…}}
 * {"table":"organs","row":{…row_to_json…}}
 * …
 * {"end":true,"rows":1234}
 * ```
 * Rows are kept as the database's own JSON text (never re-encoded by JavaScript, so numbers keep
 * every digit). The end line makes a cut-off file detectable.
 */
import { z } from 'zod';

/** The `format` of the header line. */
export const BACKUP_FORMAT = 'gongkai-backup';

/** Tables not worth keeping: sign-in sessions and failure counters. A restore empties them. */
export const TRANSIENT_TABLES: readonly string[] = ['sessions', 'login_attempts', 'case_imports'];

/** The header line. */
export const BackupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  createdAt: z.string(),
  source: z.enum(['pglite', 'postgres']),
  migrations: z.array(z.string()),
  tables: z.record(z.string(), z.number().int().min(0)),
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
 * Reads a backup file's text.
 * @throws BackupFormatError for anything but a complete backup of this format
 */
export function parseBackup(text: string): ParsedBackup {
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
