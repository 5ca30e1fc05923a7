/**
 * One edit of an organ's 法定主动公开内容 columns (decision 027): add, change (name, slug, 依据,
 * parent), move up/down, delete, restore the default columns. In ONE transaction: lock the tree's
 * version (stale → 409), load the tree, decide (domain/publishing/catalogue-tree.ts), write, audit.
 */
import { appendAudit } from '../../db/queries/audit.ts';
import { insertCatalogueColumn, listCatalogueColumns } from '../../db/queries/publishing/catalogue.ts';
import {
  bumpCatalogueVersion,
  countColumnItems,
  deleteCatalogueColumn,
  lockCatalogueVersion,
  moveCatalogueColumn,
  setCataloguePositions,
  updateCatalogueColumn,
} from '../../db/queries/publishing/catalogue-edits.ts';
import type { Queryable } from '../../db/db.ts';
import type { Actor } from '../../domain/access/roles.ts';
import {
  columnFieldErrors,
  deleteRefusal,
  generateSlug,
  missingDefaults,
  moveRefusal,
  nextPosition,
  reorder,
  siblingsOf,
  slugChangeRefusal,
  slugTaken,
  type TreeColumn,
} from '../../domain/publishing/catalogue-tree.ts';
import type { AppDeps } from '../deps.ts';
import { invalid, NOT_FOUND, refused, STALE, type Failure, type Result } from '../failures.ts';
import { catalogueOrgan } from './catalogue-access.ts';
import { ensureCatalogue } from './catalogue.ts';

/** The edits the page offers. */
export const CATALOGUE_EDITS = ['add', 'update', 'up', 'down', 'delete', 'restore'] as const;
export type CatalogueEdit = (typeof CATALOGUE_EDITS)[number];

/** What the form posts (strings as read; ids checked here). */
export type CatalogueEditForm = {
  edit: CatalogueEdit;
  version: string;
  id: string;
  name: string;
  slug: string;
  basis: string;
  parent: string;
};

type EditFailure = Failure<'invalid' | 'refused' | 'stale' | 'not_found'>;
type Audit = { action: string; entityId: string; before: unknown; after: unknown };
type Context = { tx: Queryable; organId: number; columns: TreeColumn[]; form: CatalogueEditForm };

const idOf = (text: string): number | null => (/^[1-9]\d{0,8}$/.test(text) ? Number(text) : null);

/** Applies one edit; answers the id of the column it touched (0 for a restore). */
export async function editCatalogue(
  deps: AppDeps,
  actor: Actor,
  organId: number,
  form: CatalogueEditForm,
): Promise<Result<{ columnId: number }, 'invalid' | 'refused' | 'stale' | 'forbidden' | 'not_found'>> {
  const organ = await catalogueOrgan(deps, actor, organId);
  if (!organ.ok) {
    return organ;
  }
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    await ensureCatalogue(tx, organId);
    if (String(await lockCatalogueVersion(tx, organId)) !== form.version) {
      return STALE;
    }
    const columns = await listCatalogueColumns(tx, organId);
    const done = await apply({ tx, organId, columns, form });
    if ('ok' in done) {
      return done;
    }
    await bumpCatalogueVersion(tx, organId, at, actor.displayName);
    await appendAudit(tx, {
      at,
      actorId: actor.accountId,
      actorName: actor.displayName,
      organId,
      action: done.audit.action,
      entity: 'catalogue_column',
      entityId: done.audit.entityId,
      before: done.audit.before,
      after: done.audit.after,
    });
    return { ok: true as const, columnId: form.edit === 'restore' ? 0 : Number(done.audit.entityId) };
  });
}

async function apply(ctx: Context): Promise<EditFailure | { audit: Audit }> {
  if (ctx.form.edit === 'add') {
    return add(ctx);
  }
  if (ctx.form.edit === 'restore') {
    return restore(ctx);
  }
  const column = ctx.columns.find((c) => c.id === idOf(ctx.form.id));
  if (column === undefined) {
    return NOT_FOUND;
  }
  switch (ctx.form.edit) {
    case 'update':
      return update(ctx, column);
    case 'up':
    case 'down':
      return move(ctx, column, ctx.form.edit);
    case 'delete':
      return remove(ctx, column);
  }
}

const shown = (c: TreeColumn, columns: readonly TreeColumn[]) => ({
  name: c.name,
  slug: c.slug,
  basis: c.basis,
  parentColumn: columns.find((p) => p.id === c.parentId)?.name ?? '（第一级）',
});

/** The parent the form names: '' = top level; otherwise one of the organ's columns. */
function parentOf(ctx: Context): number | null | 'unknown' {
  if (ctx.form.parent === '') {
    return null;
  }
  const id = idOf(ctx.form.parent);
  return id !== null && ctx.columns.some((c) => c.id === id) ? id : 'unknown';
}

