/**
 * Attachments of a draft: typed by content (PDF, Word, Excel, images; 20 MB each, 20 per item),
 * their text extracted off the main thread (for the checks and, later, search), Office files'
 * hidden metadata removed and reported, PDFs' reported. Only while the item is a 草稿.
 */
import { megabytesText } from '../../domain/byte-size.ts';
import { appendAudit } from '../../db/queries/audit.ts';
import { appendItemEvent } from '../../db/queries/publishing/item-links.ts';
import { insertItemFile, listItemFiles, updateItemFile } from '../../db/queries/publishing/item-files.ts';
import { updateItemRow } from './item-writes.ts';
import { findItemReport } from '../../db/queries/publishing/item-reports.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { UploadKind } from '../../io/upload/inspect-upload.ts';
import {
  cleanOfficeMetadata,
  pdfMetadata,
  type HiddenMetadata,
} from '../../io/publishing/office-metadata.ts';
import { FILE_KIND_INFO, sanitizeFileName } from '../cases/read-attachments.ts';
import { invalid, NOT_FOUND, STALE, type Result } from '../failures.ts';
import { parsePoolOf, type AppDeps } from '../deps.ts';
import { loadItemForEdit } from './item-access.ts';

export const ITEM_FILE_KINDS = [
  'pdf',
  'docx',
  'xlsx',
  'jpeg',
  'png',
] as const satisfies readonly UploadKind[];
export const MAX_ITEM_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_ITEM_FILES = 20;

/**
 * The stored bytes (Office properties removed), text and hidden metadata of a file typed by
 * content (text: '' for images and when it cannot be read). Text is extracted in the parse pool.
 */
export async function readItemFile(deps: AppDeps, kind: UploadKind, bytes: Uint8Array, name: string) {
  let stored = bytes;
  let hidden: HiddenMetadata[] = [];
  if (kind === 'docx' || kind === 'xlsx') {
    const clean = cleanOfficeMetadata(bytes);
    stored = clean.cleaned;
    hidden = clean.found;
  } else if (kind === 'pdf') {
    hidden = pdfMetadata(bytes);
  }
  let text = '';
  if (kind === 'pdf' || kind === 'docx') {
    try {
      text = (await parsePoolOf(deps).extractText(stored, name)).text ?? '';
    } catch {
      text = '';
    }
  }
  return { stored, hidden, text };
}

/** Adds a file to a draft the person saw at `version`. */
export async function addItemFile(
  deps: AppDeps,
  actor: Actor,
  itemId: number,
  version: number,
  file: { name: string; bytes: Uint8Array },
): Promise<Result<{ fileId: number; hidden: HiddenMetadata[] }>> {
  if (file.bytes.length === 0) {
    return invalid({ file: '请选择要上传的附件' });
  }
  if (file.bytes.length > MAX_ITEM_FILE_BYTES) {
    return invalid({ file: `附件不能超过${megabytesText(MAX_ITEM_FILE_BYTES)}` });
  }
  const inspection = await parsePoolOf(deps).inspectUpload(file.bytes, ITEM_FILE_KINDS);
  if (!inspection.ok) {
    return invalid({ file: inspection.reason });
  }
  const name = sanitizeFileName(file.name, inspection.kind, 0);
  const read = await readItemFile(deps, inspection.kind, file.bytes, name);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const loaded = await loadItemForEdit(tx, actor, itemId);
    if ('ok' in loaded) {
      return loaded;
    }
    const { row } = loaded;
    if ((await listItemFiles(tx, itemId)).length >= MAX_ITEM_FILES) {
      return invalid({ file: `每条信息最多${MAX_ITEM_FILES}个附件` });
    }
    if (!(await updateItemRow(tx, itemId, version, {}, now))) {
      return STALE;
    }
    const mediaType = FILE_KIND_INFO[inspection.kind].mediaType;
    const fileId = await insertItemFile(
      tx,
      itemId,
      { name, mediaType, bytes: read.stored, text: read.text, hiddenMetadata: read.hidden },
      now,
    );
    const who = { accountId: actor.accountId, name: actor.displayName };
    await appendItemEvent(
      tx,
      itemId,
      who,
      'fileAdded',
      { fileId, name, hidden: read.hidden.map((h) => h.field) },
      now,
    );
    await appendAudit(tx, {
      at: now,
      actorId: actor.accountId,
      actorName: actor.displayName,
      organId: row.organId,
      action: 'item.addFile',
      entity: 'item',
      entityId: String(itemId),
      before: null,
      after: { fileId, name, size: read.stored.length },
    });
    return { ok: true as const, fileId, hidden: read.hidden };
  });
}

/** Removes a file from a draft. */
export async function removeItemFile(
  deps: AppDeps,
  actor: Actor,
  itemId: number,
  version: number,
  fileId: number,
): Promise<Result<{ itemId: number }>> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const loaded = await loadItemForEdit(tx, actor, itemId);
    if ('ok' in loaded) {
      return loaded;
    }
    const { row } = loaded;
    const file = (await listItemFiles(tx, itemId)).find((f) => f.id === fileId);
    if (file === undefined) {
      return NOT_FOUND;
    }
    if ((await findItemReport(tx, itemId))?.fileId === fileId) {
      return invalid({ file: '这是年度报告文件，请在编辑页面上传新的报告来替换它' });
    }
    if (!(await updateItemRow(tx, itemId, version, {}, now))) {
      return STALE;
    }
    await updateItemFile(tx, fileId, 'remove');
    await appendItemEvent(
      tx,
      itemId,
      { accountId: actor.accountId, name: actor.displayName },
      'fileRemoved',
      { fileId, name: file.name },
      now,
    );
    await appendAudit(tx, {
      at: now,
      actorId: actor.accountId,
      actorName: actor.displayName,
      organId: row.organId,
      action: 'item.removeFile',
      entity: 'item',
      entityId: String(itemId),
      before: { fileId, name: file.name },
      after: null,
    });
    return { ok: true as const, itemId };
  });
}
