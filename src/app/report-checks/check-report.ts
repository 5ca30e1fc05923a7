/**
 * Use case 年报体检: an uploaded file or pasted text → parse → check → store the result under a
 * random token for a few days. Anything that is not a readable report is refused with one Chinese
 * message and nothing is stored.
 */
import crypto from 'node:crypto';
import { checkReport } from '../../domain/report/check/check-report.ts';
import { ReportInputError, type ReportInputErrorCode } from '../../domain/report/errors.ts';
import { mergeFindings } from '../../domain/report/findings.ts';
import type { Clock } from '../clock.ts';
import type { Db } from '../../db/db.ts';
import { insertReportCheck } from '../../db/queries/report-checks.ts';
import type { LoadedReport } from '../../io/read-input.ts';
import { checkFileName, UnsafeFileNameError } from './file-name.ts';
import { readPastedReport, readUploadedReport } from './read-upload.ts';

/** How long a result stays reachable by its link. */
export const CHECK_RETENTION_DAYS = 7;

/** A token is 24 random bytes in base64url: 32 characters. */
export const CHECK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

/** What the user gave: a file, or text pasted into the form. */
export type CheckSource =
  { kind: 'file'; bytes: Uint8Array; fileName: string } | { kind: 'paste'; text: string };

/** Why a check was refused: the reader's code (or `FILE_NAME`) and the message for the form. */
export class ReportCheckRefused extends Error {
  readonly code: ReportInputErrorCode | 'FILE_NAME';

  constructor(code: ReportCheckRefused['code'], message: string) {
    super(message);
    this.name = 'ReportCheckRefused';
    this.code = code;
  }
}

/**
 * Checks a report and stores the result.
 * @param deps the database and the clock
 * @param source the upload or the pasted text
 * @param maxBytes the largest file accepted (env.maxUploadBytes)
 * @returns the token of the stored result
 * @throws ReportCheckRefused when the input is not a readable annual report (nothing stored)
 * @example const { token } = await checkAndStoreReport(deps, { kind: 'paste', text }, 20 << 20)
 */
export async function checkAndStoreReport(
  deps: { db: Db; clock: Clock },
  source: CheckSource,
  maxBytes: number,
): Promise<{ token: string }> {
  const { loaded, fileName } = await readSource(source, maxBytes);
  const checked = checkReport(
    loaded.report,
    loaded.sourceText === null ? {} : { sourceText: loaded.sourceText },
  );
  const findings = mergeFindings(loaded.findings, checked);
  const token = crypto.randomBytes(24).toString('base64url');
  const createdAt = deps.clock.now();
  const expiresAt = new Date(createdAt.getTime() + CHECK_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  await deps.db.transaction((tx) =>
    insertReportCheck(tx, { token, createdAt, expiresAt, fileName, report: loaded.report, findings }),
  );
  return { token };
}

async function readSource(
  source: CheckSource,
  maxBytes: number,
): Promise<{ loaded: LoadedReport; fileName: string | null }> {
  try {
    if (source.kind === 'paste') {
      if (Buffer.byteLength(source.text, 'utf8') > maxBytes) {
        throw new ReportInputError('TOO_LARGE', `粘贴的文字太长，上限为 ${formatMb(maxBytes)}`);
      }
      return { loaded: readPastedReport(source.text), fileName: null };
    }
    const fileName = checkFileName(source.fileName);
    if (source.bytes.byteLength > maxBytes) {
      throw new ReportInputError(
        'TOO_LARGE',
        `文件太大，上限为 ${formatMb(maxBytes)}；年度报告通常不到 10 MB，请确认文件是否选对`,
      );
    }
    return { loaded: await readUploadedReport(source.bytes, fileName), fileName };
  } catch (error) {
    if (error instanceof ReportInputError) {
      throw new ReportCheckRefused(error.code, error.message);
    }
    if (error instanceof UnsafeFileNameError) {
      throw new ReportCheckRefused('FILE_NAME', error.message);
    }
    throw error;
  }
}

/**
 * A byte count in MB for messages.
 * @example formatMb(20 * 1024 * 1024) // '20 MB'
 */
export function formatMb(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
