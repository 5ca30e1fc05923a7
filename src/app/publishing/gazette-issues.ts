/**
 * 政府公报 in the back office (decision 025): the organ's issues, a new draft issue, a draft's fields
 * and 目录 (picked from the organ's published items). Who: 公开专员, 管理员 and 领导 of the organ
 * make drafts; anyone who may see the organ's 主动公开 reads them; 领导 publish (publish-gazette-issue.ts).
 */
import type { Queryable } from '../../db/db.ts';
import { appendAudit } from '../../db/queries/audit.ts';
import {
  findGazetteIssue,
  findIssueItems,
  insertGazetteIssue,
  listGazetteCandidates,
  listGazetteIssues,
  listIssueEntries,
  replaceIssueItems,
  updateGazetteIssue,
  type GazetteEntryRow,
  type GazetteIssueRow,
} from '../../db/queries/publishing/gazette.ts';
import type { Actor, Role } from '../../domain/access/roles.ts';
import { yearOf, type LocalDate } from '../../domain/calendar/local-date.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import {
  arrangeIssue,
  GAZETTE_KINDS,
  issueItemsProblem,
  pickedIds,
  readIssueFields,
  type IssueFields,
  type IssueItemFacts,
} from '../../domain/publishing/gazette.ts';
import type { ItemKind, ItemStatus } from '../../domain/publishing/vocabulary.ts';
import { canViewCase, rolesOnOrgan } from '../cases/case-access.ts';
import type { AppDeps } from '../deps.ts';
import { forbiddenFor, invalid, NOT_FOUND, STALE, type Result } from '../failures.ts';
import { loadOrganRegistry, pickWorkingOrgan } from '../organs/load-organ-tree.ts';

const EDITORS: readonly Role[] = ['handler', 'admin', 'approver'];

/** May the person make and edit draft issues of the organ? */
export const mayEditIssues = (actor: Actor, organId: number) =>
  rolesOnOrgan(actor, organId).some((r) => EDITORS.includes(r));
/** May the person publish the organ's issues (the roles that 签发 items)? */
export const mayPublishIssues = (actor: Actor, organId: number) =>
  rolesOnOrgan(actor, organId).includes('approver');

export type GazetteListPage = {
  organs: Organ[];
  organ: Organ | null;
  issues: GazetteIssueRow[];
  canEdit: boolean;
};

/** The issues of `organText` (default: the first organ the person works in or supervises). */
export async function gazetteListFor(
  deps: AppDeps,
  actor: Actor,
  organText: string | undefined,
): Promise<GazetteListPage> {
  const registry = await loadOrganRegistry(deps.db);
  const { organs, organ } = pickWorkingOrgan(registry, actor, organText);
  if (organ === null) {
    return { organs, organ, issues: [], canEdit: false };
  }
  return {
    organs,
    organ,
    issues: await listGazetteIssues(deps.db, organ.id, false),
    canEdit: mayEditIssues(actor, organ.id),
  };
}

export type GazetteIssuePage = {
  organ: Organ;
  issue: GazetteIssueRow;
  entries: GazetteEntryRow[];
  candidates: Awaited<ReturnType<typeof listGazetteCandidates>>;
  canEdit: boolean;
  canPublish: boolean;
};

/** A draft or published issue with its 目录 and (drafts) the items that may be added. */
export async function viewGazetteIssue(
  deps: AppDeps,
  actor: Actor,
  issueId: number,
  search: string,
): Promise<GazetteIssuePage | null> {
  const issue = await findGazetteIssue(deps.db, issueId);
  const registry = await loadOrganRegistry(deps.db);
  const organ = issue === null ? undefined : registry.byId.get(issue.organId);
  if (issue === null || organ === undefined || !canViewCase(actor, issue.organId, registry.tree)) {
    return null;
  }
  const entries = await listIssueEntries(deps.db, issueId);
  const draft = issue.status === 'draft';
  const inIssue = new Set(entries.map((e) => e.itemId));
  const candidates = draft
    ? (await listGazetteCandidates(deps.db, issue.organId, GAZETTE_KINDS, search.slice(0, 100))).filter(
        (c) => !inIssue.has(c.id),
      )
    : [];
  return {
    organ,
    issue,
    entries,
    candidates,
    canEdit: draft && mayEditIssues(actor, issue.organId),
    canPublish: draft && mayPublishIssues(actor, issue.organId),
  };
}

function auditFields(fields: IssueFields) {
  return {
    year: fields.year,
    issueNumber: fields.number,
    totalNumber: fields.totalNumber,
    publishedOn: fields.publishedOn,
    title: fields.title,
  };
}

