import { describe, expect, it } from 'vitest';
import { markdownSearchText } from './report-text.ts';
import { hitPath, isSearchSourceKind, searchKeyOf, sourceOfKey, type SearchSource } from './search-source.ts';

describe('search sources', () => {
  it('gives every source a key no other source has, and reads it back', () => {
    const keys = new Set<number>();
    for (let id = 1; id <= 500; id += 1) {
      for (const kind of ['item', 'report', 'reply'] as const) {
        const source: SearchSource = { kind, id };
        const key = searchKeyOf(source);
        expect(keys.has(key)).toBe(false);
        keys.add(key);
        expect(sourceOfKey(key)).toEqual(source);
      }
    }
  });

  it('links each kind to its portal page', () => {
    const hit = { ref: 7, reportYear: 2024, organSlug: 'jia' };
    expect(hitPath({ ...hit, sourceKind: 'item' })).toBe('/o/jia/gk/items/7');
    expect(hitPath({ ...hit, sourceKind: 'report' })).toBe('/o/jia/gk/reports/2024');
    expect(hitPath({ ...hit, sourceKind: 'reply' })).toBe('/o/jia/gk/replies/7');
    expect(isSearchSourceKind('reply')).toBe(true);
    expect(isSearchSourceKind('constructor')).toBe(false);
  });

  it('turns a report’s Markdown into plain lines', () => {
    expect(
      markdownSearchText(
        '# 甲区2024年报告\n\n## 一、总体情况\n\n全年\\*共\\|收到\n\n| 项目 | 数 |\n| --- | ---: |\n| 1.属于国家秘密 |  |\n',
      ),
    ).toBe('甲区2024年报告\n一、总体情况\n全年*共 收到\n项目 数\n1.属于国家秘密');
  });
});
