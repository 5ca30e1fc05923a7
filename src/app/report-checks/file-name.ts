/**
 * Upload file names. A browser sends only the base name of the chosen file; a name with a path,
 * markup or control characters was made by hand and is refused. The name is stored only to show
 * it back (escaped) — it never becomes a path.
 */
import { ReportInputError } from '../../domain/report/errors.ts';

/** Longest accepted name, in characters (most file systems allow 255 bytes). */
export const MAX_FILE_NAME_LENGTH = 200;

/** Path separators, markup and the characters Windows forbids in names. */
const FORBIDDEN = /[/\\<>:"|?*]/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
const CONTROL = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/**
 * Checks an upload's file name.
 * @returns the name, trimmed
 * @throws ReportInputError `NOT_FOUND` when no file was chosen
 * @throws UnsafeFileNameError for a path, markup, control characters or an overlong name
 * @example checkFileName('2024年报.pdf') // '2024年报.pdf'
 * @example checkFileName('../../etc/passwd') // throws UnsafeFileNameError
 */
export function checkFileName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') {
    throw new ReportInputError('NOT_FOUND', '没有选择文件');
  }
  if (
    trimmed.length > MAX_FILE_NAME_LENGTH ||
    FORBIDDEN.test(trimmed) ||
    CONTROL.test(trimmed) ||
    /^\.+$/.test(trimmed)
  ) {
    throw new UnsafeFileNameError();
  }
  return trimmed;
}

/** A file name that could be a path or markup: refused, nothing is read or stored. */
export class UnsafeFileNameError extends Error {
  constructor() {
    super('文件名含有不允许的字符（如 / \\ < > : " | ? * 或控制字符）或过长，请将文件重命名后再上传');
    this.name = 'UnsafeFileNameError';
  }
}

/**
 * An ASCII-only name for the `filename=` fallback of Content-Disposition: letters, digits, `.`,
 * `-` and `_`; anything else becomes `_`, runs collapse.
 * @example asciiFileName('gongkai-check-2024', 'json') // 'gongkai-check-2024.json'
 */
export function asciiFileName(base: string, extension: string): string {
  const cleaned = base
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[_.-]+|[_.-]+$/g, '');
  return `${cleaned === '' ? 'report' : cleaned.slice(0, 80)}.${extension}`;
}

/**
 * The Content-Disposition header of a download: an ASCII `filename` for old clients and the
 * UTF-8 name in `filename*` (RFC 6266 / RFC 8187).
 * @example contentDisposition('report-2024', '淄博市博山区人民政府2024年政府信息公开工作年度报告', 'docx')
 *   // "attachment; filename=\"report-2024.docx\"; filename*=UTF-8''%E6%B7%84…docx"
 */
export function contentDisposition(asciiBase: string, utf8Base: string, extension: string): string {
  const utf8 = `${utf8Base.replace(new RegExp(CONTROL.source, 'g'), '_').replace(/[/\\]/g, '_').slice(0, 120)}.${extension}`;
  const encoded = encodeURIComponent(utf8).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFileName(asciiBase, extension)}"; filename*=UTF-8''${encoded}`;
}