/** Creates a draft issue of `organId` from the issue form. */
export async function createGazetteIssue(
  deps: AppDeps,
  actor: Actor,
  organId: number,
  form: Record<string, string | undefined>,
): Promise<Result<{ issueId: number }, 'invalid' | 'forbidden' | 'not_found'>> {
  const organ = (await loadOrganRegistry(deps.db)).byId.get(organId);
  if (organ === undefined) {
    return NOT_FOUND;
  }
  if (!mayEditIssues(actor, organId)) {
    return forbiddenFor(EDITORS);
  }
  const read = readIssueFields(form, organ.name, yearOf(deps.clock.today() as LocalDate));
  if (!read.ok) {
    return invalid(read.errors);
  }
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const issueId = await insertGazetteIssue(tx, organId, read.fields, actor.displayName, now);
    if (issueId === null) {
      return invalid({ number: `${read.fields.year}年第${read.fields.number}期已经存在` });
    }
    await appendAudit(tx, {
      at: now,
      actorId: actor.accountId,
      actorName: actor.displayName,
      organId,
      action: 'gazette.create',
      entity: 'gazette_issue',
      entityId: String(issueId),
      before: null,
      after: { ...auditFields(read.fields), status: 'draft' },
    });
    return { ok: true as const, issueId };
  });
}

/** What the draft form sends: fields, picked item ids (kept and added), their 顺序, resort. */
export type IssueSubmission = {
  form: Record<string, string | undefined>;
  items: readonly string[];
  orders: ReadonlyMap<number, string>;
  resort: boolean;
};

async function pickedFacts(
  tx: Queryable,
  organId: number,
  submission: IssueSubmission,
): Promise<{ ok: true; ids: number[] } | { ok: false; message: string }> {
  const ids = pickedIds(submission.items);
  if (ids === null) {
    return { ok: false, message: '收录信息的编号无效' };
  }
  const rows = await findIssueItems(tx, ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const facts: IssueItemFacts[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (row === undefined) {
      return { ok: false, message: `编号为${id}的信息不存在` };
    }
    facts.push({ ...row, kind: row.kind as ItemKind, status: row.status as ItemStatus });
  }
  const problem = issueItemsProblem(organId, facts, false);
  if (problem !== null) {
    return { ok: false, message: problem };
  }
  const arranged = arrangeIssue(facts, submission.orders, submission.resort);
  return arranged.ok ? { ok: true, ids: arranged.items.map((i) => i.id) } : arranged;
}

/** Saves a draft issue the person saw at `version`: its fields and its 目录. */
export async function saveGazetteIssue(
  deps: AppDeps,
  actor: Actor,
  issueId: number,
  version: number,
  submission: IssueSubmission,
): Promise<Result<{ issueId: number }, 'invalid' | 'forbidden' | 'not_found' | 'stale'>> {
  const registry = await loadOrganRegistry(deps.db);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const issue = await findGazetteIssue(tx, issueId, true);
    const organ = issue === null ? undefined : registry.byId.get(issue.organId);
    if (issue === null || organ === undefined || !canViewCase(actor, issue.organId, registry.tree)) {
      return NOT_FOUND;
    }
    if (!mayEditIssues(actor, issue.organId)) {
      return forbiddenFor(EDITORS);
    }
    if (issue.status !== 'draft' || issue.version !== version) {
      return STALE;
    }
    const read = readIssueFields(submission.form, organ.name, yearOf(deps.clock.today() as LocalDate));
    const picked = await pickedFacts(tx, issue.organId, submission);
    if (!read.ok || !picked.ok) {
      return invalid({ ...(read.ok ? {} : read.errors), ...(picked.ok ? {} : { items: picked.message }) });
    }
    const written = await updateGazetteIssue(tx, issueId, version, read.fields, now);
    if (written !== 'ok') {
      return written === 'stale'
        ? STALE
        : invalid({ number: `${read.fields.year}年第${read.fields.number}期已经存在` });
    }
    const before = (await listIssueEntries(tx, issueId)).map((e) => e.itemId);
    await replaceIssueItems(tx, issueId, picked.ids);
    await appendAudit(tx, {
      at: now,
      actorId: actor.accountId,
      actorName: actor.displayName,
      organId: issue.organId,
      action: 'gazette.edit',
      entity: 'gazette_issue',
      entityId: String(issueId),
      before: {
        year: issue.year,
        issueNumber: issue.number,
        totalNumber: issue.totalNumber,
        publishedOn: issue.publishedOn,
        title: issue.title,
        itemIds: before.join('、'),
      },
      after: { ...auditFields(read.fields), itemIds: picked.ids.join('、') },
    });
    return { ok: true as const, issueId };
  });
}
