/**
 * Rows → the API's shapes (schemas.ts): public fields only, dates as ISO 8601 instants or
 * `YYYY-MM-DD`, and links as absolute URLs under the site's domain (site-relative until it is set).
 */
import type { z } from '@hono/zod-openapi';
import type { DirectorySnapshot } from '../../app/portal/directory.ts';
import type { PublicItem } from '../../app/portal/item-pages.ts';
import type { CatalogueNode } from '../../app/publishing/catalogue.ts';
import type { PortalOrgan } from '../../db/queries/portal.ts';
import type { OpenItemLine } from '../../db/queries/publishing/open-items.ts';
import { isOneOf, INTERPRETATION_FORMS, ITEM_KINDS, VALIDITIES } from '../../domain/publishing/vocabulary.ts';
import { organBase } from '../portal/frame.ts';
import type { ColumnSchema, ItemDetailSchema, ItemSummarySchema, OrganSchema } from './schemas.ts';

type Organ = z.infer<typeof OrganSchema>;
type Column = z.infer<typeof ColumnSchema>;
type ItemSummary = z.infer<typeof ItemSummarySchema>;
type ItemDetail = z.infer<typeof ItemDetailSchema>;

/** The portal page of an item. */
export const itemPath = (organ: Pick<PortalOrgan, 'slug'>, id: number) =>
  `${organBase(organ)}/gk/items/${id}`;

/** An organ as the API shows it. */
export function presentOrgan(organ: PortalOrgan, snapshot: DirectorySnapshot, origin: string): Organ {
  const parent = organ.parentId === null ? null : (snapshot.byId.get(organ.parentId)?.slug ?? null);
  return {
    slug: organ.slug,
    name: organ.name,
    shortName: organ.shortName,
    type: organ.type,
    level: organ.level,
    parent,
    address: organ.address,
    postcode: organ.postcode,
    phone: organ.phone,
    fax: organ.fax,
    email: organ.email,
    officeHours: organ.officeHours,
    reportYears: (snapshot.reportsOf.get(organ.id) ?? []).map((r) => r.year),
    url: `${origin}${organBase(organ)}/gk`,
  };
}

/** The organ's columns, parents before their children, with their counts. */
export function presentColumns(
  organ: PortalOrgan,
  tree: readonly CatalogueNode[],
  counts: ReadonlyMap<string, number>,
  origin: string,
): Column[] {
  const one = (column: { slug: string; name: string; basis: string }, parent: string | null): Column => ({
    slug: column.slug,
    name: column.name,
    basis: column.basis,
    parent,
    count: counts.get(column.slug) ?? 0,
    url: `${origin}${organBase(organ)}/gk/c/${column.slug}`,
  });
  return tree.flatMap((top) => [one(top, null), ...top.children.map((child) => one(child, top.slug))]);
}

const orNull = <T extends string>(list: readonly T[], value: string | null): T | null =>
  isOneOf(list, value) ? value : null;

/** An item's metadata. */
export function presentItem(
  line: Omit<OpenItemLine, 'publishedKey'>,
  snapshot: DirectorySnapshot,
  origin: string,
): ItemSummary {
  const organ = snapshot.byId.get(line.organId);
  return {
    id: line.id,
    organ: organ?.slug ?? '',
    organName: organ?.name ?? '',
    kind: orNull(ITEM_KINDS, line.kind) ?? 'other',
    indexNumber: line.indexNumber,
    title: line.title,
    docNumber: line.docNumber,
    writtenOn: line.writtenOn,
    effectiveOn: line.effectiveOn,
    publishedAt: line.publishedAt.toISOString(),
    revisedAt: line.revisedAt?.toISOString() ?? null,
    topic: line.topic,
    genre: line.genre,
    keywords: line.keywords,
    summary: line.summary,
    validity: orNull(VALIDITIES, line.validity),
    interpretationForm: orNull(INTERPRETATION_FORMS, line.interpretationForm),
    url: organ === undefined ? '' : `${origin}${itemPath(organ, line.id)}`,
  };
}

/** A published item with everything its page shows (withdrawn items are answered 410 before this). */
export function presentItemDetail(item: PublicItem, snapshot: DirectorySnapshot, origin: string): ItemDetail {
  const r = item.row;
  const organ = snapshot.byId.get(r.organId);
  const link = (id: number, title: string) => ({
    id,
    title,
    url: organ === undefined ? '' : `${origin}${itemPath(organ, id)}`,
  });
  return {
    ...presentItem({ ...r, publishedAt: r.publishedAt ?? r.updatedAt }, snapshot, origin),
    coOrgans: r.coOrgans,
    bodyHtml: r.bodyHtml,
    validityOn: r.validityOn,
    validityNote: r.validityNote,
    replacedBy: item.replacedBy === null ? null : link(item.replacedBy.id, item.replacedBy.title),
    revisionNote: r.revisionNote,
    attachments: item.files.map((f) => ({
      id: f.id,
      name: f.name,
      mediaType: f.mediaType,
      size: f.size,
      url: `${origin}${organBase(organ ?? null)}/gk/files/${f.id}`,
    })),
    interpretations: item.interpretations.map((i) => ({
      ...link(i.id, i.title),
      form: orNull(INTERPRETATION_FORMS, i.interpretationForm),
    })),
    documents: item.documents.map((i) => link(i.id, i.title)),
    versions: item.versions.map((v) => ({
      number: v.number,
      publishedAt: v.publishedAt.toISOString(),
      note: v.note,
    })),
  };
}
