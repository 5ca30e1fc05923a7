/**
 * 主动公开事项目录 use cases (the organ's 管理员): the editor's data, add or change a row (its
 * version checked), delete one, load the example rows for a 区县 government. Each write in ONE
 * transaction with its audit record.
 */
import { appendAudit } from '../../db/queries/audit.ts';
import {
  deleteDirectoryEntry,
  findDirectoryEntry,
  insertDirectoryEntry,
  listDirectoryEntries,
  updateDirectoryEntry,
  type DirectoryEntryRow,
} from '../../db/queries/publishing/directory.ts';
import { listCatalogueColumns } from '../../db/queries/publishing/catalogue.ts';
import type { Queryable } from '../../db/db.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { DEFAULT_DIRECTORY } from '../../domain/publishing/default-directory.ts';
import {
  parseDirectoryEntry,
  type DirectoryEntryInput,
  type DirectoryForm,
} from '../../domain/publishing/directory.ts';
import type { AppDeps } from '../deps.ts';
import { invalid, NOT_FOUND, refused, STALE, type Result } from '../failures.ts';
import { catalogueOrgan } from './catalogue-access.ts';
import { ensureCatalogue, loadCatalogue, type CatalogueNode } from './catalogue.ts';

export type DirectoryEditor = { organName: string; entries: DirectoryEntryRow[]; tree: CatalogueNode[] };

/** The editor's data (the catalogue seeded, for the column choice). */
export async function directoryEditorFor(
  deps: AppDeps,
  actor: Actor,
  organId: number,
): Promise<Result<DirectoryEditor, 'forbidden' | 'not_found'>> {
  const organ = await catalogueOrgan(deps, actor, organId);
  if (!organ.ok) {
    return organ;
  }
  await deps.db.transaction((tx) => ensureCatalogue(tx, organId));
  return {
    ok: true,
    organName: organ.organName,
    entries: await listDirectoryEntries(deps.db, organId),
    tree: await loadCatalogue(deps.db, organId),
  };
}

/** The row as the audit log shows it (columns by name). */
const audited = (e: Omit<DirectoryEntryInput, 'columns'>, columns: readonly string[]) => ({
  matter: e.matter,
  subMatter: e.subMatter,
  content: e.content,
  basis: e.basis,
  timeLimit: e.timeLimit,
  publisher: e.publisher,
  channels: e.channels,
  audience: e.audience,
  mode: e.mode,
  levels: e.levels,
  columns,
});

type Write = { action: string; id: number; before: unknown; after: unknown };

async function audit(tx: Queryable, actor: Actor, organId: number, at: Date, w: Write) {
  await appendAudit(tx, {
    at,
    actorId: actor.accountId,
    actorName: actor.displayName,
    organId,
    action: w.action,
    entity: 'directory_entry',
    entityId: String(w.id),
    before: w.before,
    after: w.after,
  });
}

/**
 * Adds a row (`id` null) or changes one (its `version` must be the one the form showed).
 * @returns the row's id, or form errors / stale / not found
 */
export async function saveDirectoryEntry(
  deps: AppDeps,
  actor: Actor,
  organId: number,
  target: { id: number | null; version: string },
  form: DirectoryForm,
): Promise<Result<{ id: number }, 'invalid' | 'stale' | 'forbidden' | 'not_found'>> {
  const organ = await catalogueOrgan(deps, actor, organId);
  if (!organ.ok) {
    return organ;
  }
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    await ensureCatalogue(tx, organId);
    const columns = await listCatalogueColumns(tx, organId);
    const parsed = parseDirectoryEntry(form, new Set(columns.map((c) => c.slug)));
    const before = target.id === null ? null : await findDirectoryEntry(tx, organId, target.id, true);
    if (target.id !== null && before === null) {
      return NOT_FOUND;
    }
    if (before !== null && String(before.version) !== target.version) {
      return STALE;
    }
    if (!parsed.ok) {
      return invalid(parsed.errors);
    }
    const { columns: slugs, ...entry } = parsed.entry;
    const linked = columns.filter((c) => slugs.includes(c.slug));
    const ids = linked.map((c) => c.id);
    const names = linked.map((c) => c.name);
    const meta = { at, by: actor.displayName };
    const id =
      before === null
        ? await insertDirectoryEntry(tx, organId, entry, ids, { ...meta, isExample: false })
        : (await updateDirectoryEntry(tx, before.id, entry, ids, meta), before.id);
    await audit(tx, actor, organId, at, {
      action: before === null ? 'directory.create' : 'directory.update',
      id,
      before:
        before === null
          ? null
          : audited(
              before,
              before.columns.map((c) => c.name),
            ),
      after: audited(entry, names),
    });
    return { ok: true as const, id };
  });
}

/** Deletes a row (version checked). */
export async function removeDirectoryEntry(
  deps: AppDeps,
  actor: Actor,
  organId: number,
  target: { id: number; version: string },
): Promise<Result<{ id: number }, 'stale' | 'forbidden' | 'not_found'>> {
  const organ = await catalogueOrgan(deps, actor, organId);
  if (!organ.ok) {
    return organ;
  }
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const before = await findDirectoryEntry(tx, organId, target.id, true);
    if (before === null) {
      return NOT_FOUND;
    }
    if (String(before.version) !== target.version) {
      return STALE;
    }
    await deleteDirectoryEntry(tx, before.id);
    const shown = audited(
      before,
      before.columns.map((c) => c.name),
    );
    await audit(tx, actor, organId, at, {
      action: 'directory.delete',
      id: before.id,
      before: shown,
      after: null,
    });
    return { ok: true as const, id: before.id };
  });
}

/** Adds the example rows (示例) to an organ whose 目录 is empty; columns it no longer has are skipped. */
export async function loadExampleDirectory(
  deps: AppDeps,
  actor: Actor,
  organId: number,
): Promise<Result<{ count: number }, 'refused' | 'forbidden' | 'not_found'>> {
  const organ = await catalogueOrgan(deps, actor, organId);
  if (!organ.ok) {
    return organ;
  }
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    await tx.query('SELECT id FROM organs WHERE id = $1 FOR UPDATE', [organId]);
    if ((await listDirectoryEntries(tx, organId)).length > 0) {
      return refused('目录中已有事项，示例只能载入到空目录。');
    }
    await ensureCatalogue(tx, organId);
    const columns = await listCatalogueColumns(tx, organId);
    for (const { columns: slugs, ...entry } of DEFAULT_DIRECTORY) {
      const ids = columns.filter((c) => slugs.includes(c.slug)).map((c) => c.id);
      await insertDirectoryEntry(tx, organId, entry, ids, { isExample: true, at, by: actor.displayName });
    }
    const after = { entries: DEFAULT_DIRECTORY.length };
    await audit(tx, actor, organId, at, {
      action: 'directory.loadExamples',
      id: organId,
      before: null,
      after,
    });
    return { ok: true as const, count: DEFAULT_DIRECTORY.length };
  });
}
