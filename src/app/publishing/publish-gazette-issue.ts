/**
 * 出版 a 政府公报 issue (decision 025), by a 领导 of the organ (the role that 签发 items):
 * 1. check the draft (items still published, of this organ, at least one) and the font;
 * 2. render the PDF on a parse-pool worker, outside any transaction (≈ 0.5 s of CPU for 10 items);
 * 3. in ONE transaction: lock the issue and its items, make sure nothing changed since step 1
 *    (else STALE, nothing written), mark it published, copy each item as printed, store the PDF,
 *    write the audit record. A published issue is never changed again.
 */
import type { Queryable } from '../../db/db.ts';
import { appendAudit } from '../../db/queries/audit.ts';
import {
  findGazetteIssue,
  listIssueEntries,
  markIssuePublished,
  type GazetteIssueRow,
  type GazetteSnapshot,
} from '../../db/queries/publishing/gazette.ts';
import type { ItemRow } from '../../db/queries/publishing/item-rows.ts';
import { findItem } from '../../db/queries/publishing/items.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { formatChineseDate, type LocalDate } from '../../domain/calendar/local-date.ts';
import { issueItemsProblem, issueLabel } from '../../domain/publishing/gazette.ts';
import { ITEM_KIND_LABELS, type ItemKind, type ItemStatus } from '../../domain/publishing/vocabulary.ts';
import {
  GazetteFontError,
  gazetteFontProblem,
  type GazettePdfInput,
} from '../../io/publishing/gazette-font.ts';
import { WorkerPoolError, type WorkerPoolFailure } from '../../io/parse-pool/parse-pool.ts';
import { canViewCase } from '../cases/case-access.ts';
import { parsePoolOf, type AppDeps } from '../deps.ts';
import { forbiddenFor, NOT_FOUND, refused, STALE, type Result } from '../failures.ts';
import { loadOrganRegistry } from '../organs/load-organ-tree.ts';
import { mayPublishIssues } from './gazette-issues.ts';

/** Why the worker could not render the PDF (nothing is written then). */
const POOL_FAILURE_TEXT = {
  busy: '系统繁忙',
  timeout: '生成超时，本期内容可能过多',
  'out-of-memory': '所需内存超出上限，本期内容可能过多',
  crashed: '生成过程出错',
  closed: '系统正在重启',
} as const satisfies Record<WorkerPoolFailure, string>;

type Loaded = { issue: GazetteIssueRow; rows: ItemRow[] };

async function loadForPublication(tx: Queryable, issueId: number, lock: boolean): Promise<Loaded | null> {
  const issue = await findGazetteIssue(tx, issueId, lock);
  if (issue === null) {
    return null;
  }
  const entries = await listIssueEntries(tx, issueId);
  const rows: ItemRow[] = [];
  for (const entry of entries) {
    // one query at a time: a transaction's connection runs statements in order
    const row = await findItem(tx, entry.itemId, lock);
    if (row !== null) {
      rows.push(row);
    }
  }
  return { issue, rows };
}

function problemOf(loaded: Loaded): string | null {
  return issueItemsProblem(
    loaded.issue.organId,
    loaded.rows.map((r) => ({ ...r, kind: r.kind as ItemKind, status: r.status as ItemStatus })),
    true,
  );
}

function snapshotOf(row: ItemRow): GazetteSnapshot {
  return {
    kind: row.kind,
    title: row.title,
    docNumber: row.docNumber,
    indexNumber: row.indexNumber,
    publishedAt: row.publishedAt === null ? null : row.publishedAt.toISOString(),
    bodyHtml: row.bodyHtml,
    bodyText: row.bodyText,
  };
}

function pdfInput(
  organName: string,
  issue: GazetteIssueRow,
  on: LocalDate,
  rows: ItemRow[],
): GazettePdfInput {
  return {
    organName,
    title: issue.title,
    label: issueLabel(issue.year, issue.number, issue.totalNumber),
    date: formatChineseDate(on, false),
    entries: rows.map((r) => ({
      kindLabel: ITEM_KIND_LABELS[r.kind as ItemKind] ?? r.kind,
      title: r.title,
      docNumber: r.docNumber,
      bodyText: r.bodyText,
    })),
  };
}

/** The same items at the same versions, still published: nothing changed between render and write. */
const unchanged = (before: Loaded, after: Loaded) =>
  after.issue.version === before.issue.version &&
  after.issue.status === 'draft' &&
  after.rows.length === before.rows.length &&
  after.rows.every((r, i) => r.id === before.rows[i]!.id && r.version === before.rows[i]!.version);

/** Publishes the draft issue the person saw at `version`. */
export async function publishGazetteIssue(
  deps: AppDeps,
  actor: Actor,
  issueId: number,
  version: number,
): Promise<Result<{ issueId: number }, 'refused' | 'forbidden' | 'not_found' | 'stale'>> {
  const registry = await loadOrganRegistry(deps.db);
  const before = await loadForPublication(deps.db, issueId, false);
  const organ = before === null ? undefined : registry.byId.get(before.issue.organId);
  if (before === null || organ === undefined || !canViewCase(actor, before.issue.organId, registry.tree)) {
    return NOT_FOUND;
  }
  if (!mayPublishIssues(actor, before.issue.organId)) {
    return forbiddenFor(['approver']);
  }
  if (before.issue.status !== 'draft' || before.issue.version !== version) {
    return STALE;
  }
  const problem = problemOf(before) ?? gazetteFontProblem(deps.env.gazetteFont);
  if (problem !== null) {
    return refused(problem);
  }
  const on = (before.issue.publishedOn ?? deps.clock.today()) as LocalDate;
  let pdf;
  try {
    pdf = await parsePoolOf(deps).renderGazettePdf(
      pdfInput(organ.name, before.issue, on, before.rows),
      deps.env.gazetteFont,
    );
  } catch (error) {
    if (error instanceof GazetteFontError) {
      return refused(error.message);
    }
    if (error instanceof WorkerPoolError) {
      return refused(`本期PDF未能生成（${POOL_FAILURE_TEXT[error.failure]}），尚未出版，请稍后再试。`);
    }
    throw error;
  }
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const after = await loadForPublication(tx, issueId, true);
    if (after === null || !unchanged(before, after) || problemOf(after) !== null) {
      return STALE;
    }
    const snapshots = after.rows.map((r) => ({ itemId: r.id, snapshot: snapshotOf(r) }));
    const issue = { id: issueId, version, publishedOn: on };
    if (!(await markIssuePublished(tx, issue, snapshots, pdf, actor.displayName, now))) {
      return STALE;
    }
    await appendAudit(tx, {
      at: now,
      actorId: actor.accountId,
      actorName: actor.displayName,
      organId: after.issue.organId,
      action: 'gazette.publish',
      entity: 'gazette_issue',
      entityId: String(issueId),
      before: { status: 'draft' },
      after: {
        status: 'published',
        title: after.issue.title,
        publishedOn: on,
        itemIds: after.rows.map((r) => r.id).join('、'),
        pages: pdf.pages,
        size: pdf.bytes.length,
      },
    });
    return { ok: true as const, issueId };
  });
}
