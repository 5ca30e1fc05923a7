/**
 * 导入主动公开信息, step 3: the person confirms the preview. In ONE transaction the stored upload is
 * locked and planned again (a 索引号 taken meanwhile is an error); any error and nothing is
 * written. Otherwise every item is written as published with its old 索引号 and 发布日期, its
 * columns, first version, attachments (read again from the stored ZIP, Office properties removed)
 * and an 'imported' event; the organ's 索引号 serials are raised past the imported numbers its
 * pattern would give, so later publications never collide with them; and one audit record holds
 * the counts. The stored upload is then dropped; confirming again does nothing.
 */
import type { Queryable } from '../../../db/db.ts';
import { appendAudit } from '../../../db/queries/audit.ts';
import { findOrgan } from '../../../db/queries/organs.ts';
import {
  insertImportedItemLinks,
  insertImportedItems,
  raiseIndexSerial,
  type ImportedItemRow,
} from '../../../db/queries/publishing/item-imports.ts';
import { insertItemFile } from '../../../db/queries/publishing/item-files.ts';
import { markStagedImportCommitted } from '../../../db/queries/staged-imports.ts';
import type { Actor } from '../../../domain/access/roles.ts';
import type { LocalDate } from '../../../domain/calendar/local-date.ts';
import { DEFAULT_COLUMN_OF_KIND } from '../../../domain/publishing/default-catalogue.ts';
import type { ImportedItem } from '../../../domain/publishing/import/import-types.ts';
import { indexSerialOf } from '../../../domain/publishing/index-number.ts';
import { cleanOfficeMetadata } from '../../../io/publishing/office-metadata.ts';
import { badFile, NOT_FOUND } from '../../failures.ts';
import type { AppDeps } from '../../deps.ts';
import { loadCatalogue } from '../catalogue.ts';
import { indexCodeOf, loadPublishingSettings } from '../publishing-settings.ts';
import { sanitizeFileName } from '../../cases/read-attachments.ts';
import { FILE_KIND_INFO } from '../../cases/read-attachments.ts';
import type { UploadKind } from '../../../io/upload/inspect-upload.ts';
import type { ZipEntry } from '../../../io/zip/zip-directory.ts';
import { entryBytes, readArchiveDirectory, type ReadImportFile } from './read-import-archive.ts';
import {
  planStoredItemImport,
  type ItemImportFailure,
  type ItemImportOutcome,
} from './preview-item-import.ts';
import { afterItemWrite } from '../item-writes.ts';

/** What was written, or that this upload had been imported already. */
export type ItemImportCommitted = { ok: true; outcome: ItemImportOutcome; isAlreadyCommitted: boolean };

/** The preview has errors (possibly new ones: a 索引号 used since the preview): nothing is written. */
export const ITEM_IMPORT_HAS_ERRORS = '文件中有错误（可能有索引号在预览之后被使用），没有写入任何内容。';

const UNIQUE_VIOLATION = '23505';

/** Midnight Beijing time of a date: the 发布日期 of an imported item. */
const beijingMidnight = (date: LocalDate) => `${date}T00:00:00+08:00`;

function itemRow(item: ImportedItem, files: ReadonlyMap<string, ReadImportFile>): ImportedItemRow {
  const d = item.draft;
  const body = item.body === null ? null : files.get(item.body);
  return {
    indexNumber: item.indexNumber,
    kind: d.kind,
    title: d.title,
    coOrgans: d.coOrgans,
    docNumber: d.docNumber,
    docNumberKey: d.docNumberKey,
    writtenOn: d.writtenOn,
    effectiveOn: d.effectiveOn,
    formedOn: d.formedOn,
    topic: d.topic,
    genre: d.genre,
    keywords: d.keywords,
    summary: d.summary,
    bodyHtml: body?.html ?? '',
    bodyText: body?.text ?? '',
    interpretationForm: d.interpretationForm,
    validity: d.validity,
    validityOn: item.validityOn,
    publishedAt: beijingMidnight(item.publishedOn),
  };
}

/** Writes the attachments of the new items, read again from the stored ZIP. */
async function writeAttachments(
  tx: Queryable,
  items: readonly ImportedItem[],
  ids: ReadonlyMap<string, number>,
  files: ReadonlyMap<string, ReadImportFile>,
  archive: Uint8Array | null,
  at: Date,
): Promise<number> {
  const entries =
    archive === null ? new Map<string, ZipEntry>() : readArchiveDirectory(archive, Number.MAX_SAFE_INTEGER);
  let count = 0;
  for (const item of items) {
    for (const [index, name] of item.attachments.entries()) {
      const fact = files.get(name)!;
      const read = entryBytes(archive!, entries.get(name)!);
      if (!read.ok) {
        throw new Error(`attachment ${index} of an imported item could not be read again`);
      }
      const kind = (Object.keys(FILE_KIND_INFO) as UploadKind[]).find(
        (k) => FILE_KIND_INFO[k].mediaType === fact.mediaType,
      )!;
      const bytes = kind === 'docx' || kind === 'xlsx' ? cleanOfficeMetadata(read.bytes).cleaned : read.bytes;
      await insertItemFile(
        tx,
        ids.get(item.indexNumber)!,
        {
          name: sanitizeFileName(name, kind, index),
          mediaType: fact.mediaType!,
          bytes,
          text: fact.text,
          hiddenMetadata: fact.hidden ?? [],
        },
        at,
      );
      count += 1;
    }
  }
  return count;
}

