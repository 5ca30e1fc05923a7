import { describe, expect, it } from 'vitest';
import { dataOf, expectedData, SEED_IDS, seedText } from '../../../../test/fixtures.ts';
import { ReportInputError } from '../errors.ts';
import { AnnualReportSchema } from '../model.ts';
import { parseReportText } from './parse-report.ts';

describe('parseReportText on the five real seeds', () => {
  it.each(SEED_IDS)('reads every cell of seed %s as a careful reader does', (id) => {
    const { report } = parseReportText(seedText(id));
    expect(dataOf(report)).toEqual(expectedData(id));
    expect(AnnualReportSchema.safeParse(report).success).toBe(true);
  });

  it('keeps the prose of each part and leaves table residue out of it', () => {
    const { report } = parseReportText(seedText('002_2620abe2f7b9fa96'));
    expect(report.sections.overview).toMatch(/^本年度报告根据/);
    expect(report.sections.overview).toContain('2024年全区共收到政府信息公开申请61件');
    expect(report.sections.applications).toBeNull();
    expect(report.sections.problems).toMatch(/^\(一\)存在的主要问题/);
    expect(report.sections.other).toContain('信息处理费');
  });

  it('reports the cut-off cells of seed 001 instead of guessing them', () => {
    const { findings } = parseReportText(seedText('001_1f886fd727df4157'));
    const missing = findings.filter((f) => f.code === 'PARSE_CELLS_MISSING');
    expect(missing).toHaveLength(15);
    expect(missing[0]!.where).toMatchObject({ part: 'applications', row: 'granted' });
  });

  it('flags arabic part numbering in seed 004', () => {
    const { findings } = parseReportText(seedText('004_bd8eac09615a20e9'));
    expect(findings.filter((f) => f.code === 'PART_NUMBERING').map((f) => f.where.part)).toEqual([
      'proactive',
      'applications',
      'reviewLitigation',
    ]);
  });

  it('reads seed 003 (2017) as a legacy report with its parts', () => {
    const { report } = parseReportText(seedText('003_e9f9ead20f70db79'));
    expect(report.format).toBe('legacy');
    expect(report.sections.reviewLitigation).toContain('未出现因政府信息公开申请被提起行政复议');
    expect(report.sections.problems).toContain('存在的主要问题');
  });
});

describe('parseReportText on bad input', () => {
  const codeOf = (text: string): string => {
    try {
      parseReportText(text);
      return 'parsed';
    } catch (error) {
      return error instanceof ReportInputError ? error.code : 'other';
    }
  };

  it('rejects empty and whitespace-only text', () => {
    expect(codeOf('')).toBe('EMPTY');
    expect(codeOf(' \n\t　\n')).toBe('EMPTY');
  });

  it('rejects text that is not a report', () => {
    expect(codeOf('这是一篇关于天气的文章。今天晴，最高气温25度。')).toBe('NOT_A_REPORT');
    expect(codeOf('<<<>>> 1 2 3 4 5 6 7 8 9')).toBe('NOT_A_REPORT');
  });

  it('rejects a report whose table 三 is cut off halfway', () => {
    const text = seedText('002_2620abe2f7b9fa96');
    const cut = text.slice(0, text.indexOf('(四)无法提供'));
    expect(codeOf(cut)).toBe('TRUNCATED');
  });

  it('does not choke on a huge single line of noise', () => {
    const noise = '政府'.repeat(200_000) + '1 '.repeat(50_000);
    expect(['NOT_A_REPORT', 'parsed']).toContain(codeOf(noise));
  });
});
