/**
 * The ZIP of an item import: bodies and attachments named by the sheet's 正文文件 and 附件 columns.
 * Read with the project's own ZIP reader (io/zip: no ZIP64, no encryption, no `..` or absolute
 * names, no overlapping entries; every entry inflated with a hard limit — decision 015), within
 * the limits below. Each named file goes through what the item editor does with an upload: a
 * body is sanitized (HTML, text, or a Word file checked by content in the parse pool and turned
 * into HTML by mammoth); an attachment is typed by content in the parse pool (a PDF renamed .docx
 * is refused), its Office properties removed and its text extracted (item-files.ts).
 */
import { megabytesText } from '../../../domain/byte-size.ts';
import { decodeText } from '../../../io/decode-text.ts';
import { hasPdfHeader } from '../../../io/upload/inspect-upload.ts';
import {
  bodyText,
  docxToBodyHtml,
  MAX_BODY_HTML,
  sanitizeBody,
  textToBodyHtml,
} from '../../../io/publishing/body-html.ts';
import type { HiddenMetadata } from '../../../io/publishing/office-metadata.ts';
import { hasZipSignature, readZipDirectory, type ZipEntry } from '../../../io/zip/zip-directory.ts';
import { inflateEntry } from '../../../io/zip/zip-inflate.ts';
import type { ImportFileFact } from '../../../domain/publishing/import/import-types.ts';
import { FILE_KIND_INFO } from '../../cases/read-attachments.ts';
import { parsePoolOf, type AppDeps } from '../../deps.ts';
import { SheetFileError } from '../../imports/sheet-file-error.ts';
import { ITEM_FILE_KINDS, MAX_ITEM_FILE_BYTES, readItemFile } from '../item-files.ts';

/** The largest ZIP accepted (the platform's upload limit may be lower). */
export const MAX_IMPORT_ZIP_BYTES = 512 * 1024 * 1024;
/** Files (entries) in one ZIP. */
export const MAX_IMPORT_ZIP_FILES = 20_000;
/** All named files together once inflated. */
export const MAX_IMPORT_INFLATED_BYTES = 1024 * 1024 * 1024;
/** Files read at once (the parse pool queues at most a few jobs). */
const CONCURRENCY = 4;

const BODY_EXTENSIONS = ['html', 'htm', 'txt', 'docx'];

/** A named file as read: the fact the plan sees, and what the commit stores. */
export type ReadImportFile = ImportFileFact & {
  name: string;
  /** Body: the sanitized HTML. */
  html?: string;
  /** Attachment: its kind, media type, hidden metadata found. */
  mediaType?: string;
  hidden?: HiddenMetadata[];
};

/** What the sheet names, by role. */
export type NamedFiles = { bodies: ReadonlySet<string>; attachments: ReadonlySet<string> };

const extensionOf = (name: string) => /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * The archive's entries by name (directories left out).
 * @throws SheetFileError when the ZIP cannot be used at all
 */
export function readArchiveDirectory(bytes: Uint8Array, maxBytes: number): Map<string, ZipEntry> {
  if (bytes.length === 0) {
    throw new SheetFileError('ZIP 文件是空的，请选择包含正文和附件的 ZIP 压缩包');
  }
  if (bytes.length > maxBytes) {
    throw new SheetFileError(`ZIP 文件超过 ${megabytesText(maxBytes)} 的上限，请分成几批导入`);
  }
  if (!hasZipSignature(bytes)) {
    throw new SheetFileError('所选的正文和附件文件不是 ZIP 压缩包');
  }
  const directory = readZipDirectory(bytes, MAX_IMPORT_ZIP_FILES);
  if (!directory.ok) {
    switch (directory.problem) {
      case 'too-many-entries':
        throw new SheetFileError(`ZIP 中的文件超过 ${MAX_IMPORT_ZIP_FILES} 个，请分成几批导入`);
      case 'unsupported':
        throw new SheetFileError('ZIP 使用了不支持的格式（加密、分卷或 ZIP64），请用普通方式重新压缩');
      case 'damaged':
        throw new SheetFileError(
          'ZIP 文件已损坏，或含有不安全的文件名（如「../」开头的路径、绝对路径、重名文件），无法导入',
        );
    }
  }
  return new Map(directory.entries.filter((e) => !e.name.endsWith('/')).map((e) => [e.name, e]));
}

/** Runs `work` on every item, a few at a time. */
async function eachLimited<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next]!;
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, lane));
}

const refused = (name: string, role: 'body' | 'attachment', problem: string): ReadImportFile => ({
  name,
  role,
  problem,
  text: '',
  size: 0,
});

