/**
 * 填报表二数据 (issue 12): the form of one organ and year for table 二's entered figures — 行政许可 /
 * 行政处罚 / 行政强制 本年处理决定数量 and 行政事业性收费 (万元) — with the source system they were
 * taken from. Saving writes the row and one audit record with the old and new values in ONE
 * transaction; a form older than the stored row (its version) is refused as stale.
 */
import type { Queryable } from '../../db/db.ts';
import { appendAudit } from '../../db/queries/audit.ts';
import {
  findEnteredFigures,
  saveEnteredFigures,
  type StoredEnteredFigures,
} from '../../db/queries/report-entered-figures.ts';
import type { Actor } from '../../domain/access/roles.ts';
import {
  parseEnteredFigures,
  type EnteredFigureField,
  type EnteredFigures,
} from '../../domain/annual-report/entered-figures.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import { forbiddenFor, invalid, NOT_FOUND, STALE, type Result } from '../failures.ts';
import { loadOrganRegistry } from '../organs/load-organ-tree.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import {
  figuresAuthor,
  figuresOrgans,
  figuresYearError,
  FIGURES_ROLES,
  mayEnterFigures,
  type FiguresPerson,
} from './figures-access.ts';

export type { StoredEnteredFigures };

/** The audit action of a change of entered figures (form or import). */
export const FIGURES_AUDIT_ACTION = 'report.figures';

/** What the form shows: the organ, the year, the stored figures (null: none yet). */
export type FiguresForm = { organ: Organ; year: number; stored: StoredEnteredFigures | null };

/** The figures only (what the audit record compares). */
export const figuresOf = (f: EnteredFigures): EnteredFigures => ({
  licensing: f.licensing,
  penalties: f.penalties,
  coercion: f.coercion,
  feesWanYuan: f.feesWanYuan,
  sourceSystem: f.sourceSystem,
  note: f.note,
});

/**
 * Writes the figures of an organ and year with its audit record (in the caller's transaction).
 * @param via how they came: 表单 or the import's file name
 */
export async function writeFigures(
  tx: Queryable,
  person: FiguresPerson,
  target: { organId: number; year: number; at: Date; via: string },
  before: StoredEnteredFigures | null,
  figures: EnteredFigures,
): Promise<void> {
  const { organId, year, at } = target;
  const by = figuresAuthor(person);
  await saveEnteredFigures(tx, organId, year, figures, { ...by, at });
  await appendAudit(tx, {
    at,
    actorId: by.accountId,
    actorName: by.name,
    organId,
    action: FIGURES_AUDIT_ACTION,
    entity: 'report_figures',
    entityId: `${organId}-${year}`,
    before: before === null ? null : { year, ...figuresOf(before) },
    after: { year, ...figuresOf(figures), via: target.via },
  });
}

async function formTarget(
  deps: CaseDeps,
  actor: FiguresPerson | null,
  organId: number,
  year: number,
): Promise<Result<{ organ: Organ }, 'invalid' | 'forbidden' | 'not_found'>> {
  const registry = await loadOrganRegistry(deps.db);
  const organ = registry.byId.get(organId);
  if (!organ) {
    return NOT_FOUND;
  }
  if (!mayEnterFigures(actor, organId, registry.tree)) {
    return forbiddenFor(FIGURES_ROLES);
  }
  const yearError = figuresYearError(year, deps.clock.today());
  return yearError === null ? { ok: true, organ } : invalid({ year: yearError });
}

/** The form of an organ and year. */
export async function figuresForm(
  deps: CaseDeps,
  actor: FiguresPerson | null,
  organId: number,
  year: number,
): Promise<Result<FiguresForm, 'invalid' | 'forbidden' | 'not_found'>> {
  const target = await formTarget(deps, actor, organId, year);
  if (!target.ok) {
    return target;
  }
  return { ok: true, organ: target.organ, year, stored: await findEnteredFigures(deps.db, organId, year) };
}

/**
 * Saves the form.
 * @param version the stored version the form was built from (0: none was stored)
 */
export async function enterFigures(
  deps: CaseDeps,
  actor: FiguresPerson | null,
  input: {
    organId: number;
    year: number;
    version: number;
    form: Partial<Record<EnteredFigureField, string>>;
  },
): Promise<Result<{ figures: EnteredFigures }, 'invalid' | 'forbidden' | 'not_found' | 'stale'>> {
  const target = await formTarget(deps, actor, input.organId, input.year);
  if (!target.ok) {
    return target;
  }
  const parsed = parseEnteredFigures(input.form);
  if (!parsed.ok) {
    return invalid(parsed.errors);
  }
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const before = await findEnteredFigures(tx, input.organId, input.year, true);
    if ((before?.version ?? 0) !== input.version) {
      return STALE;
    }
    await writeFigures(
      tx,
      actor!,
      { organId: input.organId, year: input.year, at, via: '表单' },
      before,
      parsed.figures,
    );
    return { ok: true as const, figures: parsed.figures };
  });
}

/** The page: the organs the person may enter for, the one chosen and its form. */
export type FiguresPage = { organs: Organ[]; form: FiguresForm | null; year: number };

/**
 * The page of the organ and year asked for (an organ the person may not enter for, or a year out
 * of range, falls back to their first organ and last year); forbidden with no organ at all.
 * @param query `organ` and `year` from the query string, as typed
 */
export async function figuresPage(
  deps: CaseDeps,
  actor: Actor | null,
  query: { organ?: string; year?: string },
): Promise<Result<FiguresPage, 'forbidden'>> {
  const organs = await figuresOrgans(deps.db, actor);
  if (organs.length === 0) {
    return forbiddenFor(FIGURES_ROLES);
  }
  const today = deps.clock.today();
  const asked = /^\d{4}$/.test(query.year ?? '') ? Number(query.year) : NaN;
  const year = figuresYearError(asked, today) === null ? asked : Number(today.slice(0, 4)) - 1;
  const organ = organs.find((o) => String(o.id) === query.organ) ?? organs[0]!;
  const form = await figuresForm(deps, actor, organ.id, year);
  return { ok: true, organs, year, form: form.ok ? form : null };
}
