/**
 * Attachments of an online application (身份证明、营业执照、授权委托书 and the like): at most 5
 * files, 10 MiB each, 20 MiB together, and only PDF, JPEG, PNG or Word (.docx). The type is read
 * from the bytes, never from the name or the browser's content type: an .exe renamed .pdf is
 * refused, a JPEG named .pdf is kept as a JPEG (and renamed .jpg). Names are reduced to a safe
 * base name (no path, no control or direction characters, no characters Windows forbids).
 */
import { hasZipSignature, listZipEntries } from '../../io/zip-entries.ts';
import type { AttachmentUpload } from './register-case.ts';

export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_TOTAL_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** Longest stored name, in characters, extension included. */
export const MAX_FILE_NAME_LENGTH = 100;

export const ATTACHMENT_KINDS = ['pdf', 'jpeg', 'png', 'docx'] as const;
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

/** What the form accepts, for messages and hints. */
export const ACCEPTED_TYPES_TEXT = 'PDF、JPEG、PNG 或 Word（.docx）';

/** A file as the form delivered it (a web `File`). */
export type SubmittedFile = {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
};

export type AttachmentsResult = { ok: true; attachments: AttachmentUpload[] } | { ok: false; error: string };

/** A detected kind, or why the bytes are refused (Chinese, without the file name). */
export type DetectResult = { ok: true; kind: AttachmentKind } | { ok: false; reason: string };

const PDF_HEADER_WINDOW = 1024;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Formats people send by mistake, named so the message helps. */
const KNOWN_OTHERS: readonly { signature: readonly number[]; name: string }[] = [
  { signature: [0x4d, 0x5a], name: '可执行程序' },
  { signature: [0x7f, 0x45, 0x4c, 0x46], name: '可执行程序' },
  { signature: [0x47, 0x49, 0x46, 0x38], name: 'GIF 图片' },
  { signature: [0x49, 0x49, 0x2a, 0x00], name: 'TIFF 图片' },
  { signature: [0x4d, 0x4d, 0x00, 0x2a], name: 'TIFF 图片' },
  { signature: [0x52, 0x61, 0x72, 0x21], name: 'RAR 压缩包' },
  { signature: [0x37, 0x7a, 0xbc, 0xaf], name: '7z 压缩包' },
  { signature: [0x1f, 0x8b], name: 'gzip 压缩包' },
];

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((byte, index) => bytes[at + index] === byte);

function hasPdfHeader(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = buffer.subarray(0, PDF_HEADER_WINDOW).indexOf('%PDF-', 0, 'latin1');
  // Junk before the header is allowed by PDF 1.7 §7.5.2; then insist on the trailer as well.
  return at === 0 || (at > 0 && buffer.subarray(-PDF_HEADER_WINDOW * 2).includes('%%EOF', 0, 'latin1'));
}

function detectZip(bytes: Uint8Array): DetectResult {
  const entries = listZipEntries(bytes);
  if (entries === null) {
    return { ok: false, reason: '是损坏或不完整的压缩文件' };
  }
  if (!entries.includes('word/document.xml')) {
    return { ok: false, reason: '是压缩包，不是 Word 文档（.docx）' };
  }
  if (entries.some((name) => /vbaProject\.bin$/i.test(name))) {
    return { ok: false, reason: '是含有宏的 Word 文档，出于安全考虑不予接收，请另存为不含宏的 .docx 或 PDF' };
  }
  return { ok: true, kind: 'docx' };
}

/**
 * The kind of a file, from its first bytes (and, for Word, its ZIP directory).
 * @param bytes the whole file, not empty
 * @example detectAttachmentKind(Buffer.from('%PDF-1.7 …')) // { ok: true, kind: 'pdf' }
 * @example detectAttachmentKind(Buffer.from('MZ\x90\x00')) // { ok: false, reason: '是可执行程序，…' }
 */
export function detectAttachmentKind(bytes: Uint8Array): DetectResult {
  if (hasPdfHeader(bytes)) {
    return { ok: true, kind: 'pdf' };
  }
  if (startsWith(bytes, PNG_SIGNATURE)) {
    return { ok: true, kind: 'png' };
  }
  if (startsWith(bytes, JPEG_SIGNATURE)) {
    return { ok: true, kind: 'jpeg' };
  }
  if (hasZipSignature(bytes)) {
    return detectZip(bytes);
  }
  if (startsWith(bytes, OLE_SIGNATURE)) {
    return { ok: false, reason: '是旧版 Office 文档（如 .doc），不能接收，请另存为 .docx 或 PDF' };
  }
  const known = KNOWN_OTHERS.find((entry) => startsWith(bytes, entry.signature));
  return { ok: false, reason: `${known ? `是${known.name}，` : ''}不是${ACCEPTED_TYPES_TEXT}文件` };
}

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
export function sanitizeFileName(raw: string, kind: AttachmentKind, index: number): string {
  const base = raw.slice(-1000).split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const info = ATTACHMENT_KIND_INFO[kind];
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

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

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
 * @returns the attachments ready to store, or the first problem (Chinese, naming the file)
 * @example await readAttachments([new File([pdfBytes], '身份证明.pdf')]) // { ok: true, attachments: [{ fileName: '身份证明.pdf', mediaType: 'application/pdf', content }] }
 */
export async function readAttachments(files: readonly SubmittedFile[]): Promise<AttachmentsResult> {
  const chosen = files.filter((file) => !isEmptyFileInput(file));
  if (chosen.length > MAX_ATTACHMENTS) {
    return { ok: false, error: `附件最多 ${MAX_ATTACHMENTS} 个，当前选择了 ${chosen.length} 个` };
  }
  for (const file of chosen) {
    if (file.size > MAX_ATTACHMENT_BYTES) {
      return {
        ok: false,
        error: `附件「${displayName(file.name)}」超过 ${megabytes(MAX_ATTACHMENT_BYTES)}，请压缩或分开后再提交`,
      };
    }
  }
  const total = chosen.reduce((sum, file) => sum + file.size, 0);
  if (total > MAX_TOTAL_ATTACHMENT_BYTES) {
    return {
      ok: false,
      error: `附件合计不能超过 ${megabytes(MAX_TOTAL_ATTACHMENT_BYTES)}，当前约 ${Math.ceil(total / 1024 / 1024)} MB`,
    };
  }
  const attachments: AttachmentUpload[] = [];
  for (const [index, file] of chosen.entries()) {
    const content = new Uint8Array(await file.arrayBuffer());
    if (content.byteLength === 0) {
      return { ok: false, error: `附件「${displayName(file.name)}」是空文件` };
    }
    const detected = detectAttachmentKind(content);
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
    attachments.push({
      fileName: sanitizeFileName(file.name, detected.kind, index),
      mediaType: ATTACHMENT_KIND_INFO[detected.kind].mediaType,
      content,
    });
  }
  return { ok: true, attachments };
}
