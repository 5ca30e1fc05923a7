/**
 * Use case 年报体检: an uploaded file or pasted text → parse → check → store the result under a
 * random token for a few days. Anything that is not a readable report is refused with one Chinese
 * message and nothing is stored. Parsing runs in the parse pool, off the main thread, with bounded
 * decompression, memory and time; anonymous checks are limited per client address (decision 015).
 */
import crypto from 'node:crypto';
import { megabytesText } from '../../domain/byte-size.ts';
import { ReportInputError, type ReportInputErrorCode } from '../../domain/report/errors.ts';
import type { Clock } from '../clock.ts';
import type { Db } from '../../db/db.ts';
import { sha256 } from '../../db/queries/audit.ts';
import { findLock, recordFailure, type FailurePolicy } from '../../db/queries/login-attempts.ts';
import { insertReportCheck } from '../../db/queries/report-checks.ts';
import { WorkerPoolError, type CheckedReport, type ParsePool } from '../../io/parse-pool/parse-pool.ts';
import { POOL_FAILURES } from '../parse-pool-failure.ts';
import { checkFileName, UnsafeFileNameError } from './file-name.ts';

/** How long a result stays reachable by its link. */
export const CHECK_RETENTION_DAYS = 7;

/** A token is 24 random bytes in base64url: 32 characters. */
export const CHECK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

/**
 * Anonymous checks one client address may start in 10 minutes: an office checking its report
 * again and again after each fix needs a handful; a script flooding the parse pool is stopped.
 * Counted in the throttle table under a hashed key, shared by all app processes.
 */
export const CHECKS_PER_ADDRESS: FailurePolicy = { limit: 30, windowMs: 10 * 60_000, lockMs: 10 * 60_000 };
export const CHECK_LIMIT_MESSAGE = `同一网络地址 10 分钟内提交的检查已达上限（${CHECKS_PER_ADDRESS.limit} 次），请稍后再试。`;
const checkKey = (address: string) => `report-check:${sha256(address)}`;

/** What the user gave: a file, or text pasted into the form. */
export type CheckSource =
  { kind: 'file'; bytes: Uint8Array; fileName: string } | { kind: 'paste'; text: string };

/** Why a check was refused, beyond the reader's codes. */
export type RefusalCode = ReportInputErrorCode | 'FILE_NAME' | 'RATE_LIMITED' | 'BUSY' | 'TOO_COMPLEX';

/** Why a check was refused: the code and the message for the form. */
export class ReportCheckRefused extends Error {
  readonly code: RefusalCode;

  constructor(code: RefusalCode, message: string) {
    super(message);
    this.name = 'ReportCheckRefused';
    this.code = code;
  }
}

/** What the use case needs. */
export type CheckDeps = {
  db: Db;
  clock: Clock;
  parsePool: Pick<ParsePool, 'checkReportFile' | 'checkReportText'>;
};

/**
 * Checks a report and stores the result.
 * @param deps the database, the clock and the parse pool
 * @param source the upload or the pasted text
 * @param maxBytes the largest file accepted (env.maxUploadBytes)
 * @param clientAddress the anonymous client's address (its checks are limited), or null for staff
 * @returns the token of the stored result
 * @throws ReportCheckRefused when the input is not a readable annual report, the client is over
 *   its limit, or the pool is busy or gave up on the file (nothing stored)
 * @example const { token } = await checkAndStoreReport(deps, { kind: 'paste', text }, 20 << 20, null)
 */
export async function checkAndStoreReport(
  deps: CheckDeps,
  source: CheckSource,
  maxBytes: number,
  clientAddress: string | null,
): Promise<{ token: string }> {
  if (clientAddress !== null && (await findLock(deps.db, [checkKey(clientAddress)], deps.clock.now()))) {
    throw new ReportCheckRefused('RATE_LIMITED', CHECK_LIMIT_MESSAGE);
  }
  const fileName = source.kind === 'file' ? acceptedFileName(source.fileName) : null;
  assertWithinSize(source, maxBytes);
  if (clientAddress !== null) {
    await recordFailure(deps.db, checkKey(clientAddress), deps.clock.now(), CHECKS_PER_ADDRESS);
  }
  const checked = await readInPool(deps.parsePool, source);
  const token = crypto.randomBytes(24).toString('base64url');
  const createdAt = deps.clock.now();
  const expiresAt = new Date(createdAt.getTime() + CHECK_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  await deps.db.transaction((tx) =>
    insertReportCheck(tx, {
      token,
      createdAt,
      expiresAt,
      fileName,
      report: checked.report,
      findings: checked.findings,
    }),
  );
  return { token };
}

function acceptedFileName(name: string): string {
  try {
    return checkFileName(name);
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

function assertWithinSize(source: CheckSource, maxBytes: number): void {
  if (source.kind === 'paste' && Buffer.byteLength(source.text, 'utf8') > maxBytes) {
    throw new ReportCheckRefused('TOO_LARGE', `粘贴的文字太长，上限为 ${megabytesText(maxBytes)}`);
  }
  if (source.kind === 'file' && source.bytes.byteLength > maxBytes) {
    throw new ReportCheckRefused(
      'TOO_LARGE',
      `文件太大，上限为 ${megabytesText(maxBytes)}；年度报告通常不到 10 MB，请确认文件是否选对`,
    );
  }
}

async function readInPool(pool: CheckDeps['parsePool'], source: CheckSource): Promise<CheckedReport> {
  try {
    return source.kind === 'paste'
      ? await pool.checkReportText(source.text)
      : await pool.checkReportFile(source.bytes, source.fileName);
  } catch (error) {
    if (error instanceof ReportInputError) {
      throw new ReportCheckRefused(error.code, error.message);
    }
    if (error instanceof WorkerPoolError) {
      const failure = POOL_FAILURES[error.failure];
      const subject = source.kind === 'paste' ? '粘贴的文字' : '文件';
      throw new ReportCheckRefused(
        failure.isFileAtFault ? 'TOO_COMPLEX' : 'BUSY',
        `${subject}${failure.text}。`,
      );
    }
    throw error;
  }
}
