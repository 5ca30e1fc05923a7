/**
 * The column editor's page (/staff/items/columns): the organ's tree (seeded from the default the
 * first time), its version, how many items each column holds and which default columns are gone.
 */
import { countItemsByColumn, readCatalogueVersion } from '../../db/queries/publishing/catalogue-edits.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { missingDefaults, RESERVED_SLUGS } from '../../domain/publishing/catalogue-tree.ts';
import type { AppDeps } from '../deps.ts';
import type { Result } from '../failures.ts';
import { catalogueOrgan } from './catalogue-access.ts';
import { ensureCatalogue, loadCatalogue, type CatalogueNode } from './catalogue.ts';

export type CatalogueEditor = {
  organName: string;
  tree: CatalogueNode[];
  version: number;
  /** Items (any status) per column id. */
  itemCounts: ReadonlyMap<number, number>;
  /** Slugs the code relies on (not deletable, slug fixed). */
  reserved: ReadonlySet<string>;
  missingDefaults: number;
};

/** The editor's data, or a failure when the person may not edit the organ's columns. */
export async function catalogueEditorFor(
  deps: AppDeps,
  actor: Actor,
  organId: number,
): Promise<Result<CatalogueEditor, 'forbidden' | 'not_found'>> {
  const organ = await catalogueOrgan(deps, actor, organId);
  if (!organ.ok) {
    return organ;
  }
  await deps.db.transaction((tx) => ensureCatalogue(tx, organId));
  const tree = await loadCatalogue(deps.db, organId);
  const all = tree.flatMap((t) => [t, ...t.children]);
  return {
    ok: true,
    organName: organ.organName,
    tree,
    version: await readCatalogueVersion(deps.db, organId),
    itemCounts: await countItemsByColumn(deps.db, organId),
    reserved: RESERVED_SLUGS,
    missingDefaults: missingDefaults(all).length,
  };
}
