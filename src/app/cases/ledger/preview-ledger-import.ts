/**
 * 导入台账, steps 1 and 2: the upload is read (readLedgerFile refuses hostile files), stored for
 * one hour under a random token for its uploader only, and shown as a preview planned against
 * the case numbers registered now. The person must work in (`work.handle`) the organ the cases
 * are imported into. Nothing but the stored upload is written here.
 */
import { findOwnStagedImport } from '../../imports/own-staged-import.ts';
import crypto from 'node:crypto';
import type { Queryable } from '../../../db/db.ts';
import { findExistingCaseNumbers, insertCaseImport } from '../../../db/queries/case-imports.ts';
import { can, organsWhere } from '../../../domain/access/policy.ts';
import type { Actor } from '../../../domain/access/roles.ts';
import type { LocalDate } from '../../../domain/calendar/local-date.ts';
import type { LedgerRow } from '../../../domain/case/ledger/ledger-case.ts';
import {
  ledgerCaseNumbers,
  planLedgerImport,
  type LedgerPlan,
} from '../../../domain/case/ledger/plan-ledger-import.ts';
import type { Organ } from '../../../domain/organs/organ.ts';
import { loadOrganRegistry } from '../../organs/load-organ-tree.ts';
import { cleanUploadFileName } from '../../imports/upload-file-name.ts';
import { badFile, FORBIDDEN, invalid, NOT_FOUND, tooLarge, type Failure } from '../../failures.ts';
import type { CaseDeps } from '../case-deps.ts';
import { LedgerFileError, MAX_LEDGER_BYTES, readLedgerFile } from './read-ledger-file.ts';

/** How long an uploaded preview can be confirmed. */
export const LEDGER_IMPORT_TTL_MS = 60 * 60 * 1000;

/** What an import use case answers besides success. */
export type LedgerFailure = Failure<'invalid' | 'file' | 'too_large' | 'forbidden' | 'not_found'>;

/** The counts kept after a commit (no personal data). */
export type LedgerOutcome = {
  created: number;
  keptNumbers: number;
  numbered: number;
  open: number;
  closed: number;
  reviews: number;
  litigations: number;
};

/** An uploaded file, the organ chosen in the form, and the platform's upload limit. */
export type LedgerUpload = { bytes: Uint8Array; fileName: string; organId: number | null; maxBytes: number };

/** The organs a person may import cases into (and the pickers list). */
export async function importableOrgans(db: Queryable, actor: Actor | null): Promise<Organ[]> {
  const registry = await loadOrganRegistry(db);
  const ids = new Set(organsWhere(actor, 'work.handle', registry.tree));
  return registry.organs.filter((o) => ids.has(o.id));
}

/**
 * Reads and stores an upload.
 * @returns the token of the stored preview, or why not
 */
export async function uploadLedgerImport(
  deps: CaseDeps,
  actor: Actor | null,
  upload: LedgerUpload,
): Promise<{ ok: true; token: string } | LedgerFailure> {
  const registry = await loadOrganRegistry(deps.db);
  if (!actor || organsWhere(actor, 'work.handle', registry.tree).length === 0) {
    return FORBIDDEN;
  }
  if (upload.organId === null || !registry.byId.has(upload.organId)) {
    return invalid({ organId: '请选择受理机关' });
  }
  if (!can(actor, 'work.handle', upload.organId, registry.tree)) {
    return FORBIDDEN;
  }
  let file;
  try {
    file = await readLedgerFile(upload.bytes, Math.min(upload.maxBytes, MAX_LEDGER_BYTES));
  } catch (error) {
    if (error instanceof LedgerFileError) {
      return upload.bytes.length > upload.maxBytes ? tooLarge(error.message) : badFile(error.message);
    }
    throw error;
  }
  const token = crypto.randomBytes(24).toString('base64url');
  const now = deps.clock.now();
  await insertCaseImport(deps.db, {
    token,
    accountId: actor.accountId,
    organId: upload.organId,
    fileName: cleanUploadFileName(upload.fileName),
    fileSha256: crypto.createHash('sha256').update(upload.bytes).digest('hex'),
    format: file.format,
    payload: file.rows,
    createdAt: now,
    expiresAt: new Date(now.getTime() + LEDGER_IMPORT_TTL_MS),
  });
  return { ok: true, token };
}

/** A stored upload planned now (or, once committed, what was written). */
export type LedgerPreview = {
  organ: Organ;
  fileName: string;
  fileSha256: string;
  format: 'xlsx' | 'csv';
  expiresAt: Date;
  plan: LedgerPlan | null;
  outcome: LedgerOutcome | null;
};

/**
 * Plans a stored upload against the cases in `db` (inside the commit's transaction, or not).
 * @returns not_found for a missing, expired or someone else's upload; forbidden when the person no longer works in the organ
 */
export async function planStoredLedger(
  db: Queryable,
  actor: Actor | null,
  token: string,
  now: Date,
  today: LocalDate,
  forUpdate = false,
): Promise<({ ok: true } & LedgerPreview) | LedgerFailure> {
  const record = await findOwnStagedImport(db, 'caseLedger', actor, token, now, forUpdate);
  if (!actor || !record) {
    return NOT_FOUND;
  }
  const registry = await loadOrganRegistry(db);
  const organ = registry.byId.get(record.organId);
  if (!organ || !can(actor, 'work.handle', organ.id, registry.tree)) {
    return FORBIDDEN;
  }
  const base = {
    ok: true as const,
    organ,
    fileName: record.fileName,
    fileSha256: record.fileSha256,
    format: record.format,
    expiresAt: record.expiresAt,
  };
  if (record.committedAt !== null) {
    return { ...base, plan: null, outcome: record.outcome as LedgerOutcome };
  }
  const rows = record.payload as LedgerRow[];
  const existing = await findExistingCaseNumbers(db, ledgerCaseNumbers(rows));
  return { ...base, plan: planLedgerImport(rows, { today, existingCaseNumbers: existing }), outcome: null };
}

/** The preview page's data. */
export function previewLedgerImport(
  deps: CaseDeps,
  actor: Actor | null,
  token: string,
): Promise<({ ok: true } & LedgerPreview) | LedgerFailure> {
  return planStoredLedger(deps.db, actor, token, deps.clock.now(), deps.clock.today() as LocalDate);
}
