/**
 * 导入主动公开信息, steps 1 and 2 (the case ledger import's pattern): the sheet and the ZIP are
 * read (hostile files refused), the named bodies and attachments read as the item editor reads
 * them, and everything stored for one hour under a random token for its uploader only
 * (staged_imports, kind `items`); the preview is planned against the items and columns there are
 * now. Importing publishes, so the person must be the organ's 领导 (who may 签发) or 管理员.
 */
import { findOwnStagedImport } from '../../imports/own-staged-import.ts';
import crypto from 'node:crypto';
import type { Queryable } from '../../../db/db.ts';
import { findTakenIndexNumbers } from '../../../db/queries/publishing/item-imports.ts';
import { insertStagedImport } from '../../../db/queries/staged-imports.ts';
import type { Actor } from '../../../domain/access/roles.ts';
import type { LocalDate } from '../../../domain/calendar/local-date.ts';
import type { KeyedRow } from '../../../domain/imports/header-match.ts';
import type { ImportFileFact } from '../../../domain/publishing/import/import-types.ts';
import {
  ITEM_IMPORT_COLUMNS,
  LIST_SEPARATOR,
  MAX_ITEM_IMPORT_ROWS,
  type ItemImportColumnKey,
} from '../../../domain/publishing/import/item-import-columns.ts';
import { planItemImport, type ItemImportPlan } from '../../../domain/publishing/import/plan-item-import.ts';
import type { Organ } from '../../../domain/organs/organ.ts';
import { badFile, FORBIDDEN, invalid, NOT_FOUND, tooLarge, type Failure } from '../../failures.ts';
import { toKeyedRows } from '../../imports/keyed-rows.ts';
import { readSheetFile } from '../../imports/read-sheet-file.ts';
import { SheetFileError } from '../../imports/sheet-file-error.ts';
import { cleanUploadFileName } from '../../imports/upload-file-name.ts';
import { loadOrganRegistry } from '../../organs/load-organ-tree.ts';
import type { AppDeps } from '../../deps.ts';
import { ensureCatalogue, loadCatalogue } from '../catalogue.ts';
import { mayImportItems } from './import-access.ts';

export { itemImportOrgans, mayImportItems } from './import-access.ts';
import { MAX_IMPORT_ZIP_BYTES, readImportArchive, type ReadImportFile } from './read-import-archive.ts';

/** How long an uploaded preview can be confirmed. */
export const ITEM_IMPORT_TTL_MS = 60 * 60 * 1000;
/** The sheet's upload limit. */
export const MAX_ITEM_SHEET_BYTES = 10 * 1024 * 1024;

/** What the import use cases answer besides success. */
export type ItemImportFailure = Failure<'invalid' | 'file' | 'too_large' | 'forbidden' | 'not_found'>;

/** The counts kept after a commit. */
export type ItemImportOutcome = { created: number; attachments: number; bodies: number; warnings: number };

/** What is stored with the token. */
export type StagedItemImport = { rows: KeyedRow<ItemImportColumnKey>[]; files: ReadImportFile[] };

/** The two uploaded files, the organ chosen, and the platform's upload limit. */
export type ItemImportUpload = {
  sheet: { bytes: Uint8Array; name: string };
  archive: { bytes: Uint8Array; name: string } | null;
  organId: number | null;
  maxBytes: number;
};

function namedFiles(rows: readonly KeyedRow<ItemImportColumnKey>[]) {
  const split = (text: string | undefined) =>
    (text ?? '')
      .split(LIST_SEPARATOR)
      .map((n) => n.trim())
      .filter((n) => n !== '');
  return {
    bodies: new Set(rows.map((r) => (r.cells.body ?? '').trim()).filter((n) => n !== '')),
    attachments: new Set(rows.flatMap((r) => split(r.cells.attachments))),
  };
}

async function readUploads(
  deps: AppDeps,
  upload: ItemImportUpload,
): Promise<StagedItemImport & { format: 'xlsx' | 'csv' }> {
  const sheet = await readSheetFile(upload.sheet.bytes, {
    maxBytes: Math.min(upload.maxBytes, MAX_ITEM_SHEET_BYTES),
    maxInflatedBytes: 64 * 1024 * 1024,
    maxSheetRows: MAX_ITEM_IMPORT_ROWS * 5,
    noun: '目录',
  });
  const rows = toKeyedRows(ITEM_IMPORT_COLUMNS, sheet.rows, { maxRows: MAX_ITEM_IMPORT_ROWS, noun: '目录' });
  const named = namedFiles(rows);
  const needsArchive = named.bodies.size + named.attachments.size > 0;
  if (needsArchive && upload.archive === null) {
    throw new SheetFileError('目录中列出了正文或附件文件，请同时选择包含这些文件的 ZIP 压缩包');
  }
  const files =
    upload.archive === null
      ? []
      : await readImportArchive(
          deps,
          upload.archive.bytes,
          named,
          Math.min(upload.maxBytes, MAX_IMPORT_ZIP_BYTES),
        );
  return { format: sheet.format, rows, files };
}

