/**
 * 导入表二数据 (issue 12): many organs × years of table 二's entered figures in one .xlsx or .csv,
 * through the import pipeline of the case ledger and the item import (decision 028): the shared
 * sheet reader (hostile files refused, formulas never run), the upload stored for its uploader
 * only under a random token for an hour (staged_imports, kind `reportFigures`), a preview with
 * each row's errors in Chinese, then an all-or-nothing commit: every row and its audit record in
 * ONE transaction, nothing when any row has an error.
 */
import crypto from 'node:crypto';
import { findOwnStagedImport } from '../imports/own-staged-import.ts';
import type { Queryable } from '../../db/db.ts';
import { insertStagedImport, markStagedImportCommitted } from '../../db/queries/staged-imports.ts';
import { listEnteredFigures } from '../../db/queries/report-entered-figures.ts';
import type { Actor } from '../../domain/access/roles.ts';
import {
  FIGURES_IMPORT_COLUMNS,
  MAX_FIGURES_IMPORT_ROWS,
  planFiguresImport,
  type FiguresImportColumnKey,
  type FiguresImportPlan,
} from '../../domain/annual-report/figures-import.ts';
import type { KeyedRow } from '../../domain/imports/header-match.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import { badFile, forbiddenFor, NOT_FOUND, tooLarge, type Failure } from '../failures.ts';
import { toKeyedRows } from '../imports/keyed-rows.ts';
import { readSheetFile, SheetFileError } from '../imports/read-sheet-file.ts';
import { sheetTemplate } from '../imports/sheet-template.ts';
import { cleanUploadFileName } from '../imports/upload-file-name.ts';
import { loadOrganRegistry, type OrganRegistry } from '../organs/load-organ-tree.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import { writeFigures } from './enter-figures.ts';
import {
  figuresOrgans,
  figuresYearError,
  FIGURES_ROLES,
  mayEnterFigures,
  type FiguresPerson,
} from './figures-access.ts';

export { figuresOrgans };

/** How long an uploaded preview can be confirmed. */
export const FIGURES_IMPORT_TTL_MS = 60 * 60 * 1000;
/** The upload limit (5000 short rows stay far below). */
export const MAX_FIGURES_SHEET_BYTES = 2 * 1024 * 1024;

export type FiguresImportFailure = Failure<'file' | 'too_large' | 'forbidden' | 'not_found'>;

/** The preview page's data. */
export type FiguresImportPreview = {
  fileName: string;
  format: 'xlsx' | 'csv';
  expiresAt: Date;
  plan: FiguresImportPlan | null;
  /** After the commit: how many rows were written. */
  written: number | null;
};

/** The empty template (下载模板). */
export function figuresImportTemplate(): Promise<Uint8Array> {
  return sheetTemplate('表二数据', FIGURES_IMPORT_COLUMNS, ['organ', 'sourceSystem', 'note']);
}

/** Reads a sheet of figures into keyed rows (the upload's and the command line's one reader). */
async function readFiguresSheet(
  bytes: Uint8Array,
  maxBytes: number,
): Promise<
  { ok: true; rows: KeyedRow<FiguresImportColumnKey>[]; format: 'xlsx' | 'csv' } | FiguresImportFailure
> {
  const limit = Math.min(maxBytes, MAX_FIGURES_SHEET_BYTES);
  try {
    const sheet = await readSheetFile(bytes, {
      maxBytes: limit,
      maxInflatedBytes: 32 * 1024 * 1024,
      maxSheetRows: MAX_FIGURES_IMPORT_ROWS * 5,
      noun: '表二数据',
    });
    const rows = toKeyedRows(FIGURES_IMPORT_COLUMNS, sheet.rows, {
      maxRows: MAX_FIGURES_IMPORT_ROWS,
      noun: '表二数据',
    });
    return { ok: true, rows, format: sheet.format };
  } catch (error) {
    if (error instanceof SheetFileError) {
      return bytes.length > limit ? tooLarge(error.message) : badFile(error.message);
    }
    throw error;
  }
}

/**
 * Reads and stores an upload.
 * @param maxBytes the platform's upload limit
 */
export async function uploadFiguresImport(
  deps: CaseDeps,
  actor: Actor | null,
  file: { bytes: Uint8Array; name: string },
  maxBytes: number,
): Promise<{ ok: true; token: string } | FiguresImportFailure> {
  const organs = await figuresOrgans(deps.db, actor);
  if (!actor || organs.length === 0) {
    return forbiddenFor(FIGURES_ROLES);
  }
  const read = await readFiguresSheet(file.bytes, maxBytes);
  if (!read.ok) {
    return read;
  }
  const { rows, format } = read;
  const token = crypto.randomBytes(24).toString('base64url');
  const now = deps.clock.now();
  await insertStagedImport(deps.db, {
    token,
    kind: 'reportFigures',
    accountId: actor.accountId,
    organId: organs[0]!.id,
    fileName: cleanUploadFileName(file.name),
    fileSha256: crypto.createHash('sha256').update(file.bytes).digest('hex'),
    format,
    payload: rows,
    archive: null,
    createdAt: now,
    expiresAt: new Date(now.getTime() + FIGURES_IMPORT_TTL_MS),
  });
  return { ok: true, token };
}

