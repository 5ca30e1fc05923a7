/**
 * What the editor and the item page offer to pick from: the organ's columns (the default tree until
 * the organ's own is seeded), the documents a 解读 may interpret, the documents that may replace one.
 */
import { listItemTitles } from '../../db/queries/publishing/item-lists.ts';
import { listReportDataYears } from '../../db/queries/publishing/item-reports.ts';
import { isWithin } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { rollupGroup, type RollupGroup } from '../../domain/annual-report/rollup-members.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import { DEFAULT_CATALOGUE } from '../../domain/publishing/default-catalogue.ts';
import { rolesOnOrgan } from '../cases/case-access.ts';
import type { AppDeps } from '../deps.ts';
import { loadOrganRegistry } from '../organs/load-organ-tree.ts';
import { loadCatalogue, type CatalogueNode } from './catalogue.ts';

export type EditorContext = {
  organ: Organ;
  columns: CatalogueNode[];
  documents: { id: number; title: string }[];
  /** Years of the organ's stored report data, for 「由已有数据生成」 (decision 029). */
  reportDataYears: number[];
  /** The organ and the organs below it, for 「由下级机关汇总」 (decision 038); just the organ when none. */
  rollupOrgans: RollupOrganChoice[];
};

/** An organ the roll-up may include, with its editor group. */
export type RollupOrganChoice = { id: number; name: string; group: RollupGroup };

const DOCUMENT_KINDS = ['normative', 'rule', 'document'];

/** The organ's editor context, or null when the person may not draft there. */
export async function editorContext(
  deps: AppDeps,
  actor: Actor,
  organId: number,
): Promise<EditorContext | null> {
  const registry = await loadOrganRegistry(deps.db);
  const organ = registry.byId.get(organId);
  if (
    !organ ||
    !rolesOnOrgan(actor, organId).some((r) => r === 'handler' || r === 'admin' || r === 'approver')
  ) {
    return null;
  }
  const seeded = await loadCatalogue(deps.db, organId);
  const columns =
    seeded.length > 0
      ? seeded
      : DEFAULT_CATALOGUE.map((c, i) => ({
          id: -1 - i,
          parentId: null,
          slug: c.slug,
          name: c.name,
          basis: c.basis,
          position: i,
          children: c.children.map((child, j) => ({
            id: -100 - j,
            parentId: -1 - i,
            slug: child.slug,
            name: child.name,
            basis: '',
            position: j,
          })),
        }));
  const documents = await listItemTitles(deps.db, organId, DOCUMENT_KINDS, [
    'draft',
    'inReview',
    'inSigning',
    'scheduled',
    'published',
  ]);
  const reportDataYears = (await listReportDataYears(deps.db, organId)).map((r) => r.year);
  const rollupOrgans = registry.organs
    .filter((o) => isWithin(registry.tree, o.id, organId))
    .map((o) => ({ id: o.id, name: o.name, group: rollupGroup(o, organId) }));
  return { organ, columns, documents, reportDataYears, rollupOrgans };
}

/** Published documents of the organ that may replace another (有效性 change). */
export function replacementCandidates(
  deps: AppDeps,
  organId: number,
): Promise<{ id: number; title: string }[]> {
  return listItemTitles(deps.db, organId, [...DOCUMENT_KINDS, 'notice'], ['published']);
}
