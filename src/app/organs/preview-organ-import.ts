/**
 * 导入机构, step 1 and 2: the upload is read (readOrganFile refuses hostile files), stored under a
 * random token for one hour, and shown as a preview planned against the organs as they are now.
 * Only the person who uploaded can see or confirm it. Nothing in the registry changes here.
 */
import crypto from 'node:crypto';
import type { Queryable } from '../../db/db.ts';
import { findOrganImport, insertOrganImport } from '../../db/queries/organs.ts';
import { sha256 } from '../../db/queries/audit.ts';
import { can, organsWhere } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { planOrganImport, type ImportPlan, type ImportRow } from '../../domain/organs/import-plan.ts';
import { loadOrganRegistry } from './load-organ-tree.ts';
import { OrganFileError, readOrganFile } from './read-organ-file.ts';
import { badFile, FORBIDDEN, NOT_FOUND, tooLarge, type Result } from '../failures.ts';
import type { OrganDeps } from './organ-deps.ts';

/** How long an uploaded preview can be confirmed. */
export const IMPORT_TTL_MS = 60 * 60 * 1000;

type StoredPayload = { format: 'xlsx' | 'csv'; rows: ImportRow[] };

/** An uploaded file and the upload limit. */
export type PreviewUpload = { bytes: Uint8Array; fileName: string; maxBytes: number };

/** True when the actor may import at all (manages some organ). */
export function canImportOrgans(actor: Actor | null, tree: Parameters<typeof organsWhere>[2]): boolean {
  return organsWhere(actor, 'organ.manage', tree).length > 0;
}

/**
 * Reads and stores an upload.
 * @returns the token of the stored preview, or why not
 */
export async function uploadOrganImport(
  deps: OrganDeps,
  actor: Actor | null,
  upload: PreviewUpload,
): Promise<Result<{ token: string }, 'file' | 'too_large' | 'forbidden'>> {
  const registry = await loadOrganRegistry(deps.db);
  if (!actor || !canImportOrgans(actor, registry.tree)) {
    return FORBIDDEN;
  }
  let rows: ImportRow[];
  let format: StoredPayload['format'];
  try {
    ({ rows, format } = await readOrganFile(upload.bytes, upload.maxBytes));
  } catch (error) {
    if (error instanceof OrganFileError) {
      return upload.bytes.length > upload.maxBytes ? tooLarge(error.message) : badFile(error.message);
    }
    throw error;
  }
  const token = crypto.randomBytes(24).toString('base64url');
  const now = deps.clock.now();
  const payload: StoredPayload = { format, rows };
  await insertOrganImport(deps.db, {
    token,
    accountId: actor.accountId,
    fileName: upload.fileName.slice(0, 200) || '未命名文件',
    payload,
    createdAt: now,
    expiresAt: new Date(now.getTime() + IMPORT_TTL_MS),
  });
  return { ok: true, token };
}

/** A stored upload planned against the registry now, with the fingerprint the confirmation must carry. */
export type ImportPreview = {
  plan: ImportPlan;
  fileName: string;
  fingerprint: string;
  isCommitted: boolean;
  expiresAt: Date;
};

/**
 * Fingerprint of what a plan would write: the confirmation must match the preview the person saw.
 * @example planFingerprint(plan) // 'c0ffee…'
 */
export function planFingerprint(plan: ImportPlan): string {
  return sha256(JSON.stringify(plan.rows.map((r) => [r.action, r.organId, r.version, r.parent, r.fields])));
}

/**
 * Plans a stored upload against the organs in `db` (inside the commit's transaction, or not).
 * @returns not_found for a missing, expired or someone else's upload
 */
export async function planStoredImport(
  db: Queryable,
  actor: Actor | null,
  token: string,
  now: Date,
  forUpdate = false,
): Promise<Result<ImportPreview, 'not_found'>> {
  const record = token.length > 100 ? null : await findOrganImport(db, token, forUpdate);
  if (
    !actor ||
    !record ||
    record.accountId !== actor.accountId ||
    record.expiresAt.getTime() < now.getTime()
  ) {
    return NOT_FOUND;
  }
  const registry = await loadOrganRegistry(db);
  const payload = record.payload as StoredPayload;
  const plan = planOrganImport({
    rows: payload.rows,
    existing: registry.organs,
    mayManage: (id, tree) => can(actor, 'organ.manage', id, tree),
  });
  return {
    ok: true,
    plan,
    fileName: record.fileName,
    fingerprint: planFingerprint(plan),
    isCommitted: record.committedAt !== null,
    expiresAt: record.expiresAt,
  };
}

/** The preview page's data. */
export function previewOrganImport(
  deps: OrganDeps,
  actor: Actor | null,
  token: string,
): Promise<Result<ImportPreview, 'not_found'>> {
  return planStoredImport(deps.db, actor, token, deps.clock.now());
}
