/**
 * Resolves the 上级机构 cell of each import row: a 网址标识 or a name, of an organ in the file or
 * already in the registry. The file wins over the registry (a row updates the organ with its
 * slug), slugs win over names, and a name that fits several organs is an error.
 */
import type { Organ, OrganFields } from './organ.ts';

/** A parent: an organ in the registry, a row of the same file, or none (the root). */
export type ParentRef = { kind: 'organ'; id: number } | { kind: 'row'; index: number } | { kind: 'none' };

/** The resolved parent, its display name, and the Chinese error when it cannot be resolved. */
export type ParentResolution = { ref: ParentRef; name: string; error: string | null };

/** What resolution needs of a parsed row. */
export type ParentDraft = {
  row: { cells: { parent?: string } };
  base: Organ | undefined;
  slug: string;
  name: string;
  fields: OrganFields | null;
};

type Candidate = { ref: ParentRef; name: string; slug: string };

/**
 * @returns one resolution per draft, in order
 */
export function resolveParents(
  drafts: readonly ParentDraft[],
  existing: readonly Organ[],
): ParentResolution[] {
  const inFile = new Set(drafts.flatMap((d) => (d.base ? [d.base.id] : [])));
  const candidates: Candidate[] = [
    ...drafts.map((d, index): Candidate => ({
      ref: { kind: 'row', index },
      name: d.fields?.name ?? d.name,
      slug: d.slug,
    })),
    ...existing
      .filter((o) => !inFile.has(o.id))
      .map((o): Candidate => ({ ref: { kind: 'organ', id: o.id }, name: o.name, slug: o.slug })),
  ];
  return drafts.map((d, index) => resolveOne(d, index, candidates));
}

function resolveOne(d: ParentDraft, index: number, candidates: readonly Candidate[]): ParentResolution {
  const text = (d.row.cells.parent ?? '').trim();
  const key = text.normalize('NFKC');
  const none: ParentRef = { kind: 'none' };
  if (text === '') {
    if (d.base && d.base.parentId === null) {
      return { ref: none, name: '', error: null };
    }
    return { ref: none, name: '', error: '请填写上级机构（只有根机构不填）' };
  }
  if (d.base && d.base.parentId === null) {
    return { ref: none, name: text, error: '根机构不能设置上级机构，请把「上级机构」留空' };
  }
  const bySlug = candidates.filter((c) => c.slug !== '' && c.slug === key.toLowerCase());
  const matches = bySlug.length > 0 ? bySlug : candidates.filter((c) => c.name.normalize('NFKC') === key);
  if (matches.length === 0) {
    return {
      ref: none,
      name: text,
      error: `上级机构「${text}」不存在（请填写已有机构或本文件中机构的名称或网址标识）`,
    };
  }
  if (matches.length > 1) {
    return { ref: none, name: text, error: `上级机构「${text}」对应多个机构，请改填其网址标识` };
  }
  const match = matches[0]!;
  if (match.ref.kind === 'row' && match.ref.index === index) {
    return { ref: none, name: text, error: '上级机构不能是本机构' };
  }
  return { ref: match.ref, name: match.name, error: null };
}
