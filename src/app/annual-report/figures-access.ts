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

/**
 * The operator of `gongkai report figures`: whoever runs the command holds the database itself,
 * so may enter for any organ (as the root 管理员 may); audited under the command's name, with no
 * account — as `gongkai items recheck` is.
 */
export type CommandLineOperator = { readonly commandLine: string };

/** Who enters figures: a person signed in, or the command line. */
export type FiguresPerson = Actor | CommandLineOperator;

/** True for the command line's operator. */
export const isCommandLine = (person: FiguresPerson | null): person is CommandLineOperator =>
  person !== null && 'commandLine' in person;

/** Who the stored row and the audit record name. */
export function figuresAuthor(person: FiguresPerson): { accountId: number | null; name: string } {
  return isCommandLine(person)
    ? { accountId: null, name: person.commandLine }
    : { accountId: person.accountId, name: person.displayName };
}

/** May the person enter the figures of this organ? */
export function mayEnterFigures(person: FiguresPerson | null, organId: number, tree: OrganTree): boolean {
  if (isCommandLine(person)) {
    return true;
  }
  return can(person, 'work.handle', organId, tree) || can(person, 'organ.manage', organId, tree);
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

/** The organ with a URL slug (the command line's `--organ`), or null. */
export async function findOrganOfSlug(db: Queryable, slug: string): Promise<Organ | null> {
  return (await loadOrganRegistry(db)).organs.find((o) => o.slug === slug) ?? null;
}
