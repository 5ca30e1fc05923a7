/**
 * Loads a case for someone: the row, the events, the folded file — or null when there is no such
 * case or the person may not see it (the same answer, on purpose).
 */
import type { Queryable } from '../../db/db.ts';
import { findCase, listCaseEvents, type CaseRow } from '../../db/queries/cases.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { foldCase, type CaseFile } from '../../domain/case/case-file.ts';
import type { CaseEvent } from '../../domain/case/events.ts';
import { loadOrganRegistry, type OrganRegistry } from '../organs/load-organ-tree.ts';
import { canViewCase } from './case-access.ts';

export type LoadedCase = { row: CaseRow; events: CaseEvent[]; file: CaseFile; registry: OrganRegistry };

/** Reads a positive integer id from a URL or form; null otherwise. */
export function parseCaseId(text: string | undefined): number | null {
  return text !== undefined && /^[1-9]\d{0,14}$/.test(text) ? Number(text) : null;
}

/**
 * @param forUpdate lock the row for the rest of the transaction (writers)
 */
export async function loadCaseFor(
  db: Queryable,
  actor: Actor | null,
  caseId: number,
  forUpdate = false,
): Promise<LoadedCase | null> {
  const loaded = await loadCaseAsSystem(db, caseId, forUpdate);
  return loaded && canViewCase(actor, loaded.row.organId, loaded.registry.tree) ? loaded : null;
}

/** Loads a case without a person (system writes: demo data, imports); callers authorize first. */
export async function loadCaseAsSystem(
  db: Queryable,
  caseId: number,
  forUpdate = false,
): Promise<LoadedCase | null> {
  const row = await findCase(db, caseId, forUpdate);
  if (!row) {
    return null;
  }
  const [registry, events] = [await loadOrganRegistry(db), await listCaseEvents(db, caseId)];
  return { row, events, file: foldCase(events), registry };
}
