import { describe, expect, it } from 'vitest';
import { chunkText } from './chunks.ts';
import { snippet } from './highlight.ts';
import { buildTsquery, buildTsvector, fieldLexemes, MAX_POSITIONS_PER_LEXEME } from './lexemes.ts';
import { searchUnits } from './normalize.ts';
import { MAX_QUERY_UNITS, parseQuery } from './query.ts';
import { searchDocuments } from './search-document.ts';

/** A small deterministic PRNG (mulberry32) for the property tests. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = [..."信息公开政府条例第号年〔〕[]（）()2024ABab \n'\\&|!:*，。😀"];

function randomText(next: () => number, length: number): string {
  return Array.from({ length }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('');
}

/** Does the phrase of `query` units occur at consecutive positions of the text's lexemes? */
function phraseFound(textUnits: readonly string[], query: readonly string[]): boolean {
  const lexemes = fieldLexemes(textUnits);
  if (query.length === 1) {
    return lexemes.some((l) => l.startsWith(query[0]!));
  }
  const wanted = query.slice(0, -1).map((u, i) => u + query[i + 1]!);
  return lexemes.some((_, start) => wanted.every((w, k) => lexemes[start + k] === w));
}

describe('search units', () => {
  it('fold width, case, every bracket shape and drop whitespace', () => {
    for (const text of [
      '〔2024〕5号',
      '[2024]5号',
      '(2024)5号',
      '［2024］ 5 号',
      '（2024）\n5号',
      '【2024】5号',
    ]) {
      expect(searchUnits(text).join('')).toBe('(2024)5号');
    }
    expect(searchUnits('ＧＢ／Ｔ　Abc').join('')).toBe('gb/tabc');
  });

  it('drop lone surrogates, zero-width and control characters but keep whole emoji', () => {
    expect(searchUnits('政\uD800府\u200B信\u0000息😀')).toEqual(['政', '府', '信', '息', '😀']);
  });
});

describe('tsvector and tsquery literals', () => {
  it('quote every lexeme, doubling quotes and backslashes', () => {
    expect(buildTsquery(searchUnits("a'b\\"))).toBe("'a''' <-> '''b' <-> 'b\\\\'");
    expect(buildTsquery(['&'])).toBe("'&':*");
    expect(buildTsvector([{ units: ['公', '开'], weight: 'A' }])).toBe("'公开':1A '开':2A");
  });

  it('leave a position between fields so no phrase spans two fields', () => {
    expect(
      buildTsvector([
        { units: ['名'], weight: 'A' },
        { units: ['文'], weight: 'B' },
      ]),
    ).toBe("'名':1A '文':3B");
  });

  it('find every substring of a text by its bigram phrase (random texts)', () => {
    const next = random(11);
    for (let round = 0; round < 100; round += 1) {
      const units = searchUnits(randomText(next, 1 + Math.floor(next() * 25)));
      for (let a = 0; a < units.length; a += 1) {
        for (let b = a + 1; b <= units.length; b += 1) {
          expect(phraseFound(units, units.slice(a, b))).toBe(true);
        }
      }
    }
  });
});

describe('parseQuery', () => {
  it('answers empty, punctuation-free-space and overlong queries in Chinese', () => {
    expect(parseQuery('  \n ')).toEqual({ ok: false, message: '请输入检索词' });
    expect(parseQuery('\uD800')).toEqual({ ok: false, message: '请输入检索词' });
    expect(parseQuery('政'.repeat(10_000))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/检索词过长/),
    });
    expect(parseQuery('政'.repeat(MAX_QUERY_UNITS + 1))).toMatchObject({ ok: false });
    expect(parseQuery('政'.repeat(MAX_QUERY_UNITS))).toMatchObject({ ok: true });
  });

  it('searches tsquery syntax as text', () => {
    const parsed = parseQuery("a & b | !c:* 'd'");
    expect(parsed).toMatchObject({ ok: true, query: { text: "a&b|!c:*'d'" } });
  });
});

describe('chunkText', () => {
  it('keeps every query-sized phrase inside one chunk, within the size and the per-lexeme limit', () => {
    const next = random(7);
    for (let round = 0; round < 20; round += 1) {
      const text = randomText(next, 400 + Math.floor(next() * 800));
      const chunks = chunkText(text, 300);
      const all = searchUnits(text);
      expect(chunks.length).toBeGreaterThan(1);
      for (const chunk of chunks) {
        expect(chunk.units.length).toBeLessThanOrEqual(300);
        expect(searchUnits(chunk.text)).toEqual(chunk.units);
      }
      for (let i = 0; i < 50; i += 1) {
        const a = Math.floor(next() * all.length);
        const phrase = all.slice(a, a + 1 + Math.floor(next() * MAX_QUERY_UNITS));
        expect(chunks.some((c) => phraseFound(c.units, phrase))).toBe(true);
      }
    }
  });

  it('cuts before a lexeme passes the 256 positions PostgreSQL keeps', () => {
    const chunks = chunkText('0'.repeat(1000));
    for (const chunk of chunks) {
      const count = fieldLexemes(chunk.units).filter((l) => l === '00').length;
      expect(count).toBeLessThan(MAX_POSITIONS_PER_LEXEME);
    }
    expect(chunks.some((c) => phraseFound(c.units, searchUnits('0'.repeat(MAX_QUERY_UNITS))))).toBe(true);
  });
});

describe('snippet', () => {
  it('marks matches found through bracket variants and line breaks', () => {
    const pieces = snippet('根据〔2024〕5号\n文件执行', searchUnits('[2024]5号文'), 20);
    expect(pieces).toEqual([
      { text: '根据', hit: false },
      { text: '〔2024〕5号\n文', hit: true },
      { text: '件执行', hit: false },
    ]);
  });

  it('shows the start when nothing matches', () => {
    expect(snippet('政府信息公开', ['无'], 2)).toEqual([
      { text: '政府信息', hit: false },
      { text: '…', hit: false },
    ]);
  });
});

describe('searchDocuments', () => {
  it('indexes the record, the body and each attachment in chunks', () => {
    const docs = searchDocuments({
      title: '关于政务公开的通知',
      docNumber: '某政发〔2024〕1号',
      indexNumber: '000014349/2024-00001',
      summary: '概述',
      keywords: '',
      bodyText: Array.from({ length: 3000 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join(''),
      files: [{ id: 9, name: '附件1.pdf', text: '附件正文' }],
    });
    expect(docs.map((d) => [d.chunk, d.part, d.partChunk, d.fileId])).toEqual([
      [0, 'record', 1, null],
      [1, 'body', 1, null],
      [2, 'body', 2, null],
      [3, 'file', 1, 9],
    ]);
  });
});