async function add(ctx: Context): Promise<EditFailure | { audit: Audit }> {
  const { form, columns } = ctx;
  const errors = columnFieldErrors(form);
  const parentId = parentOf(ctx);
  const parentRefusal = parentId === 'unknown' ? '所选上级栏目不存在' : moveRefusal(columns, 0, parentId);
  if (parentRefusal !== null) {
    errors.parent = parentRefusal;
  }
  const parentSlug = columns.find((c) => c.id === parentId)?.slug ?? null;
  const slug =
    form.slug === ''
      ? generateSlug(
          columns.map((c) => c.slug),
          parentSlug,
        )
      : form.slug;
  const taken = errors.slug === undefined ? slugTaken(columns, slug, null) : null;
  if (taken !== null) {
    errors.slug = taken;
  }
  if (Object.keys(errors).length > 0 || parentId === 'unknown') {
    return invalid(errors);
  }
  const column = {
    parentId,
    slug,
    name: form.name,
    basis: form.basis,
    position: nextPosition(columns, parentId),
  };
  const id = await insertCatalogueColumn(ctx.tx, ctx.organId, column);
  const after = shown({ ...column, id }, columns);
  return { audit: { action: 'catalogue.addColumn', entityId: String(id), before: null, after } };
}

async function update(ctx: Context, column: TreeColumn): Promise<EditFailure | { audit: Audit }> {
  const { form, columns } = ctx;
  const errors = columnFieldErrors(form);
  const slug = form.slug === '' ? column.slug : form.slug;
  if (errors.slug === undefined && slug !== column.slug) {
    const problem =
      slugTaken(columns, slug, column.id) ??
      slugChangeRefusal(column.slug, (await countColumnItems(ctx.tx, column.id)).published);
    if (problem !== null) {
      errors.slug = problem;
    }
  }
  const parentId = parentOf(ctx);
  const refusal = parentId === 'unknown' ? '所选上级栏目不存在' : moveRefusal(columns, column.id, parentId);
  if (refusal !== null) {
    errors.parent = refusal;
  }
  if (Object.keys(errors).length > 0 || parentId === 'unknown') {
    return invalid(errors);
  }
  await updateCatalogueColumn(ctx.tx, column.id, { name: form.name, slug, basis: form.basis });
  if (parentId !== column.parentId) {
    await moveCatalogueColumn(ctx.tx, column.id, parentId, nextPosition(columns, parentId));
  }
  const after = shown({ ...column, name: form.name, slug, basis: form.basis, parentId }, columns);
  return {
    audit: {
      action: 'catalogue.updateColumn',
      entityId: String(column.id),
      before: shown(column, columns),
      after,
    },
  };
}

async function move(
  ctx: Context,
  column: TreeColumn,
  direction: 'up' | 'down',
): Promise<EditFailure | { audit: Audit }> {
  const positions = reorder(ctx.columns, column.id, direction);
  if (positions.length === 0) {
    return refused(direction === 'up' ? '该栏目已在最前' : '该栏目已在最后');
  }
  await setCataloguePositions(ctx.tx, positions);
  const rankBefore = siblingsOf(ctx.columns, column.parentId).findIndex((c) => c.id === column.id) + 1;
  const rankAfter = positions.find((p) => p.id === column.id)?.position ?? 0;
  return {
    audit: {
      action: 'catalogue.reorderColumn',
      entityId: String(column.id),
      before: { name: column.name, position: rankBefore },
      after: { name: column.name, position: rankAfter },
    },
  };
}

async function remove(ctx: Context, column: TreeColumn): Promise<EditFailure | { audit: Audit }> {
  const children = ctx.columns.filter((c) => c.parentId === column.id).length;
  const { items } = await countColumnItems(ctx.tx, column.id);
  const refusal = deleteRefusal(column, { children, items });
  if (refusal !== null) {
    return refused(refusal);
  }
  await deleteCatalogueColumn(ctx.tx, column.id);
  const before = shown(column, ctx.columns);
  return { audit: { action: 'catalogue.deleteColumn', entityId: String(column.id), before, after: null } };
}

async function restore(ctx: Context): Promise<EditFailure | { audit: Audit }> {
  const missing = missingDefaults(ctx.columns);
  if (missing.length === 0) {
    return refused('默认栏目都在，无需恢复');
  }
  const columns = [...ctx.columns];
  for (const m of missing) {
    // under its default parent while that is a first-level column; otherwise at the first level
    const parent = columns.find((c) => c.slug === m.parentSlug && c.parentId === null);
    const parentId = parent?.id ?? null;
    const row = {
      parentId,
      slug: m.slug,
      name: m.name,
      basis: m.basis,
      position: nextPosition(columns, parentId),
    };
    columns.push({ ...row, id: await insertCatalogueColumn(ctx.tx, ctx.organId, row) });
  }
  const after = { restored: missing.map((m) => m.name) };
  return {
    audit: { action: 'catalogue.restoreDefaults', entityId: String(ctx.organId), before: null, after },
  };
}
