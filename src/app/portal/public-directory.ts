/**
 * The public 主动公开事项目录 of an organ (/o/:slug/gk/directory): its rows grouped by 一级事项 in
 * the organ's order, each with the columns that carry it. Read per request (staff edits show at once).
 */
import type { Queryable } from '../../db/db.ts';
import { listDirectoryEntries, type DirectoryEntryRow } from '../../db/queries/publishing/directory.ts';

export type DirectoryGroup = { matter: string; rows: DirectoryEntryRow[] };

/** Rows grouped by 一级事项, groups in the order their first row comes. */
export async function loadPublicDirectory(db: Queryable, organId: number): Promise<DirectoryGroup[]> {
  const groups = new Map<string, DirectoryEntryRow[]>();
  for (const row of await listDirectoryEntries(db, organId)) {
    groups.set(row.matter, [...(groups.get(row.matter) ?? []), row]);
  }
  return [...groups].map(([matter, rows]) => ({ matter, rows }));
}
