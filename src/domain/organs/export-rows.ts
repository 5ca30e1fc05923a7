/**
 * The organ table as spreadsheet rows (header first), in tree order, with the 上级机构 written as
 * its name (or its 网址标识 when several organs share that name), so the file imports back. Pure.
 */
import { displayFieldValue } from './display.ts';
import { ORGAN_COLUMNS } from './import-columns.ts';
import type { Organ } from './organ.ts';
import { buildForest, flattenForest } from './tree.ts';

/**
 * @param organs the organs to export (the parent of a top organ may be outside the list)
 * @param all every organ, to name parents outside the list
 * @example exportRows(visible, all)[0] // ['名称', '简称', '网址标识', …]
 */
export function exportRows(organs: readonly Organ[], all: readonly Organ[] = organs): string[][] {
  const byId = new Map(all.map((o) => [o.id, o]));
  const nameCount = new Map<string, number>();
  all.forEach((o) => nameCount.set(o.name, (nameCount.get(o.name) ?? 0) + 1));
  const parentText = (o: Organ) => {
    const parent = o.parentId === null ? undefined : byId.get(o.parentId);
    return parent === undefined ? '' : nameCount.get(parent.name) === 1 ? parent.name : parent.slug;
  };
  const ordered = flattenForest(buildForest(organs)).map((n) => n.organ);
  return [
    ORGAN_COLUMNS.map((c) => c.header),
    ...ordered.map((o) =>
      ORGAN_COLUMNS.map((c) => (c.key === 'parent' ? parentText(o) : displayFieldValue(c.key, o[c.key]))),
    ),
  ];
}