async function readBody(deps: AppDeps, name: string, bytes: Uint8Array): Promise<ReadImportFile> {
  const extension = extensionOf(name);
  if (!BODY_EXTENSIONS.includes(extension)) {
    return refused(name, 'body', '不能作为正文，正文须是 .html、.htm、.txt 或 .docx 文件');
  }
  let html: string;
  if (extension === 'docx') {
    const inspection = await parsePoolOf(deps).inspectUpload(bytes, ['docx']);
    if (!inspection.ok) {
      return refused(name, 'body', `的内容${inspection.reason}`);
    }
    try {
      html = await docxToBodyHtml(bytes);
    } catch {
      return refused(name, 'body', '无法读取，请确认是 Word（.docx）文件');
    }
  } else {
    if (hasZipSignature(bytes) || hasPdfHeader(bytes)) {
      return refused(name, 'body', '的内容不是网页或文本（文件类型与扩展名不符）');
    }
    let text: string;
    try {
      text = decodeText(bytes).text;
    } catch {
      return refused(name, 'body', '的内容不是网页或文本（文件类型与扩展名不符）');
    }
    html = extension === 'txt' ? textToBodyHtml(text) : sanitizeBody(text);
  }
  if (html.length > MAX_BODY_HTML) {
    return refused(name, 'body', '过长（超过200万字符），请将长篇内容作为附件');
  }
  return { name, role: 'body', problem: null, html, text: bodyText(html), size: bytes.length };
}

async function readAttachment(deps: AppDeps, name: string, bytes: Uint8Array): Promise<ReadImportFile> {
  const inspection = await parsePoolOf(deps).inspectUpload(bytes, ITEM_FILE_KINDS);
  if (!inspection.ok) {
    return refused(name, 'attachment', `的内容${inspection.reason}`);
  }
  const info = FILE_KIND_INFO[inspection.kind];
  if (!(info.extensions as readonly string[]).includes(extensionOf(name))) {
    return refused(name, 'attachment', `的内容是${info.label}，与扩展名不符（文件类型被伪装）`);
  }
  const read = await readItemFile(deps, inspection.kind, bytes, name);
  return {
    name,
    role: 'attachment',
    problem: null,
    text: read.text,
    size: read.stored.length,
    mediaType: info.mediaType,
    hidden: read.hidden,
  };
}

/** The bytes of one entry within the per-file limit, or why not. */
export function entryBytes(
  archive: Uint8Array,
  entry: ZipEntry,
): { ok: true; bytes: Uint8Array } | { ok: false; problem: string } {
  const inflated = inflateEntry(archive, entry, MAX_ITEM_FILE_BYTES);
  if (inflated.ok) {
    return inflated.bytes.length === 0 ? { ok: false, problem: '是空文件' } : inflated;
  }
  switch (inflated.problem) {
    case 'too-large':
      return { ok: false, problem: `解压后超过 ${megabytesText(MAX_ITEM_FILE_BYTES)}（或是压缩炸弹）` };
    case 'unsupported':
      return { ok: false, problem: '使用了不支持的压缩方式' };
    case 'damaged':
      return { ok: false, problem: '已损坏，无法解压' };
  }
}

/**
 * Reads every file the sheet names (those it does not name are left alone).
 * @throws SheetFileError when the ZIP cannot be used at all, or the named files inflate past MAX_IMPORT_INFLATED_BYTES
 */
export async function readImportArchive(
  deps: AppDeps,
  archive: Uint8Array,
  named: NamedFiles,
  maxBytes: number,
): Promise<ReadImportFile[]> {
  const entries = readArchiveDirectory(archive, maxBytes);
  const wanted = [
    ...[...named.bodies].map((name) => ({ name, role: 'body' as const })),
    ...[...named.attachments]
      .filter((n) => !named.bodies.has(n))
      .map((name) => ({ name, role: 'attachment' as const })),
  ];
  const declared = wanted.reduce((sum, w) => sum + (entries.get(w.name)?.declaredSize ?? 0), 0);
  if (declared > MAX_IMPORT_INFLATED_BYTES) {
    throw new SheetFileError(
      `ZIP 中的文件解压后超过 ${megabytesText(MAX_IMPORT_INFLATED_BYTES)}，请分成几批导入`,
    );
  }
  const files: ReadImportFile[] = [];
  await eachLimited(wanted, async ({ name, role }) => {
    const entry = entries.get(name);
    if (entry === undefined) {
      return; // the plan reports the missing file on its row
    }
    const read = entryBytes(archive, entry);
    if (!read.ok) {
      files.push(refused(name, role, read.problem));
      return;
    }
    files.push(
      role === 'body' ? await readBody(deps, name, read.bytes) : await readAttachment(deps, name, read.bytes),
    );
  });
  return files;
}
