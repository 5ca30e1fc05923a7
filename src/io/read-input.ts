/**
 * Any file a user gives → report text for the parser, or report JSON data. The kind is decided by
 * content (sniff.ts); every unreadable input ends in a ReportInputError with a Chinese message.
 * Decompression is bounded here for every caller — the CLI in-process, the web through the parse
 * pool (parse-pool/): Word packages by zip/office-package.ts and docx-to-text.ts, PDFs by
 * pdf-inflate-budget.ts before pdf.js sees them (decision 015).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { megabytesText } from '../domain/byte-size.ts';
import { ReportInputError } from '../domain/report/errors.ts';
import type { Finding } from '../domain/report/findings.ts';
import type { AnnualReport } from '../domain/report/model.ts';
import { parseReportText } from '../domain/report/parse/parse-report.ts';
import { sniffInput, type InputKind, type SniffResult } from './sniff.ts';

/** 50 MiB: far above any real report, low enough to refuse a wrong file before reading it. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** A file read and converted: text kinds carry `text`, JSON carries `json`. */
export type ReportInput = {
  kind: InputKind;
  text: string | null;
  json: unknown;
  /** The path as given (`-` for stdin). */
  source: string;
};

export type ReadOptions = {
  /** Refuse inputs larger than this (default 50 MiB). */
  maxBytes?: number;
  /** Where `-` reads from (default process.stdin); for tests. */
  stdin?: AsyncIterable<Uint8Array | string>;
};

/** A report loaded from a file, with the parser's findings and the text it was parsed from. */
export type LoadedReport = {
  report: AnnualReport;
  findings: Finding[];
  sourceText: string | null;
  kind: InputKind;
};

/**
 * Reads a file (or stdin for `-`) and converts it to text or JSON.
 * @param path file path, or `-` for standard input
 * @throws ReportInputError NOT_FOUND, TOO_LARGE, EMPTY, BINARY, DOCX_INVALID, PDF_INVALID, PDF_NO_TEXT
 * @example (await readReportInput('report.pdf')).text // '…\n| 规章 | 0 | 0 | 0 |\n…'
 */
export async function readReportInput(path: string, options: ReadOptions = {}): Promise<ReportInput> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes =
    path === '-'
      ? await readStream(options.stdin ?? process.stdin, maxBytes)
      : await readFileLimited(path, maxBytes);
  return convertReportBytes(bytes, path);
}

/**
 * Converts a file's bytes (already read, size already limited) to text or JSON.
 * @param name the file name or path, for messages and as `source`
 * @throws ReportInputError EMPTY, BINARY, DOCX_INVALID, PDF_INVALID, PDF_NO_TEXT, and TOO_LARGE for
 *   files that decompress past the limits
 * @example (await convertReportBytes(bytes, '2024年报.docx')).text
 */
export async function convertReportBytes(bytes: Uint8Array, name: string): Promise<ReportInput> {
  if (bytes.byteLength === 0) {
    throw new ReportInputError('EMPTY', '文件是空的');
  }
  const sniffed = sniffInput(bytes, name);
  if (sniffed.kind === 'json') {
    return { kind: 'json', text: null, json: sniffed.json, source: name };
  }
  return textInput(sniffed.kind, await textOfSniffed(sniffed, bytes), name, EMPTY_MESSAGES[sniffed.kind]);
}

/** What to say when a file of a text kind holds no text. */
export const EMPTY_MESSAGES = {
  text: '文件中只有空白，没有文字',
  html: '网页中没有正文文字',
  docx: 'Word 文档中没有文字',
  pdf: 'PDF 中没有文字',
} as const satisfies Record<Exclude<InputKind, 'json'>, string>;

/**
 * The text of a file of a text kind, for the parser (tables one row per line). Each reader, and
 * its library (htmlparser2, unpdf), is loaded only for its kind: start-up time, decision 013.
 * @param sniffed what sniffInput made of `bytes`
 * @throws ReportInputError DOCX_INVALID, PDF_INVALID, PDF_NO_TEXT
 */
export async function textOfSniffed(
  sniffed: Exclude<SniffResult, { kind: 'json' }>,
  bytes: Uint8Array,
): Promise<string> {
  switch (sniffed.kind) {
    case 'text':
      // Windows and old Mac line ends: the parser counts lines on \n only.
      return sniffed.text.replace(/\r\n?/g, '\n');
    case 'html':
      return (await import('./html-to-text.ts')).htmlToText(sniffed.text);
    case 'docx':
      // Read by the package check in the same pass, unless the package was unusual (sniff.ts).
      return sniffed.text ?? (await import('./docx-to-text.ts')).docxToText(bytes, sniffed.mainPart);
    case 'pdf':
      await assertPdfInflationWithinLimits(bytes);
      return (await import('./pdf-to-text.ts')).pdfToText(bytes);
    default: {
      const unexpected: never = sniffed;
      throw new Error(`unknown input kind ${String(unexpected)}`);
    }
  }
}

/**
 * A file's bytes → a parsed report, as loadReport does for a path.
 * @throws ReportInputError as convertReportBytes, and from the parser and the schema
 */
export async function loadReportBytes(bytes: Uint8Array, name: string): Promise<LoadedReport> {
  return loadedFrom(await convertReportBytes(bytes, name));
}

async function loadedFrom(input: ReportInput): Promise<LoadedReport> {
  if (input.kind === 'json') {
    return { report: await reportFromJson(input.json), findings: [], sourceText: null, kind: 'json' };
  }
  const text = input.text ?? '';
  const { report, findings } = parseReportText(text);
  return { report, findings, sourceText: text, kind: input.kind };
}

