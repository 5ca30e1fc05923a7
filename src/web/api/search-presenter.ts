/**
 * A public search's results → the API's answer (search-schemas.ts): each hit's title, 文号, 索引号
 * and snippet as plain text with the offsets of the matched words (the same matching the portal marks with
 * <mark>: domain/search/highlight.ts), organ facets by organ code instead of the internal id.
 */
import type { z } from '@hono/zod-openapi';
import type { PublicSearch } from '../../app/search/search-public.ts';
import type { DirectorySnapshot } from '../../app/portal/directory.ts';
import { snippet, type Piece } from '../../domain/search/highlight.ts';
import type { FacetValue, SearchHit } from '../../domain/search/search-types.ts';
import { hitPath } from '../../domain/search/search-source.ts';
import type { MarkedTextSchema, SearchHitSchema, SearchPageSchema } from './search-schemas.ts';

type MarkedText = z.infer<typeof MarkedTextSchema>;
type ApiHit = z.infer<typeof SearchHitSchema>;
type ApiPage = z.infer<typeof SearchPageSchema>;

const BODY_NAMES: Record<SearchHit['sourceKind'], string> = {
  item: '正文',
  report: '报告正文',
  reply: '答复正文',
};

/** Characters of context each side of the first match (as on the portal). */
const SNIPPET_RADIUS = 60;
/** Titles, 文号 and 索引号 are shown whole up to this many characters each side of the match. */
const TITLE_RADIUS = 200;

/**
 * Pieces → plain text and the UTF-16 offsets of the hit pieces.
 * @example markedText([{ text: '根据', hit: false }, { text: '〔2024〕', hit: true }]) // { text: '根据〔2024〕', highlights: [{ start: 2, end: 8 }] }
 */
export function markedText(pieces: readonly Piece[]): MarkedText {
  let text = '';
  const highlights: MarkedText['highlights'] = [];
  for (const piece of pieces) {
    if (piece.hit) {
      highlights.push({ start: text.length, end: text.length + piece.text.length });
    }
    text += piece.text;
  }
  return { text, highlights };
}

function whereOf(hit: SearchHit): ApiHit['where'] {
  switch (hit.part) {
    case 'record':
      return {
        part: 'record',
        fileName: '',
        paragraph: 0,
        label: hit.sourceKind === 'reply' ? '申请内容或文号' : '标题、文号或概述',
      };
    case 'body':
      return {
        part: 'body',
        fileName: '',
        paragraph: hit.partChunk,
        label: `${BODY_NAMES[hit.sourceKind]}第${hit.partChunk}段`,
      };
    case 'file':
      return {
        part: 'file',
        fileName: hit.fileName,
        paragraph: hit.partChunk,
        label: `附件《${hit.fileName}》第${hit.partChunk}段`,
      };
    default: {
      const never: never = hit.part;
      return never;
    }
  }
}

/** One hit as the API shows it. */
export function presentHit(hit: SearchHit, units: readonly string[], origin: string): ApiHit {
  return {
    sourceKind: hit.sourceKind,
    id: hit.ref,
    title: markedText(snippet(hit.title, units, TITLE_RADIUS)),
    docNumber: markedText(snippet(hit.docNumber, units, TITLE_RADIUS)),
    indexNumber: markedText(snippet(hit.indexNumber, units, TITLE_RADIUS)),
    organ: hit.organSlug,
    organName: hit.organName,
    publishedAt: hit.publishedAt.toISOString(),
    where: whereOf(hit),
    snippet: markedText(snippet(hit.content, units, SNIPPET_RADIUS)),
    url: `${origin}${hitPath(hit)}`,
  };
}

/** Organ facet values are ids inside; the API names organs by code (unknown ids are dropped). */
function organFacet(values: readonly FacetValue[], snapshot: DirectorySnapshot): FacetValue[] {
  return values.flatMap((v) => {
    const organ = snapshot.byId.get(Number(v.value));
    return organ === undefined ? [] : [{ ...v, value: organ.slug }];
  });
}

/**
 * The API's page of results.
 * @param next the next page's address, or null on the last page
 */
export function presentSearch(
  found: PublicSearch,
  snapshot: DirectorySnapshot,
  origin: string,
  next: string | null,
): ApiPage {
  const { search, results } = found;
  const facets = results.facets;
  return {
    query: search.query.text,
    total: results.total,
    totalCapped: results.totalCapped,
    hits: results.hits.map((hit) => presentHit(hit, search.query.units, origin)),
    facets:
      search.after === null
        ? {
            organ: organFacet(facets.organ, snapshot),
            genre: facets.genre,
            topic: facets.topic,
            validity: facets.validity,
          }
        : null,
    advice: found.advice,
    next,
  };
}
