import { describe, expect, it } from 'vitest';
import { CHUNK_UNITS } from './chunks.ts';
import { searchUnits } from './normalize.ts';
import {
  caseSearchTsvector,
  itemSearchTsvectors,
  MAX_SCOPED_ORGANS,
  scopedCaseQuery,
} from './staff-documents.ts';
import { parseStaffQuery } from './staff-query.ts';

describe('staff search documents', () => {
  it('indexes a case number, the applicant and the summary apart, with the organ scope lexeme', () => {
    const v = caseSearchTsvector({
      organId: 7,
      caseNumber: '依申〔2025〕1号',
      summary: '公租房',
      applicantName: '张三',
    });
    expect(v).toContain("'依申':1A");
    expect(v).toContain("'(2':3A");
    expect(v).toContain("'张三':12A");
    expect(v).toContain("'公租':15B");
    expect(v).not.toContain("'三公'");
    expect(v.endsWith("' organ:7'")).toBe(true);
  });

  it('never lets a query unit start with the space the scope lexeme starts with', () => {
    for (let cp = 0; cp <= 0xffff; cp += 1) {
      const units = searchUnits(String.fromCharCode(cp));
      expect(
        units.some((u) => u.startsWith(' ')),
        cp.toString(16),
      ).toBe(false);
    }
  });

  it('scopes a query to one or a few organs, and to none past the limit', () => {
    expect(scopedCaseQuery("'公租' <-> '租房'", [22])).toBe("' organ:22' & ( '公租' <-> '租房' )");
    expect(scopedCaseQuery("'房':*", [1, 2])).toBe("( ' organ:1' | ' organ:2' ) & ( '房':* )");
    const many = Array.from({ length: MAX_SCOPED_ORGANS + 1 }, (_, i) => i + 1);
    expect(scopedCaseQuery("'房':*", many)).toBe("'房':*");
  });

  it('splits a long body into chunks after the record', () => {
    const vectors = itemSearchTsvectors({
      title: '标题',
      docNumber: '',
      indexNumber: '',
      summary: '',
      keywords: '',
      bodyText: '正文'.repeat(CHUNK_UNITS),
    });
    expect(vectors[0]).toBe("'标题':1A '题':2A");
    expect(vectors.length).toBeGreaterThan(2);
    expect(vectors.slice(1).every((v) => v.includes(':1C'))).toBe(true);
  });
});

describe('parseStaffQuery', () => {
  it('reads nothing from an empty box', () => {
    expect(parseStaffQuery(undefined)).toBeNull();
    expect(parseStaffQuery(' \u3000 ')).toBeNull();
  });

  it('quotes operators and wildcards as text', () => {
    expect(parseStaffQuery('& | ! : *')?.tsquery).toBe("'&|' <-> '|!' <-> '!:' <-> ':*'");
    expect(parseStaffQuery("%_\\'")?.tsquery).toBe("'%_' <-> '_\\\\' <-> '\\\\'''");
    expect(parseStaffQuery('房')).toEqual({ text: '房', tsquery: "'房':*", error: null });
  });

  it('gives a Chinese message for text that cannot be searched', () => {
    expect(parseStaffQuery('\u200b\ud800')?.error).toBe(
      '检索词中没有可查找的文字（只有空白或不可见字符），请重新输入',
    );
    expect(parseStaffQuery('x'.repeat(10_000))).toMatchObject({ tsquery: null, text: 'x'.repeat(1000) });
    expect(parseStaffQuery('x'.repeat(10_000))?.error).toContain('检索词过长');
    expect(parseStaffQuery('字'.repeat(101))?.error).toBe('检索词过长（101个字），请缩短到100个字以内');
  });
});
