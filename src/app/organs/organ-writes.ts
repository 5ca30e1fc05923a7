/**
 * The organ writes, each paired with its audit record inside the caller's transaction: who, when,
 * which organ, what changed (before → after). Every use case that changes an organ (form, import,
 * demo) goes through these, after it has authorized the change.
 */
import type { Queryable } from '../../db/db.ts';
import { appendAudit } from '../../db/queries/audit.ts';
import { findConflicts, insertOrgan, updateOrganFields, updateOrganParent } from '../../db/queries/organs.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { diffOrganFields, organFieldsOf, type Organ, type OrganFields } from '../../domain/organs/organ.ts';
import { type FieldErrors } from '../failures.ts';

/** Who the audit trail names: a person, or 系统 for first-start and demo data. */
export type AuditActor = { actorId: number | null; actorName: string };

/** The audit name of first-start and demo writes. */
export const SYSTEM_ACTOR: AuditActor = { actorId: null, actorName: '系统' };

/** The audit name of a signed-in person. */
export function auditActorOf(actor: Actor): AuditActor {
  return { actorId: actor.accountId, actorName: actor.displayName };
}

/** Where a change came from, recorded with it. */
export type ChangeSource = 'form' | 'import' | 'demo';

type ParentRef = Pick<Organ, 'id' | 'name'> | null;

const parentSnapshot = (parent: ParentRef) => ({
  parentId: parent?.id ?? null,
  parent: parent?.name ?? null,
});

/**
 * Messages for a 网址标识 or 统一社会信用代码 already used by another organ.
 * @param exceptId the organ being edited (null when creating)
 */
export async function uniquenessErrors(
  tx: Queryable,
  fields: OrganFields,
  exceptId: number | null,
): Promise<FieldErrors> {
  const conflicts = await findConflicts(tx, fields, exceptId);
  const errors: FieldErrors = {};
  if (conflicts.slug) {
    errors.slug = `网址标识「${fields.slug}」已被「${conflicts.slug.name}」使用，请换一个`;
  }
  if (conflicts.creditCode) {
    errors.creditCode = `统一社会信用代码 ${fields.creditCode ?? ''} 已被「${conflicts.creditCode.name}」使用`;
  }
  return errors;
}

/** Inserts an organ and records 新增机构. */
export async function insertOrganAudited(
  tx: Queryable,
  parent: ParentRef,
  fields: OrganFields,
  by: AuditActor,
  at: Date,
  source: ChangeSource,
): Promise<Organ> {
  const organ = await insertOrgan(tx, parent?.id ?? null, fields, at);
  await appendAudit(tx, {
    at,
    ...by,
    organId: organ.id,
    action: 'organ.create',
    entity: 'organ',
    entityId: String(organ.id),
    before: null,
    after: { ...organFieldsOf(organ), ...parentSnapshot(parent), source },
  });
  return organ;
}

/**
 * Changes an organ's fields if it is still at `before.version` and records the changed fields.
 * @returns the new row (unchanged `before` when nothing differs), or null when stale
 */
export async function updateOrganAudited(
  tx: Queryable,
  before: Organ,
  fields: OrganFields,
  by: AuditActor,
  at: Date,
  source: ChangeSource,
): Promise<Organ | null> {
  const diff = diffOrganFields(before, fields);
  if (Object.keys(diff.after).length === 0) {
    return before;
  }
  const after = await updateOrganFields(tx, before.id, before.version, fields, at);
  if (after === null) {
    return null;
  }
  await appendAudit(tx, {
    at,
    ...by,
    organId: before.id,
    action: 'organ.update',
    entity: 'organ',
    entityId: String(before.id),
    before: diff.before,
    after: { ...diff.after, source },
  });
  return after;
}

/**
 * Moves an organ under `newParent` if it is still at `before.version` and records old and new parent.
 * @returns the new row, or null when stale
 */
export async function moveOrganAudited(
  tx: Queryable,
  before: Organ,
  oldParent: ParentRef,
  newParent: Pick<Organ, 'id' | 'name'>,
  by: AuditActor,
  at: Date,
  source: ChangeSource,
): Promise<Organ | null> {
  const after = await updateOrganParent(tx, before.id, before.version, newParent.id, at);
  if (after === null) {
    return null;
  }
  await appendAudit(tx, {
    at,
    ...by,
    organId: before.id,
    action: 'organ.move',
    entity: 'organ',
    entityId: String(before.id),
    before: parentSnapshot(oldParent),
    after: { ...parentSnapshot(newParent), source },
  });
  return after;
}

/** A unique-constraint violation (two people saving the same 网址标识 at once). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
