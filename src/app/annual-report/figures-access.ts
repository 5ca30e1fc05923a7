/**
 * Who may enter table 二's figures of an organ (issue 12). The statistics pages are for the organ's
 * own staff (公开专员, 审核人, 领导, 管理员: `work.handle`) and, read-only, for 管理员 and 上级监督 of
 * the organs above. Entering the figures is the organ's own report work, so it takes `work.handle`
 * on the organ — or an administrator above it (`organ.manage`), who may act for an organ without
 * staff of its own. 上级监督 reads and changes nothing.
 */
import { can, type OrganTree } from '../../domain/access/policy.ts';
import type { Actor, Role } from '../../domain/access/roles.ts';
import type { Queryable } from '../../db/db.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import { loadOrganRegistry } from '../organs/load-organ-tree.ts';
import { FIRST_DRAFT_YEAR } from './assemble-draft.ts';

/** The roles a refusal names. */
export const FIGURES_ROLES: readonly Role[] = ['handler', 'reviewer', 'approver', 'admin'];

/** May the person enter the figures of this organ? */
export function mayEnterFigures(actor: Actor | null, organId: number, tree: OrganTree): boolean {
  return can(actor, 'work.handle', organId, tree) || can(actor, 'organ.manage', organId, tree);
}

/**
 * The year's problem (Chinese), or null when figures of `year` may be entered today: from the
 * first drafted year (2019, the 2021 format's first reports) to the current year.
 * @example figuresYearError(2025, '2026-01-05') // null
 */
export function figuresYearError(year: number, today: string): string | null {
  const thisYear = Number(today.slice(0, 4));
  return Number.isInteger(year) && year >= FIRST_DRAFT_YEAR && year <= thisYear
    ? null
    : `年度须在${FIRST_DRAFT_YEAR}年至${thisYear}年之间`;
}

/** The organs a person may enter figures for (the pages' lists; empty: no access). */
export async function figuresOrgans(db: Queryable, actor: Actor | null): Promise<Organ[]> {
  const registry = await loadOrganRegistry(db);
  return registry.organs.filter((o) => mayEnterFigures(actor, o.id, registry.tree));
}
