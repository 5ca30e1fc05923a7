import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings.ts';
import type { AnnualReport } from '../model.ts';
import { checkReport } from './check-report.ts';
import { CHECK_FINDING_CODES, type CheckFindingCode } from './finding-codes.ts';
import {
  NO_SECTIONS,
  blankReport2021,
  rowOf,
  seedReport,
  seedText,
  type SeedId,
} from './fixtures.test-support.ts';

const SEEDS: readonly SeedId[] = ['000', '001', '002', '003', '004'];
const run = (id: SeedId): Finding[] => checkReport(seedReport(id, 'split'), { sourceText: seedText(id) });
const codesOf = (findings: readonly Finding[], severity?: Finding['severity']): string[] =>
  findings.filter((f) => severity === undefined || f.severity === severity).map((f) => f.code);

describe('checkReport on the five seed reports', () => {
  it('seed 000 (tampered): CONTENT_INJECTED and CONTENT_REPLACED_NAME errors with positions; tables balance', () => {
    const findings = run('000');
    expect(codesOf(findings, 'error')).toEqual([
      'CONTENT_INJECTED',
      'CONTENT_REPLACED_NAME',
      'CONTENT_REPLACED_NAME',
    ]);
    expect(findings.filter((f) => f.severity === 'error').every((f) => f.where.line !== undefined)).toBe(
      true,
    );
    expect(codesOf(findings).filter((c) => c.startsWith('IDENTITY_'))).toEqual([]);
    expect(codesOf(findings, 'warning')).toEqual([]);
  });

  it('seed 001 (2020, blank cells): not-checkable warnings and the 2019-format info', () => {
    const findings = run('001');
    expect(codesOf(findings, 'error')).toEqual([]);
    expect(codesOf(findings, 'warning')).toEqual([
      'IDENTITY_NOT_CHECKABLE',
      'IDENTITY_NOT_CHECKABLE',
      'IDENTITY_NOT_CHECKABLE',
    ]);
    expect(findings.find((f) => f.code === 'FORMAT_USED')?.message).toBe(
      '本报告使用2019年试行格式（国办公开办函〔2019〕60号）',
    );
  });

  it('seed 002 (2024, correct): no errors or warnings; the prose agrees with the tables', () => {
    const findings = run('002');
    expect(findings.map((f) => f.severity)).toEqual(['info']);
    expect(findings[0]).toMatchObject({ code: 'PROSE_NUMBERS_CHECKED', numbers: { compared: 9, agreed: 9 } });
  });

  it('seed 003 (2017, free-form): legacy, no table checks', () => {
    const findings = run('003');
    expect(findings.map((f) => `${f.severity}:${f.code}`)).toEqual(['info:FORMAT_USED']);
  });

  it('seed 004 (2021 in the 2019 format): FORMAT_YEAR_MISMATCH', () => {
    const findings = run('004');
    expect(codesOf(findings, 'error')).toEqual([]);
    expect(codesOf(findings, 'warning')).toEqual(['FORMAT_YEAR_MISMATCH']);
  });

  it('orders errors, then warnings, then info', () => {
    const rank = { error: 0, warning: 1, info: 2 };
    for (const id of SEEDS) {
      const ranks = run(id).map((f) => rank[f.severity]);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });
});

describe('checkReport — every finding follows the contract', () => {
  function variety(): { report: AnnualReport; previous?: AnnualReport; sourceText?: string }[] {
    const broken = blankReport2021(2023);
    broken.applications!.granted = [1, 0, 0, 0, 0, 0, 2];
    broken.applications!.carriedOver = rowOf(1);
    broken.reviewLitigation!.review.total = null;
    broken.organ = null;
    broken.sections = {
      ...NO_SECTIONS,
      overview:
        '统计期限为2022年1月1日至2022年12月31日。共收到政府信息公开申请9件。见www.example.com，成立XyzAbc小组。',
    };
    const previous = blankReport2021(2022);
    previous.proactive!.rules.inForce = 4;
    return [
      ...SEEDS.map((id) => ({ report: seedReport(id, 'split'), sourceText: seedText(id) })),
      ...SEEDS.map((id) => ({ report: seedReport(id) })),
      { report: broken, previous },
      { report: { ...seedReport('003'), year: 2020 } },
    ];
  }

  it('uses documented codes with their documented severity, Chinese messages and a part', () => {
    const seen = new Set<string>();
    for (const { report, previous, sourceText } of variety()) {
      const options = { ...(previous ? { previous } : {}), ...(sourceText ? { sourceText } : {}) };
      for (const f of checkReport(report, options)) {
        seen.add(f.code);
        expect(f.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
        const spec = CHECK_FINDING_CODES[f.code as CheckFindingCode] as { severity: string } | undefined;
        expect(spec, f.code).toBeDefined();
        expect(f.severity, f.code).toBe(spec?.severity);
        expect(f.message).toMatch(/[\u4e00-\u9fff]/);
        expect(f.where.part, f.code).toBeDefined();
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(15);
  });
});
