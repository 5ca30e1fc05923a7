/**
 * The 指南 and 制度 an organ writes (its 管理员, or an administrator above it): the editor's data
 * (newest version, history, the 指南's missing required parts) and saving a new version — sanitized
 * HTML from typed text, edited HTML or a Word file, checked against the version the editor started
 * from, written with its audit record in one transaction. The portal reads the newest version.
 */
import type { Queryable } from '../../db/db.ts';
import { appendAudit } from '../../db/queries/audit.ts';
import {
  findLatestPortalPage,
  insertPortalPageVersion,
  listPortalPageVersions,
  type PortalPageVersion,
  type PortalPageVersionLine,
} from '../../db/queries/portal-pages.ts';
import { can } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import {
  MAX_PORTAL_PAGE_HTML,
  missingGuideParts,
  PORTAL_PAGE_LABELS,
  type PortalPageKind,
} from '../../domain/portal/portal-pages.ts';
import { bodyText, sanitizeBody, textToOutlineHtml } from '../../io/publishing/body-html.ts';
import type { AppDeps } from '../deps.ts';
import { forbiddenFor, invalid, NOT_FOUND, STALE, type Result } from '../failures.ts';
import { isUniqueViolation } from '../organs/organ-writes.ts';
import { loadOrganRegistry } from '../organs/load-organ-tree.ts';
import { readBody } from '../publishing/item-input.ts';

/** What the editor posts. */
export type PortalPageSubmission = { bodyFormat: string; body: string; bodyDocx: Uint8Array | null };

/** The editor's data. */
export type PortalPageEditor = {
  organ: Organ;
  /** The organs the person may write pages for (the organ switch). */
  organs: { id: number; name: string }[];
  page: PortalPageKind;
  current: PortalPageVersion | null;
  history: PortalPageVersionLine[];
  /** Required parts the current 指南 does not mention (always empty for 制度 and for the default). */
  missing: { key: string; label: string }[];
};

/** The version number an editor starts from (0: the default is showing). */
export const versionOf = (current: PortalPageVersion | null): number => current?.number ?? 0;

/** The required parts the page's HTML does not mention (only the 指南 has required parts). */
export function missingPartsOf(page: PortalPageKind, html: string): { key: string; label: string }[] {
  return page === 'guide' ? missingGuideParts(bodyText(html)) : [];
}

/**
 * The editor's data, or 404 (no such organ) / 403 (not its 管理员).
 * @param organId the organ, or null for the first one the person manages
 */
export async function portalPageEditor(
  deps: AppDeps,
  actor: Actor,
  organId: number | null,
  page: PortalPageKind,
): Promise<Result<{ editor: PortalPageEditor }, 'forbidden' | 'not_found'>> {
  const registry = await loadOrganRegistry(deps.db);
  const organ =
    organId === null
      ? registry.organs.find((o) => can(actor, 'organ.manage', o.id, registry.tree))
      : registry.byId.get(organId);
  if (organ === undefined && organId === null) {
    return forbiddenFor(['admin']);
  }
  if (organ === undefined) {
    return NOT_FOUND;
  }
  if (!can(actor, 'organ.manage', organ.id, registry.tree)) {
    return forbiddenFor(['admin']);
  }
  const current = await findLatestPortalPage(deps.db, organ.id, page);
  return {
    ok: true,
    editor: {
      organ,
      organs: registry.organs
        .filter((o) => can(actor, 'organ.manage', o.id, registry.tree))
        .map((o) => ({ id: o.id, name: o.name })),
      page,
      current,
      history: await listPortalPageVersions(deps.db, organ.id, page),
      missing: current === null ? [] : missingPartsOf(page, current.bodyHtml),
    },
  };
}

/** The newest version the portal shows, or null (the default shows). */
export function publishedPortalPage(
  db: Queryable,
  organId: number,
  page: PortalPageKind,
): Promise<PortalPageVersion | null> {
  return findLatestPortalPage(db, organId, page);
}

async function pageHtml(
  deps: AppDeps,
  s: PortalPageSubmission,
): Promise<{ html: string } | { error: string }> {
  const body = await readBody(deps, s, textToOutlineHtml);
  if ('error' in body) {
    return body;
  }
  const html = sanitizeBody(body.html);
  if (html.length > MAX_PORTAL_PAGE_HTML) {
    return { error: '内容过长（超过50万字符），请精简后再保存' };
  }
  if (bodyText(html).trim() === '') {
    return { error: '请填写页面内容（或上传 Word 文件）' };
  }
  return { html };
}

/**
 * Saves the page as the next version.
 * @param expected the version the editor started from (0 when the default was showing)
 * @returns the new version and the 指南's missing required parts (warnings)
 */
export async function savePortalPage(
  deps: AppDeps,
  actor: Actor,
  organId: number,
  page: PortalPageKind,
  expected: number,
  submission: PortalPageSubmission,
): Promise<
  Result<
    { number: number; missing: { key: string; label: string }[] },
    'invalid' | 'stale' | 'forbidden' | 'not_found'
  >
> {
  const loaded = await portalPageEditor(deps, actor, organId, page);
  if (!loaded.ok) {
    return loaded;
  }
  const body = await pageHtml(deps, submission);
  if ('error' in body) {
    return invalid({ body: body.error });
  }
  const missing = missingPartsOf(page, body.html);
  const at = deps.clock.now();
  try {
    const number = await deps.db.transaction(async (tx) => {
      const latest = versionOf(await findLatestPortalPage(tx, organId, page));
      if (latest !== expected) {
        return null;
      }
      const next = latest + 1;
      await insertPortalPageVersion(tx, {
        organId,
        page,
        number: next,
        bodyHtml: body.html,
        savedBy: actor.accountId,
        savedByName: actor.displayName,
        savedAt: at,
      });
      await appendAudit(tx, {
        at,
        actorId: actor.accountId,
        actorName: actor.displayName,
        organId,
        action: `portal.${page}`,
        entity: 'portal_page',
        entityId: `${organId}:${page}`,
        before: latest === 0 ? null : { version: latest },
        after: {
          title: PORTAL_PAGE_LABELS[page],
          version: next,
          characters: bodyText(body.html).length,
          ...(page === 'guide' ? { missingParts: missing.map((m) => m.label) } : {}),
        },
      });
      return next;
    });
    return number === null ? STALE : { ok: true, number, missing };
  } catch (error) {
    // two editors saving the same version at once: the second insert hits the primary key
    if (isUniqueViolation(error)) {
      return STALE;
    }
    throw error;
  }
}
