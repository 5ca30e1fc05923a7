/**
 * The one-click mask: personal data found by the checks is masked in the title, the body and the
 * Word attachments of a draft (PDFs and images cannot be rewritten: the page asks for a masked
 * upload). The attachment text is re-extracted, so the checks see what is now stored.
 */
import { appendAudit } from '../../db/queries/audit.ts';
import { findItemFile, listItemFiles, updateItemFile } from '../../db/queries/publishing/item-files.ts';
import { appendItemEvent } from '../../db/queries/publishing/item-links.ts';
import { updateItemRow } from './item-writes.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { findPersonalData, maskPersonalData } from '../../domain/publishing/checks/personal-data.ts';
import { maskDocx } from '../../io/publishing/docx-mask.ts';
import { bodyText } from '../../io/publishing/body-html.ts';
import { STALE, type Result } from '../failures.ts';
import { parsePoolOf, type AppDeps } from '../deps.ts';
import { loadItemForEdit } from './item-access.ts';

/** Masks the body HTML's text nodes only (tags and attributes untouched). */
function maskHtml(html: string): string {
  return html.replace(/>([^<]+)</g, (_all, text: string) => `>${maskPersonalData(text)}<`);
}

/** Masks every piece of personal data the draft holds; says how many places changed and what is left. */
export async function maskItem(
  deps: AppDeps,
  actor: Actor,
  itemId: number,
  version: number,
): Promise<Result<{ masked: number; unmaskable: string[] }>> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const loaded = await loadItemForEdit(tx, actor, itemId);
    if ('ok' in loaded) {
      return loaded;
    }
    const { row } = loaded;
    let masked = findPersonalData(row.title).length + findPersonalData(row.bodyText).length;
    const bodyHtml = maskHtml(` ${row.bodyHtml} `).trim();
    if (
      !(await updateItemRow(
        tx,
        itemId,
        version,
        { title: maskPersonalData(row.title), bodyHtml, bodyText: bodyText(bodyHtml) },
        now,
      ))
    ) {
      return STALE;
    }
    const unmaskable: string[] = [];
    for (const meta of await listItemFiles(tx, itemId)) {
      const hits = findPersonalData(meta.text).length;
      if (hits === 0) {
        continue;
      }
      const file = (await findItemFile(tx, meta.id))!;
      const result = meta.mediaType.includes('wordprocessingml')
        ? maskDocx(file.bytes, (t) => maskPersonalData(t))
        : null;
      if (result === null || !result.changed) {
        unmaskable.push(meta.name);
        continue;
      }
      const text = (await parsePoolOf(deps).extractText(result.bytes, meta.name)).text ?? '';
      await updateItemFile(tx, meta.id, { bytes: result.bytes, text, hiddenMetadata: meta.hiddenMetadata });
      masked += hits - findPersonalData(text).length;
      if (findPersonalData(text).length > 0) {
        unmaskable.push(meta.name);
      }
    }
    const who = { accountId: actor.accountId, name: actor.displayName };
    await appendItemEvent(tx, itemId, who, 'masked', { count: masked, unmaskable }, now);
    await appendAudit(tx, {
      at: now,
      actorId: actor.accountId,
      actorName: actor.displayName,
      organId: row.organId,
      action: 'item.mask',
      entity: 'item',
      entityId: String(itemId),
      before: null,
      after: { count: masked, unmaskable },
    });
    return { ok: true as const, masked, unmaskable };
  });
}
