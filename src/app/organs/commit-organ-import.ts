/**
 * 导入机构, step 3: the person confirms the preview they saw. In ONE transaction under the tree
 * lock the stored rows are planned again; if the plan differs from the preview (someone changed
 * an organ meanwhile) or has any error, nothing is written. Otherwise every row is written with
 * its audit record, plus one record for the import itself. All or nothing.
 */
import { appendAudit } from '../../db/queries/audit.ts';
import { clearCreditCodes, lockOrganTree, markOrganImportCommitted } from '../../db/queries/organs.ts';
import { isWithin } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { writeOrder, type ImportAction, type ImportPlan } from '../../domain/organs/import-plan.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import type { Queryable } from '../../db/db.ts';
import { loadOrganRegistry } from './load-organ-tree.ts';
import {
  auditActorOf,
  insertOrganAudited,
  moveOrganAudited,
  updateOrganAudited,
  type AuditActor,
} from './organ-writes.ts';
import { planStoredImport } from './preview-organ-import.ts';
import { badFile, NOT_FOUND, STALE, type Result } from '../failures.ts';
import type { OrganDeps } from './organ-deps.ts';

/** Thrown inside the transaction to roll everything back when a row turns out stale. */
class StaleImport extends Error {}

/** What was written (or that the file had been imported already). */
export type CommitOutcome = { counts: Record<ImportAction, number>; isAlreadyCommitted: boolean };

/** The confirmation of a preview whose rows have errors (nothing is written). */
export const IMPORT_HAS_ERRORS = '文件中有错误，没有写入任何内容。';

/**
 * @param fingerprint the preview's fingerprint from the confirmation form
 */
export async function commitOrganImport(
  deps: OrganDeps,
  actor: Actor | null,
  token: string,
  fingerprint: string,
): Promise<Result<CommitOutcome, 'file' | 'stale' | 'not_found'>> {
  const now = deps.clock.now();
  try {
    return await deps.db.transaction(async (tx) => {
      await lockOrganTree(tx);
      const preview = await planStoredImport(tx, actor, token, now, true);
      if (!preview.ok || !actor) {
        return preview.ok ? NOT_FOUND : preview;
      }
      if (preview.isCommitted) {
        return { ok: true as const, counts: preview.plan.counts, isAlreadyCommitted: true };
      }
      if (preview.fingerprint !== fingerprint) {
        return STALE;
      }
      if (!preview.plan.isCommittable) {
        return badFile(IMPORT_HAS_ERRORS);
      }
      const touched = await applyPlan(tx, preview.plan, auditActorOf(actor), now);
      await appendAudit(tx, {
        at: now,
        ...auditActorOf(actor),
        organId: await summaryOrgan(tx, actor, touched),
        action: 'organ.import',
        entity: 'organ_import',
        entityId: token.slice(0, 8),
        before: null,
        after: {
          fileName: preview.fileName,
          created: preview.plan.counts.create,
          updated: preview.plan.counts.update,
        },
      });
      await markOrganImportCommitted(tx, token, now);
      return { ok: true as const, counts: preview.plan.counts, isAlreadyCommitted: false };
    });
  } catch (error) {
    if (error instanceof StaleImport) {
      return STALE;
    }
    throw error;
  }
}

/**
 * The organ the import's summary record belongs to: the organ of the person's 管理员 grant that
 * holds every organ written (so the audit page shows it to whoever sees those organs).
 */
async function summaryOrgan(tx: Queryable, actor: Actor, touched: readonly number[]): Promise<number | null> {
  const { tree } = await loadOrganRegistry(tx);
  const grant = actor.roles.find(
    (g) => g.role === 'admin' && touched.every((id) => isWithin(tree, id, g.organId)),
  );
  return grant?.organId ?? null;
}

/** Writes the plan. @returns the ids of the organs created or changed */
async function applyPlan(tx: Queryable, plan: ImportPlan, by: AuditActor, at: Date): Promise<number[]> {
  const registry = await loadOrganRegistry(tx);
  const current = new Map<number, Organ>(registry.byId);
  const created = new Map<number, Organ>();
  const organOfRef = (ref: ImportPlan['rows'][number]['parent']): Organ | null =>
    ref.kind === 'organ'
      ? (current.get(ref.id) ?? null)
      : ref.kind === 'row'
        ? (created.get(ref.index) ?? current.get(plan.rows[ref.index]!.organId ?? 0) ?? null)
        : null;
  // Codes that move between organs in this file: clear first so the unique index never sees two holders.
  const changedCodes = plan.rows.filter(
    (r) =>
      r.action === 'update' &&
      r.organId !== null &&
      current.get(r.organId)?.creditCode !== r.fields!.creditCode,
  );
  await clearCreditCodes(
    tx,
    changedCodes.map((r) => r.organId!),
  );
  for (const r of changedCodes) {
    current.set(r.organId!, { ...current.get(r.organId!)!, creditCode: null });
  }
  for (const index of writeOrder(plan)) {
    const row = plan.rows[index]!;
    if (row.action === 'create') {
      created.set(index, await insertOrganAudited(tx, organOfRef(row.parent), row.fields!, by, at, 'import'));
    } else if (row.action === 'update') {
      const original = registry.byId.get(row.organId!)!;
      let organ = await updateOrganAudited(
        tx,
        { ...current.get(row.organId!)!, creditCode: original.creditCode },
        row.fields!,
        by,
        at,
        'import',
      );
      const parent = organOfRef(row.parent);
      if (organ && parent && parent.id !== original.parentId) {
        organ = await moveOrganAudited(
          tx,
          organ,
          original.parentId === null ? null : (registry.byId.get(original.parentId) ?? null),
          parent,
          by,
          at,
          'import',
        );
      }
      if (!organ) {
        throw new StaleImport();
      }
      current.set(organ.id, organ);
    }
  }
  return [
    ...[...created.values()].map((o) => o.id),
    ...plan.rows.filter((r) => r.action === 'update').map((r) => r.organId!),
  ];
}