/** Every name an organ goes by (全称, 简称) → the organ; a 简称 two organs share names neither. */
function organsByName(registry: OrganRegistry): Map<string, Organ> {
  const byName = new Map<string, Organ>();
  const shared = new Set<string>();
  for (const organ of registry.organs) {
    for (const name of new Set([organ.name, organ.shortName].filter((n) => n !== ''))) {
      if (byName.has(name) && byName.get(name)!.id !== organ.id) {
        shared.add(name);
      }
      byName.set(name, organ);
    }
  }
  for (const name of shared) {
    byName.delete(name);
  }
  for (const organ of registry.organs) {
    byName.set(organ.name, organ); // a full name always names its organ
  }
  return byName;
}

async function storedPreview(
  db: Queryable,
  actor: Actor | null,
  token: string,
  today: string,
  now: Date,
  forUpdate = false,
): Promise<({ ok: true } & FiguresImportPreview) | FiguresImportFailure> {
  const record = await findOwnStagedImport(db, 'reportFigures', actor, token, now, forUpdate);
  if (!actor || !record) {
    return NOT_FOUND;
  }
  const base = {
    ok: true as const,
    fileName: record.fileName,
    format: record.format,
    expiresAt: record.expiresAt,
  };
  if (record.committedAt !== null) {
    return { ...base, plan: null, written: (record.outcome as { written: number }).written };
  }
  const plan = await planRows(db, actor, record.payload as KeyedRow<FiguresImportColumnKey>[], today);
  return { ...base, plan, written: null };
}

/** The plan of the rows for the person (organs by name, who may enter where, which years). */
async function planRows(
  db: Queryable,
  person: FiguresPerson,
  rows: KeyedRow<FiguresImportColumnKey>[],
  today: string,
): Promise<FiguresImportPlan> {
  const registry = await loadOrganRegistry(db);
  return planFiguresImport(rows, {
    organsByName: organsByName(registry),
    mayEnter: (organId) => mayEnterFigures(person, organId, registry.tree),
    yearError: (year) => figuresYearError(year, today),
  });
}

/** Writes every planned row with its audit record (in the caller's transaction). */
async function writePlan(
  tx: Queryable,
  person: FiguresPerson,
  rows: FiguresImportPlan['rows'],
  fileName: string,
  at: Date,
): Promise<void> {
  const stored = await listEnteredFigures(
    tx,
    rows.map((r) => [r.organId, r.year] as const),
    true,
  );
  const before = new Map(stored.map((s) => [`${s.organId}-${s.year}`, s]));
  for (const row of rows) {
    await writeFigures(
      tx,
      person,
      { organId: row.organId, year: row.year, at, via: `导入：${fileName}` },
      before.get(`${row.organId}-${row.year}`) ?? null,
      row.figures,
    );
  }
}

/** The preview of a stored upload (planned now). */
export function previewFiguresImport(
  deps: CaseDeps,
  actor: Actor | null,
  token: string,
): Promise<({ ok: true } & FiguresImportPreview) | FiguresImportFailure> {
  return storedPreview(deps.db, actor, token, deps.clock.today(), deps.clock.now());
}

/** The commit refused: the file has errors (possibly new ones since the preview). */
export const FIGURES_IMPORT_HAS_ERRORS = '文件中有错误，没有写入任何数据。请修改后重新上传。';

/**
 * Confirms the preview: planned again inside the transaction; any error and nothing is written.
 * Confirming again does nothing.
 */
export async function commitFiguresImport(
  deps: CaseDeps,
  actor: Actor | null,
  token: string,
): Promise<{ ok: true; written: number } | FiguresImportFailure> {
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const preview = await storedPreview(tx, actor, token, deps.clock.today(), at, true);
    if (!preview.ok) {
      return preview;
    }
    if (preview.plan === null) {
      return { ok: true as const, written: preview.written ?? 0 };
    }
    if (preview.plan.errors.length > 0) {
      return badFile(FIGURES_IMPORT_HAS_ERRORS);
    }
    const rows = preview.plan.rows;
    await writePlan(tx, actor!, rows, preview.fileName, at);
    await markStagedImportCommitted(tx, token, at, { written: rows.length });
    return { ok: true as const, written: rows.length };
  });
}

/**
 * The command line's import (`gongkai report figures --import FILE`): the same reader, plan and
 * all-or-nothing write as an upload confirmed on the web, in one step — read, plan under the
 * transaction, any error and nothing is written (the errors are returned by row and column).
 * @param defaultSource 数据来源系统 for the rows that leave it empty (`--source`)
 */
export async function importFiguresFile(
  deps: CaseDeps,
  person: FiguresPerson,
  file: { bytes: Uint8Array; name: string },
  defaultSource: string | null,
): Promise<
  { ok: true; written: number } | { ok: false; kind: 'rows'; plan: FiguresImportPlan } | FiguresImportFailure
> {
  const read = await readFiguresSheet(file.bytes, MAX_FIGURES_SHEET_BYTES);
  if (!read.ok) {
    return read;
  }
  const rows = read.rows.map((row) =>
    defaultSource !== null && (row.cells.sourceSystem ?? '').trim() === ''
      ? { ...row, cells: { ...row.cells, sourceSystem: defaultSource } }
      : row,
  );
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const plan = await planRows(tx, person, rows, deps.clock.today());
    if (plan.errors.length > 0) {
      return { ok: false as const, kind: 'rows' as const, plan };
    }
    await writePlan(tx, person, plan.rows, cleanUploadFileName(file.name), at);
    return { ok: true as const, written: plan.rows.length };
  });
}
