/**
 * Decides what kind of file a user gave us by its content, never by its name: government sites
 * serve HTML as .doc, PDFs as .htm, and downloads lose their extensions.
 */
import { ReportInputError } from '../domain/report/errors.ts';
import { decodeText } from './decode-text.ts';
import { checkAndReadDocumentBytes } from './ooxml-bytes.ts';
import { checkOfficePackage, OFFICE_LIMITS, type OfficeKind } from './zip/office-package.ts';
import { officeProblemText } from './zip/office-problem-text.ts';
import { hasZipSignature } from './zip/zip-directory.ts';

/** The kinds of input the readers understand. */
export type InputKind = 'text' | 'html' | 'docx' | 'pdf' | 'json';

/**
 * What a file is; text kinds carry the decoded text, JSON its parsed value, a Word document the
 * text of its main part when the package check read it (docx-to-text.ts reads it otherwise).
 */
export type SniffResult =
  | { kind: 'pdf' }
  | { kind: 'docx'; mainPart: string; text?: string }
  | { kind: 'html'; text: string }
  | { kind: 'json'; text: string; json: unknown }
  | { kind: 'text'; text: string };

/** A PDF header may follow up to 1 KiB of junk (PDF 1.7 §7.5.2, implementation note). */
const PDF_HEADER_WINDOW = 1024;
const HTML_HEAD_WINDOW = 2048;
const HTML_START =
  /^<(?:!doctype\s+html|html|head|body|table|tr|td|div|p|meta|title|span|br|center|font|h[1-6])\b/i;
const HTML_ANYWHERE_NEAR_START = /<(?:!doctype\s+html|html[\s>]|body[\s>])/i;
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Other well-known binary formats, only to give a clearer message. */
const KNOWN_BINARY: readonly { signature: readonly number[]; name: string }[] = [
  { signature: [0x89, 0x50, 0x4e, 0x47], name: 'PNG 图片' },
  { signature: [0xff, 0xd8, 0xff], name: 'JPEG 图片' },
  { signature: [0x47, 0x49, 0x46, 0x38], name: 'GIF 图片' },
  { signature: [0x49, 0x49, 0x2a, 0x00], name: 'TIFF 图片' },
  { signature: [0x4d, 0x4d, 0x00, 0x2a], name: 'TIFF 图片' },
  { signature: [0x1f, 0x8b], name: 'gzip 压缩包' },
  { signature: [0x52, 0x61, 0x72, 0x21], name: 'RAR 压缩包' },
  { signature: [0x37, 0x7a, 0xbc, 0xaf], name: '7z 压缩包' },
];

/**
 * Detects the kind of a file from its bytes.
 * @param bytes the whole file (not empty)
 * @param name the file name, used only to word messages (a `.docx` that is not a zip)
 * @throws ReportInputError `DOCX_INVALID` for a zip that is not a valid Word package (see
 *   zip/office-package.ts), an old OLE `.doc`, or binary content named `.docx`; `TOO_LARGE` for a
 *   package that inflates past the limit; `BINARY` for other binary content
 * @example sniffInput(Buffer.from('%PDF-1.4 …'), 'report.txt').kind // 'pdf'
 */
export function sniffInput(bytes: Uint8Array, name = ''): SniffResult {
  if (hasPdfHeader(bytes)) {
    return { kind: 'pdf' };
  }
  if (hasZipSignature(bytes)) {
    return sniffZip(bytes);
  }
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new ReportInputError(
      'DOCX_INVALID',
      '这是旧版 Word（.doc）等 OLE 格式文件，无法读取；请另存为 .docx 或 PDF 后再试',
    );
  }
  const known = KNOWN_BINARY.find((entry) => startsWith(bytes, entry.signature));
  if (known) {
    throw new ReportInputError('BINARY', `这是${known.name}文件，不是可以读取的报告（扫描件请先做文字识别）`);
  }
  let text: string;
  try {
    text = decodeText(bytes).text;
  } catch (error) {
    if (error instanceof ReportInputError && /\.docx$/i.test(name)) {
      throw new ReportInputError(
        'DOCX_INVALID',
        '文件扩展名为 .docx，但内容不是 Word 文档（不是 ZIP 压缩包），文件可能已损坏或不完整',
      );
    }
    throw error;
  }
  return classifyText(text);
}

/** Classifies decoded text as JSON report data, HTML or plain text. */
function classifyText(text: string): SniffResult {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    const json = tryParseJson(trimmed);
    if (
      json !== undefined &&
      typeof json === 'object' &&
      json !== null &&
      !Array.isArray(json) &&
      'schema' in json
    ) {
      return { kind: 'json', text, json };
    }
  }
  if (looksLikeHtml(trimmed)) {
    return { kind: 'html', text };
  }
  return { kind: 'text', text };
}

/**
 * True when text (already left-trimmed) starts like an HTML document or fragment.
 * @example looksLikeHtml('<table><tr><td>1</td></tr></table>') // true
 */
export function looksLikeHtml(trimmed: string): boolean {
  const head = trimmed.slice(0, HTML_HEAD_WINDOW);
  if (HTML_START.test(head)) {
    return true;
  }
  // `<?xml …?>` prologues, comments or a stray line before the <html> tag.
  return head.startsWith('<') && HTML_ANYWHERE_NEAR_START.test(head);
}

const OTHER_OFFICE: Record<Exclude<OfficeKind, 'docx'>, string> = {
  xlsx: 'Excel 表格',
  pptx: 'PowerPoint 演示文稿',
};

/** A report's XML parts are parsed as text: 16 MiB each, like docx-to-text.ts (decision 015). */
const REPORT_OFFICE_LIMITS = { ...OFFICE_LIMITS, maxXmlPartBytes: 16 * 1024 * 1024 };

function sniffZip(bytes: Uint8Array): SniffResult {
  // The check walks the document part anyway: read it in the same pass (decision 022). The part is
  // bounded by maxXmlPartBytes, the same 16 MiB as docx-to-text.ts's MAX_DOCUMENT_XML_BYTES.
  const read: { part: string; text: string | null } = { part: '', text: null };
  const check = checkOfficePackage(bytes, REPORT_OFFICE_LIMITS, {
    kind: 'docx',
    read: (xml, part) => {
      read.part = part;
      read.text = checkAndReadDocumentBytes(xml);
      return read.text !== null;
    },
  });
  if (!check.ok) {
    throw new ReportInputError(
      check.problem === 'too-large' ? 'TOO_LARGE' : 'DOCX_INVALID',
      `文件${officeProblemText(check.problem, REPORT_OFFICE_LIMITS, check.limitBytes)}，无法检查`,
    );
  }
  if (check.kind !== 'docx') {
    throw new ReportInputError('DOCX_INVALID', `这是${OTHER_OFFICE[check.kind]}，不是 Word 文档`);
  }
  return read.text !== null && read.part === check.mainPart
    ? { kind: 'docx', mainPart: check.mainPart, text: read.text }
    : { kind: 'docx', mainPart: check.mainPart };
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = buffer.subarray(0, PDF_HEADER_WINDOW).indexOf('%PDF-', 0, 'latin1');
  if (at === 0) {
    return true;
  }
  // Junk before the header is allowed, but then insist on the trailer too, so that a text file
  // that merely mentions "%PDF-" early on stays text.
  return at > 0 && buffer.subarray(-PDF_HEADER_WINDOW * 2).includes('%%EOF', 0, 'latin1');
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
