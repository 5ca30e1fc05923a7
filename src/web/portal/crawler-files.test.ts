import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { sitemapPart, sitemapRoot, sitemapXml } from './crawler-files.ts';

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
