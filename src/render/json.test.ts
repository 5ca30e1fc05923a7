import { describe, it, expect } from 'vitest';
import { AnnualReportSchema } from '../domain/report/model.ts';
import type { AnnualReport } from '../domain/report/model.ts';
import { renderReportJson } from './json.ts';
import { expectedFixtureNames, loadExpectedReport } from './test-support.ts';

/** Reverses the key order of every object, to prove the output order does not depend on the input. */
function shuffled(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(shuffled);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, shuffled(v)]),
    );
  }
  return value;
}

describe('renderReportJson', () => {
  it.each(expectedFixtureNames().map((n) => n.slice(0, 3)))('round-trips the data (seed %s)', (seed) => {
    const report = loadExpectedReport(seed, { overview: '总体。' });
    const json = renderReportJson(report);
    expect(AnnualReportSchema.parse(JSON.parse(json))).toEqual(report);
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('writes keys in contract order with 2-space indent, whatever the input order', () => {
    const report = shuffled(loadExpectedReport('002')) as AnnualReport;
    const json = renderReportJson(report);
    expect(json.startsWith('{\n  "schema": "gongkai.annual-report.v1",\n  "organ": ')).toBe(true);
    const top = Object.keys(JSON.parse(json) as object);
    expect(top).toEqual([
      'schema',
      'organ',
      'year',
      'format',
      'proactive',
      'applications',
      'reviewLitigation',
      'sections',
    ]);
    const parsed = JSON.parse(json) as {
      applications: object;
      reviewLitigation: { review: object };
      proactive: object;
    };
    expect(Object.keys(parsed.applications).slice(0, 3)).toEqual(['newlyReceived', 'carriedOver', 'granted']);
    expect(Object.keys(parsed.reviewLitigation.review)).toEqual([
      'upheld',
      'corrected',
      'other',
      'pending',
      'total',
    ]);
    expect(Object.keys(parsed.proactive)).toEqual([
      'rules',
      'normativeDocuments',
      'licensing',
      'penalties',
      'coercion',
      'fees',
    ]);
  });

  it('keeps the 2019 shape and the single （六） row', () => {
    const parsed = JSON.parse(renderReportJson(loadExpectedReport('001'))) as {
      proactive: Record<string, object>;
      applications: { other: unknown };
    };
    expect(Object.keys(parsed.proactive.procurement!)).toEqual(['projects', 'amount', 'amountText']);
    expect(Array.isArray(parsed.applications.other)).toBe(true);
  });

  it('drops keys that are not in the contract', () => {
    const report = { ...loadExpectedReport('003'), extra: 'x' } as unknown as AnnualReport;
    expect(renderReportJson(report)).not.toContain('extra');
  });
});
