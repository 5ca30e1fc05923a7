/**
 * Attachments of an online application (身份证明、营业执照、授权委托书 and the like) and of staff
 * intake: at most 5 files, 10 MiB each, 20 MiB together, and only PDF, JPEG, PNG or Word (.docx).
 * The type is read from the bytes, never from the name or the browser's content type: an .exe
 * renamed .pdf is refused, a JPEG named .pdf is kept as a JPEG (and renamed .jpg). Each file is
 * validated by content in the parse pool (io/upload/inspect-upload.ts: a Word file must be a real,
 * bounded OOXML package — no bombs, nested archives or 60,000-entry ZIPs; decision 015). Names are
 * reduced to a safe base name (no path, no control or direction characters, no characters Windows
 * forbids). Attachments stored before this check existed are not re-validated.
 */
import { megabytesText } from '../../domain/byte-size.ts';
import type { ParsePool } from '../../io/parse-pool/parse-pool.ts';
import { acceptedText, type UploadKind } from '../../io/upload/inspect-upload.ts';
import { poolFailureText } from '../parse-pool-failure.ts';
import type { AttachmentUpload } from './register-case.ts';

export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_TOTAL_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** Longest stored name, in characters, extension included. */
export const MAX_FILE_NAME_LENGTH = 100;

export const ATTACHMENT_KINDS = ['pdf', 'jpeg', 'png', 'docx'] as const satisfies readonly UploadKind[];
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** Per kind: the name users know, the stored media type, the extensions that fit (first = canonical). */
export const ATTACHMENT_KIND_INFO = {
  pdf: { label: 'PDF', mediaType: 'application/pdf', extensions: ['pdf'] },
  jpeg: { label: 'JPEG 图片', mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  png: { label: 'PNG 图片', mediaType: 'image/png', extensions: ['png'] },
  docx: {
    label: 'Word 文档（.docx）',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
} as const satisfies Record<
  AttachmentKind,
  { label: string; mediaType: string; extensions: readonly string[] }
>;

/** Every upload kind's name, media type and extensions (case attachments use the first four; published items also take XLSX). */
export const FILE_KIND_INFO = {
  ...ATTACHMENT_KIND_INFO,
  xlsx: {
    label: 'Excel 表格（.xlsx）',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
  },
} as const satisfies Record<UploadKind, { label: string; mediaType: string; extensions: readonly string[] }>;

/** What the form accepts, for messages and hints: 'PDF、JPEG、PNG 或 Word（.docx）'. */
export const ACCEPTED_TYPES_TEXT = acceptedText(ATTACHMENT_KINDS);

/** A file as the form delivered it (a web `File`). */
export type SubmittedFile = {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
};

export type AttachmentsResult = { ok: true; attachments: AttachmentUpload[] } | { ok: false; error: string };

/** C0/C1 controls, direction controls, zero-width characters and lone surrogates. */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
  /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
/** Characters not allowed in Windows file names (the people who download attachments use Windows). */
const RESERVED = /[<>:"|?*]/g;
const EXTENSION = /\.([A-Za-z0-9]{1,5})$/;

/**
 * A safe name to store and offer for download: the last path segment, cleaned, with an extension
 * that fits the content.
 * @param raw the name the browser sent
 * @param kind the kind found by content
 * @param index the file's place in the form (0-based), for a name when nothing usable is left
 * @example sanitizeFileName('C:\\Users\\li\\身份证.JPG', 'jpeg', 0) // '身份证.JPG'
 * @example sanitizeFileName('../../etc/passwd', 'pdf', 1) // 'passwd.pdf'
 * @example sanitizeFileName('photo.pdf', 'png', 0) // 'photo.png'
 */
export function sanitizeFileName(raw: string, kind: UploadKind, index: number): string {
  const base = raw.slice(-1000).split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const info = FILE_KIND_INFO[kind];
  const match = EXTENSION.exec(cleaned);
  const extension = match?.[1] ?? '';
  const fits = (info.extensions as readonly string[]).includes(extension.toLowerCase());
  const stem = (
    match && (fits || /[A-Za-z]/.test(extension)) ? cleaned.slice(0, -match[0].length) : cleaned
  ).replace(/[.\s]+$/, '');
  const suffix = `.${fits ? extension : info.extensions[0]}`;
  const limited = [...stem]
    .slice(0, MAX_FILE_NAME_LENGTH - suffix.length)
    .join('')
    .trim();
  return `${limited === '' ? `附件${index + 1}` : limited}${suffix}`;
}

/** The name shown in messages before the content is known: the last path segment, cleaned and cut short. */
function displayName(raw: string): string {
  const base = (raw.slice(-1000).split(/[\\/]/).pop() ?? '').replace(INVISIBLE, '').trim();
  const chars = [...base];
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : base || '（无文件名）';
}

/**
 * True for what a browser sends for a file input left empty (no name, no bytes).
 * @example isEmptyFileInput({ name: '', size: 0 }) // true
 */
export function isEmptyFileInput(file: Pick<SubmittedFile, 'name' | 'size'>): boolean {
  return file.name === '' && file.size === 0;
}

/**
 * Checks the files of a form and reads them.
 * @param files the file fields as submitted (empty inputs are skipped)
 * @param pool the parse pool, which inspects each file's content off the main thread
 * @returns the attachments ready to store, or the first problem (Chinese, naming the file)
 * @example await readAttachments([new File([pdfBytes], '身份证明.pdf')], pool) // { ok: true, attachments: [{ fileName: '身份证明.pdf', mediaType: 'application/pdf', content }] }
 */
export async function readAttachments(
  files: readonly SubmittedFile[],
  pool: Pick<ParsePool, 'inspectUpload'>,
): Promise<AttachmentsResult> {
  const chosen = files.filter((file) => !isEmptyFileInput(file));
  if (chosen.length > MAX_ATTACHMENTS) {
    return { ok: false, error: `附件最多 ${MAX_ATTACHMENTS} 个，当前选择了 ${chosen.length} 个` };
  }
  for (const file of chosen) {
    if (file.size > MAX_ATTACHMENT_BYTES) {
      return {
        ok: false,
        error: `附件「${displayName(file.name)}」超过 ${megabytesText(MAX_ATTACHMENT_BYTES)}，请压缩或分开后再提交`,
      };
    }
  }
  const total = chosen.reduce((sum, file) => sum + file.size, 0);
  if (total > MAX_TOTAL_ATTACHMENT_BYTES) {
    return {
      ok: false,
      error: `附件合计不能超过 ${megabytesText(MAX_TOTAL_ATTACHMENT_BYTES)}，当前约 ${Math.ceil(total / 1024 / 1024)} MB`,
    };
  }
  const attachments: AttachmentUpload[] = [];
  for (const [index, file] of chosen.entries()) {
    const content = new Uint8Array(await file.arrayBuffer());
    if (content.byteLength === 0) {
      return { ok: false, error: `附件「${displayName(file.name)}」是空文件` };
    }
    let detected: Awaited<ReturnType<ParsePool['inspectUpload']>>;
    try {
      detected = await pool.inspectUpload(content, ATTACHMENT_KINDS);
    } catch (error) {
      return { ok: false, error: `附件「${displayName(file.name)}」${poolFailureText(error)}` };
    }
    if (!detected.ok) {
      const claimed = EXTENSION.exec(file.name)?.[1]?.toLowerCase() ?? '';
      const isDisguised = ATTACHMENT_KINDS.some((kind) =>
        (ATTACHMENT_KIND_INFO[kind].extensions as readonly string[]).includes(claimed),
      );
      const disguise = isDisguised ? `扩展名是 .${claimed}，但内容` : '内容';
      return {
        ok: false,
        error: `附件「${displayName(file.name)}」的${disguise}${detected.reason}（平台按文件内容识别类型）`,
      };
    }
    const kind = detected.kind as AttachmentKind; // one of ATTACHMENT_KINDS: inspectUpload refuses others
    attachments.push({
      fileName: sanitizeFileName(file.name, kind, index),
      mediaType: ATTACHMENT_KIND_INFO[kind].mediaType,
      content,
    });
  }
  return { ok: true, attachments };
}
