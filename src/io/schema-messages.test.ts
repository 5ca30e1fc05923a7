import { describe, expect, it } from 'vitest';
import { formatPath, validateReportJson } from './schema-messages.ts';

const SECTIONS = {
  overview: null,
  proactive: null,
  applications: null,
  reviewLitigation: null,
  problems: null,
  other: null,
};
const LEGACY = {
  schema: 'gongkai.annual-report.v1',
  organ: '某区人民政府',
  year: 2015,
  format: 'legacy',
  proactive: null,
  applications: null,
  reviewLitigation: null,
  sections: SECTIONS,
};

function messageOf(data: unknown): string {
  try {
    validateReportJson(data);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe('validateReportJson', () => {
  it('accepts a valid report', () => {
    expect(validateReportJson(LEGACY).format).toBe('legacy');
  });

  it('explains each kind of problem in Chinese', () => {
    expect(messageOf({ ...LEGACY, schema: 'other' })).toContain('schema：应为 "gongkai.annual-report.v1"');
    expect(messageOf({ ...LEGACY, format: '2020' })).toContain('format：应为 "2021"、"2019" 或 "legacy"');
    expect(messageOf({ ...LEGACY, year: 1900 })).toContain('year：应为 2000–2100 之间的整数或 null');
    expect(messageOf({ ...LEGACY, organ: '' })).toContain('organ：应为非空文字或 null');
    expect(messageOf({ ...LEGACY, sections: undefined })).toContain('sections：缺少此项');
    expect(messageOf([1, 2])).toContain('（整个文件）：应为对象');
  });

  it('lists at most five problems and counts the rest', () => {
    const message = messageOf({
      ...LEGACY,
      schema: 1,
      organ: 2,
      year: 'x',
      sections: { ...SECTIONS, overview: 3, problems: 4, other: 5 },
    });
    expect(message).toMatch(/^JSON 数据不符合 gongkai\.annual-report\.v1 格式：/);
    expect(message).toContain('另有 1 处问题');
  });
});

describe('formatPath', () => {
  it('writes paths like the contract', () => {
    expect(formatPath(['applications', 'withheld', 'stateSecret', 6])).toBe(
      'applications.withheld.stateSecret[6]',
    );
    expect(formatPath([])).toBe('（整个文件）');
  });
});
