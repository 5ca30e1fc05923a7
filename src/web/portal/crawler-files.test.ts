import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { buildSnapshot } from '../../app/portal/directory.ts';
import type { PortalOrgan } from '../../db/queries/portal.ts';
import { publicPaths, sitemapPart, sitemapPaths, sitemapRoot, sitemapXml } from './crawler-files.ts';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);

describe('sitemap split', () => {
  const paths = ['/a', '/b', '/c', '/d', '/e'];

  it('is one urlset while the paths fit in one file, and then has no parts', () => {
    expect(sitemapRoot('https://gk.example.gov.cn', paths, 5)).toBe(
      sitemapXml('https://gk.example.gov.cn', paths),
    );
    expect(sitemapPart('', paths, 1, 5)).toBeNull();
  });

  it('becomes an index of parts past the page size, every path in exactly one part', () => {
    const root = sitemapRoot('https://gk.example.gov.cn', paths, 2);
    expect(root).toContain('<sitemapindex');
    expect(locs(root)).toEqual([1, 2, 3].map((n) => `https://gk.example.gov.cn/sitemap-${n}.xml`));
    const parts = [1, 2, 3].map((n) => sitemapPart('', paths, n, 2)!);
    expect(parts.flatMap(locs)).toEqual(paths);
    expect(sitemapPart('', paths, 4, 2)).toBeNull();
    expect(sitemapPart('', paths, 0, 2)).toBeNull();
  });

  it('escapes addresses and stays well-formed XML', () => {
    const xml = sitemapXml('', ['/o/a&b/<x>']);
    expect(xml).toContain('/o/a&amp;b/&lt;x&gt;');
    const doc = parseDocument(xml, { xmlMode: true });
    expect(doc.children.some((n) => 'name' in n && n.name === 'urlset')).toBe(true);
  });
});

describe('sitemap paths', () => {
  const organ = (id: number, slug: string, parentId: number | null): PortalOrgan => ({
    id,
    parentId,
    name: `机关${id}`,
    shortName: '',
    slug,
    type: 'government',
    level: 'county',
    address: '',
    postcode: '',
    phone: '',
    fax: null,
    email: null,
    officeHours: '',
    sortOrder: id,
  });
  const snapshot = buildSnapshot([organ(1, 'boshan', null), organ(2, 'czj', 1)], {});

  it('lists the public pages, then every published item, then every public reply, under its organ', () => {
    const paths = sitemapPaths(
      snapshot,
      [
        { id: 10, organId: 1 },
        { id: 11, organId: 2 },
      ],
      [
        { id: 7, organId: 2 },
        { id: 8, organId: 99 },
      ],
    );
    const pages = publicPaths(snapshot);
    expect(paths.slice(0, pages.length)).toEqual(pages);
    expect(paths.slice(pages.length)).toEqual([
      '/o/boshan/gk/items/10',
      '/o/czj/gk/items/11',
      '/o/czj/gk/replies/7',
    ]);
  });

  it('splits past the page size with replies too, each reply in exactly one part', () => {
    const replies = Array.from({ length: 5 }, (_, i) => ({ id: i + 1, organId: 2 }));
    const paths = sitemapPaths(snapshot, [], replies);
    const size = paths.length - 3;
    expect(sitemapRoot('', paths, size)).toContain('<sitemapindex');
    const listed = [1, 2].flatMap((n) => locs(sitemapPart('', paths, n, size)!));
    expect(listed).toEqual(paths);
    expect(locs(sitemapPart('', paths, 2, size)!)).toEqual([3, 4, 5].map((id) => `/o/czj/gk/replies/${id}`));
  });
});
