/**
 * THE check of an uploaded file by content — "is this really a PDF / JPEG / PNG / Word / Excel
 * file, and a sane one?" — for application and intake attachments and the coming 主动公开
 * attachments. The type comes from the bytes, never from the name or the browser's content type.
 * Word and Excel files are validated as packages (zip/office-package.ts: entry count, inflated
 * size measured while inflating, content types, no nested archives, well-formed XML); PDFs must
 * stay within the decompression budgets (pdf-inflate-budget.ts); images within a pixel count.
 * Runs in the parse pool for web uploads (it inflates everything once). Decision 015.
 */
import { megabytesText } from '../../domain/byte-size.ts';
import { checkPdfInflation } from '../pdf-inflate-budget.ts';
import { checkOfficePackage, OFFICE_LIMITS, type OfficeKind } from '../zip/office-package.ts';
import { officeProblemText } from '../zip/office-problem-text.ts';
import { hasZipSignature } from '../zip/zip-directory.ts';
import { imageSize } from './image-size.ts';

/** The kinds of file an upload may be. */
export const UPLOAD_KINDS = ['pdf', 'jpeg', 'png', 'docx', 'xlsx'] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

/** What users call each kind. */
export const UPLOAD_KIND_LABELS = {
  pdf: 'PDF',
  jpeg: 'JPEG',
  png: 'PNG',
  docx: 'Word（.docx）',
  xlsx: 'Excel（.xlsx）',
} as const satisfies Record<UploadKind, string>;

/** The kind, or why the file is refused: a phrase that follows 「文件的内容」/「附件「…」的内容」. */
export type UploadInspection = { ok: true; kind: UploadKind } | { ok: false; reason: string };

/** Sides and pixel count far above any scan or phone photo (a 48-megapixel photo is 8000 × 6000). */
export const MAX_IMAGE_SIDE = 20_000;
export const MAX_IMAGE_PIXELS = 150_000_000;

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

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);

/**
 * True for a PDF header at the start, or after junk when the trailer is there too (PDF 1.7 §7.5.2).
 * @example hasPdfHeader(Buffer.from('%PDF-1.7\n…')) // true
 */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = buffer.subarray(0, PDF_HEADER_WINDOW).indexOf('%PDF-', 0, 'latin1');
  return at === 0 || (at > 0 && buffer.subarray(-PDF_HEADER_WINDOW * 2).includes('%%EOF', 0, 'latin1'));
}

/**
 * Inspects an upload.
 * @param bytes the whole file, not empty
 * @param accepted the kinds this upload may be (others are refused, naming what was accepted)
 * @example inspectUpload(Buffer.from('%PDF-1.7 …'), ['pdf', 'docx']) // { ok: true, kind: 'pdf' }
 * @example inspectUpload(Buffer.from('MZ\x90\x00'), ['pdf']) // { ok: false, reason: '是可执行程序，不是PDF文件' }
 */
export function inspectUpload(bytes: Uint8Array, accepted: readonly UploadKind[]): UploadInspection {
  const found = detect(bytes, acceptedText(accepted));
  if (!found.ok) {
    return found;
  }
  if (!accepted.includes(found.kind)) {
    return {
      ok: false,
      reason: `是${UPLOAD_KIND_LABELS[found.kind]}文件，不是${acceptedText(accepted)}文件`,
    };
  }
  return found;
}

/**
 * The accepted kinds for messages.
 * @example acceptedText(['pdf', 'jpeg', 'png', 'docx']) // 'PDF、JPEG、PNG 或 Word（.docx）'
 */
export function acceptedText(accepted: readonly UploadKind[]): string {
  const labels = accepted.map((kind) => UPLOAD_KIND_LABELS[kind]);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join('、')} 或 ${labels.at(-1)!}`;
}

function detect(bytes: Uint8Array, accepted: string): UploadInspection {
  if (hasPdfHeader(bytes)) {
    const check = checkPdfInflation(bytes);
    return check.ok
      ? { ok: true, kind: 'pdf' }
      : {
          ok: false,
          reason: `是 PDF，但其中的压缩内容解压后超过 ${megabytesText(check.limitBytes)}，超出处理上限`,
        };
  }
  if (startsWith(bytes, PNG_SIGNATURE) || startsWith(bytes, JPEG_SIGNATURE)) {
    return inspectImage(bytes, startsWith(bytes, PNG_SIGNATURE) ? 'png' : 'jpeg');
  }
  if (hasZipSignature(bytes)) {
    return inspectOffice(bytes);
  }
  if (startsWith(bytes, OLE_SIGNATURE)) {
    return {
      ok: false,
      reason: '是旧版 Office 文档（如 .doc、.xls），不能接收，请另存为 .docx、.xlsx 或 PDF',
    };
  }
  const known = KNOWN_OTHERS.find((entry) => startsWith(bytes, entry.signature));
  return { ok: false, reason: `${known ? `是${known.name}，` : ''}不是${accepted}文件` };
}

function inspectImage(bytes: Uint8Array, kind: 'png' | 'jpeg'): UploadInspection {
  const size = imageSize(bytes, kind);
  if (size === null) {
    return { ok: false, reason: `是已损坏的 ${UPLOAD_KIND_LABELS[kind]} 图片（读不到图片尺寸）` };
  }
  if (
    size.width > MAX_IMAGE_SIDE ||
    size.height > MAX_IMAGE_SIDE ||
    size.width * size.height > MAX_IMAGE_PIXELS
  ) {
    return { ok: false, reason: `是尺寸过大的图片（${size.width} × ${size.height} 像素），超出处理上限` };
  }
  return { ok: true, kind };
}

const OFFICE_UPLOAD_KIND: Record<OfficeKind, UploadKind | null> = { docx: 'docx', xlsx: 'xlsx', pptx: null };

function inspectOffice(bytes: Uint8Array): UploadInspection {
  const check = checkOfficePackage(bytes);
  if (!check.ok) {
    return { ok: false, reason: officeProblemText(check.problem, OFFICE_LIMITS, check.limitBytes) };
  }
  const kind = OFFICE_UPLOAD_KIND[check.kind];
  if (kind === null) {
    return { ok: false, reason: '是 PowerPoint 演示文稿，不能接收，请另存为 PDF' };
  }
  if (check.hasMacros) {
    return { ok: false, reason: '是含有宏的 Office 文档，出于安全考虑不予接收，请另存为不含宏的文件或 PDF' };
  }
  return { ok: true, kind };
}