async function assertPdfInflationWithinLimits(bytes: Uint8Array): Promise<void> {
  const check = (await import('./pdf-inflate-budget.ts')).checkPdfInflation(bytes);
  if (!check.ok) {
    throw new ReportInputError(
      'TOO_LARGE',
      `PDF 中的压缩内容解压后超过 ${megabytesText(check.limitBytes)}，超出检查上限，无法检查。年度报告通常远小于此，请确认文件是否选对`,
    );
  }
}

/**
 * Report JSON checked against the contract (zod and the schemas load only here).
 * @throws ReportInputError SCHEMA with the problems in Chinese
 */
export async function reportFromJson(json: unknown): Promise<AnnualReport> {
  return (await import('./schema-messages.ts')).validateReportJson(json);
}

/**
 * Reads a report from a file: text kinds go through the parser, JSON through the schema.
 * @param path file path, or `-` for standard input
 * @throws ReportInputError for unreadable input, text that is not a report or is cut off, and
 *   JSON that breaks the schema (`SCHEMA`)
 * @example const { report, findings } = await loadReport('2024.docx')
 */
export async function loadReport(path: string, options: ReadOptions = {}): Promise<LoadedReport> {
  return loadedFrom(await readReportInput(path, options));
}

function textInput(kind: InputKind, text: string, source: string, emptyMessage: string): ReportInput {
  if (text.trim() === '') {
    throw new ReportInputError('EMPTY', emptyMessage);
  }
  return { kind, text, json: null, source };
}

/** A file's bytes, within the size limit: small regular files synchronously, others through a handle. */
async function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  return readSmallFileSync(path, maxBytes) ?? (await readFileThroughHandle(path, maxBytes));
}

/** Files up to this size are read synchronously (a report's text is 10–100 KB). */
const SYNC_READ_MAX_BYTES = 1024 * 1024;

/**
 * A small regular file read in one go without the thread pool: the four round trips of an async
 * open/fstat/read/close cost ≈ 0.1 ms, a tenth of parsing and checking a text report (decision
 * 022), while reading 1 MiB blocks for well under a millisecond. Anything else → null (async path).
 * @throws ReportInputError NOT_FOUND, as the async path
 */
function readSmallFileSync(path: string, maxBytes: number): Uint8Array | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw openError(path, error);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > Math.min(maxBytes, SYNC_READ_MAX_BYTES)) {
      return null; // directories, pipes and large files: the async path says what to
    }
    const buffer = Buffer.allocUnsafe(info.size);
    let filled = 0;
    while (filled < info.size) {
      const bytesRead = readSync(fd, buffer, filled, info.size - filled, filled);
      if (bytesRead === 0) {
        break;
      }
      filled += bytesRead;
    }
    return filled === info.size ? buffer : buffer.subarray(0, filled);
  } catch (error) {
    throw openError(path, error);
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens the file once (large files, pipes, directories for the message) and reads it through the handle: the size is checked on the file that is
 * read, and it costs three system calls' round trips (open, fstat, read) instead of the five of
 * stat + readFile (a tenth of a text report's processing time, decision 022).
 */
async function readFileThroughHandle(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw openError(path, error);
  }
  try {
    let size: number;
    let isRegular: boolean;
    try {
      const info = await handle.stat();
      if (info.isDirectory()) {
        throw new ReportInputError('NOT_FOUND', '这是一个文件夹，不是文件');
      }
      size = info.size;
      // A pipe or a device (`<(…)`, /dev/stdin) reports no size: read it as a stream, capped.
      isRegular = info.isFile();
    } catch (error) {
      throw error instanceof ReportInputError ? error : openError(path, error);
    }
    if (size > maxBytes) {
      throw tooLarge(size, maxBytes);
    }
    try {
      return isRegular
        ? await readAll(handle, size)
        : await readStream(handle.createReadStream({ autoClose: false }), maxBytes);
    } catch (error) {
      throw error instanceof ReportInputError ? error : openError(path, error);
    }
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** The whole file: `size` bytes as fstat said (fewer if it shrank meanwhile). */
async function readAll(handle: FileHandle, size: number): Promise<Uint8Array> {
  const buffer = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const { bytesRead } = await handle.read(buffer, filled, size - filled, filled);
    if (bytesRead === 0) {
      break;
    }
    filled += bytesRead;
  }
  return filled === size ? buffer : buffer.subarray(0, filled);
}

/**
 * Reads a stream to the end, stopping as soon as it passes the limit.
 * @throws ReportInputError TOO_LARGE
 */
export async function readStream(
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    total += buffer.byteLength;
    if (total > maxBytes) {
      if ('destroy' in stream && typeof stream.destroy === 'function') {
        (stream as { destroy: () => void }).destroy();
      }
      throw tooLarge(total, maxBytes, true);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function tooLarge(size: number, maxBytes: number, isAtLeast = false): ReportInputError {
  const mib = (bytes: number): string =>
    `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
  const actual = isAtLeast ? `超过 ${mib(maxBytes)}` : `${mib(size)}`;
  return new ReportInputError(
    'TOO_LARGE',
    `文件太大（${actual}），上限为 ${mib(maxBytes)}；年度报告通常不到 10 MB，请确认文件是否选对`,
  );
}

function openError(path: string, error: unknown): ReportInputError {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new ReportInputError('NOT_FOUND', '找不到文件');
    case 'EACCES':
    case 'EPERM':
      return new ReportInputError('NOT_FOUND', '没有权限读取此文件');
    case 'EISDIR':
      return new ReportInputError('NOT_FOUND', '这是一个文件夹，不是文件');
    default:
      return new ReportInputError('NOT_FOUND', '无法打开此文件');
  }
}