/**
 * Reads and stores an upload.
 * @returns the token of the stored preview, or why not
 */
export async function uploadItemImport(
  deps: AppDeps,
  actor: Actor | null,
  upload: ItemImportUpload,
): Promise<{ ok: true; token: string } | ItemImportFailure> {
  const registry = await loadOrganRegistry(deps.db);
  if (!actor || !registry.organs.some((o) => mayImportItems(actor, o.id))) {
    return FORBIDDEN;
  }
  if (upload.organId === null || !registry.byId.has(upload.organId)) {
    return invalid({ organId: '请选择发布机关' });
  }
  if (!mayImportItems(actor, upload.organId)) {
    return FORBIDDEN;
  }
  await ensureCatalogue(deps.db, upload.organId);
  let staged;
  try {
    staged = await readUploads(deps, upload);
  } catch (error) {
    if (error instanceof SheetFileError) {
      const isTooLarge =
        Math.max(upload.sheet.bytes.length, upload.archive?.bytes.length ?? 0) > upload.maxBytes;
      return isTooLarge ? tooLarge(error.message) : badFile(error.message);
    }
    throw error;
  }
  const token = crypto.randomBytes(24).toString('base64url');
  const now = deps.clock.now();
  await insertStagedImport(deps.db, {
    token,
    kind: 'items',
    accountId: actor.accountId,
    organId: upload.organId,
    fileName: cleanUploadFileName(upload.sheet.name),
    fileSha256: crypto.createHash('sha256').update(upload.sheet.bytes).digest('hex'),
    format: staged.format,
    payload: { rows: staged.rows, files: staged.files } satisfies StagedItemImport,
    archive: upload.archive?.bytes ?? null,
    createdAt: now,
    expiresAt: new Date(now.getTime() + ITEM_IMPORT_TTL_MS),
  });
  return { ok: true, token };
}

/** A stored upload planned now (or, once committed, what was written). */
export type ItemImportPreview = {
  organ: Organ;
  fileName: string;
  fileSha256: string;
  format: 'xlsx' | 'csv';
  expiresAt: Date;
  plan: ItemImportPlan | null;
  outcome: ItemImportOutcome | null;
  /** The stored rows and files (for the commit). */
  staged: StagedItemImport | null;
  archive: Uint8Array | null;
};

/**
 * Plans a stored upload against the items and columns in `db` (inside the commit's transaction, or not).
 * @returns not_found for a missing, expired or someone else's upload; forbidden when the person may no longer import
 */
export async function planStoredItemImport(
  db: Queryable,
  actor: Actor | null,
  token: string,
  now: Date,
  today: LocalDate,
  forUpdate = false,
): Promise<({ ok: true } & ItemImportPreview) | ItemImportFailure> {
  const record = await findOwnStagedImport(db, 'items', actor, token, now, forUpdate);
  if (!actor || !record) {
    return NOT_FOUND;
  }
  const registry = await loadOrganRegistry(db);
  const organ = registry.byId.get(record.organId);
  if (!organ || !mayImportItems(actor, organ.id)) {
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
    return { ...base, plan: null, outcome: record.outcome as ItemImportOutcome, staged: null, archive: null };
  }
  const staged = record.payload as StagedItemImport;
  const columns = (await loadCatalogue(db, organ.id)).flatMap((top) => [top, ...top.children]);
  const indexNumbers = staged.rows.map((r) => (r.cells.indexNumber ?? '').trim()).filter((n) => n !== '');
  const plan = planItemImport(staged.rows, {
    today,
    organNames: [organ.name, organ.shortName].filter((n) => n !== ''),
    columns,
    files: new Map<string, ImportFileFact>(staged.files.map((f) => [f.name, f])),
    takenIndexNumbers: await findTakenIndexNumbers(db, indexNumbers),
  });
  return { ...base, plan, outcome: null, staged, archive: record.archive };
}

/** The preview page's data. */
export function previewItemImport(
  deps: AppDeps,
  actor: Actor | null,
  token: string,
): Promise<({ ok: true } & ItemImportPreview) | ItemImportFailure> {
  return planStoredItemImport(deps.db, actor, token, deps.clock.now(), deps.clock.today() as LocalDate);
}