/** Raises the organ's serials past the imported numbers that its pattern would give. */
async function protectSerials(tx: Queryable, organId: number, items: readonly ImportedItem[]): Promise<void> {
  const settings = await loadPublishingSettings(tx, organId);
  const organ = await findOrgan(tx, organId);
  const highest = new Map<number, number>();
  for (const item of items) {
    const serial = indexSerialOf(settings.indexPattern, indexCodeOf(settings, organ!), item.indexNumber);
    if (serial !== null && serial.serial > (highest.get(serial.year) ?? 0)) {
      highest.set(serial.year, serial.serial);
    }
  }
  for (const [year, serial] of highest) {
    await raiseIndexSerial(tx, organId, year, serial);
  }
}

/**
 * @returns what was written, or why nothing was
 */
export async function commitItemImport(
  deps: AppDeps,
  actor: Actor | null,
  token: string,
): Promise<ItemImportCommitted | ItemImportFailure> {
  try {
    return await commitInTransaction(deps, actor, token);
  } catch (error) {
    // Another import or publication took one of these 索引号 between our check and our insert.
    if ((error as { code?: unknown }).code === UNIQUE_VIOLATION) {
      return badFile(ITEM_IMPORT_HAS_ERRORS);
    }
    throw error;
  }
}

function commitInTransaction(
  deps: AppDeps,
  actor: Actor | null,
  token: string,
): Promise<ItemImportCommitted | ItemImportFailure> {
  const now = deps.clock.now();
  const today = deps.clock.today() as LocalDate;
  return deps.db.transaction(async (tx) => {
    const preview = await planStoredItemImport(tx, actor, token, now, today, true);
    if (!preview.ok || !actor) {
      return preview.ok ? NOT_FOUND : preview;
    }
    if (preview.plan === null || preview.staged === null) {
      return { ok: true as const, outcome: preview.outcome!, isAlreadyCommitted: true };
    }
    const { plan, organ, staged } = preview;
    if (!plan.isCommittable) {
      return badFile(ITEM_IMPORT_HAS_ERRORS);
    }
    const by = { accountId: actor.accountId, name: actor.displayName };
    const files = new Map(staged.files.map((f) => [f.name, f]));
    const ids = await insertImportedItems(
      tx,
      organ.id,
      plan.items.map((item) => itemRow(item, files)),
      by,
      now,
    );
    await afterItemWrite(tx, [...ids.values()]);
    const tree = await loadCatalogue(tx, organ.id);
    const slugId = new Map(tree.flatMap((t) => [t, ...t.children]).map((c) => [c.slug, c.id]));
    const idOf = (item: ImportedItem) => ids.get(item.indexNumber)!;
    await insertImportedItemLinks(
      tx,
      {
        columns: plan.items.flatMap((item) =>
          (item.columnIds.length > 0
            ? item.columnIds
            : [slugId.get(DEFAULT_COLUMN_OF_KIND[item.draft.kind])!]
          ).map((columnId) => ({ itemId: idOf(item), columnId })),
        ),
        versions: plan.items.map((item) => ({
          itemId: idOf(item),
          publishedAt: beijingMidnight(item.publishedOn),
          snapshot: {
            title: item.draft.title,
            docNumber: item.draft.docNumber,
            bodyHtml: item.body === null ? '' : (files.get(item.body)?.html ?? ''),
            summary: item.draft.summary,
          },
        })),
        events: plan.items.map((item) => ({
          itemId: idOf(item),
          data: {
            indexNumber: item.indexNumber,
            publishedOn: item.publishedOn,
            line: item.line,
            token: token.slice(0, 8),
          },
        })),
      },
      by,
      now,
    );
    const attachments = await writeAttachments(tx, plan.items, ids, files, preview.archive, now);
    await protectSerials(tx, organ.id, plan.items);
    const outcome: ItemImportOutcome = {
      created: plan.items.length,
      attachments,
      bodies: plan.items.filter((i) => i.body !== null).length,
      warnings: plan.warnings.length,
    };
    await appendAudit(tx, {
      at: now,
      actorId: actor.accountId,
      actorName: actor.displayName,
      organId: organ.id,
      action: 'item.import',
      entity: 'item_import',
      entityId: token.slice(0, 8),
      before: null,
      after: { fileSha256: preview.fileSha256, format: preview.format, ...outcome },
    });
    await markStagedImportCommitted(tx, token, now, outcome);
    return { ok: true as const, outcome, isAlreadyCommitted: false };
  });
}
