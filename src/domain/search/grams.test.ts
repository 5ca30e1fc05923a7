import { describe, expect, it } from 'vitest';
import { codePointBigrams, foldedText, gramsTsquery } from './grams.ts';
import { searchUnits } from './normalize.ts';
import { parseQuery } from './query.ts';

describe('folded text and its bigram query (decision 041)', () => {
  it('joins fields by a newline and keeps an empty field in its place', () => {
    expect(foldedText([searchUnits('关于 通知'), [], searchUnits('〔2024〕5号')])).toBe(
      '关于通知\n\n(2024)5号',
    );
  });

  it('takes code-point bigrams, none across a field border, each once', () => {
    expect(codePointBigrams('信息公开信息\n😀a')).toEqual(['信息', '息公', '公开', '开信', '😀a']);
  });

  it('ANDs quoted bigrams; one code point is a prefix term', () => {
    expect(gramsTsquery('信息公')).toBe("'信息' & '息公'");
    expect(gramsTsquery("a'\\")).toBe("'a''' & '''\\\\'");
    expect(gramsTsquery('号')).toBe("'号':*");
    expect(gramsTsquery('😀')).toBe("'😀':*");
  });

  it('is what a parsed query carries', () => {
    const parsed = parseQuery('〔2024〕5号');
    expect(parsed.ok && parsed.query.grams).toBe(gramsTsquery('(2024)5号'));
  });
});
