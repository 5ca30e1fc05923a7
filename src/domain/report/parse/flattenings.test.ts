/**
 * The hardest flattenings (issue 9, decision 014): table cells run together with no separator.
 * The issue's own examples, then the generated corpus (test/shapes/flattenings-corpus.ts): the
 * seeds and 200 realistic random reports in every run-together shape, where at least 99 % of the
 * cells of the tables with identities (三 and 四) must be read and no cell anywhere may be wrong.
 */
import { describe, expect, it } from 'vitest';
import {
  flatteningCorpus,
  FLATTENINGS,
  runCorpus,
  type Tally,
} from '../../../../test/shapes/flattenings-corpus.ts';
import { flatten, realisticReport } from '../../../../test/shapes/flattenings.ts';
import { APPLICATION_ROWS_SPLIT, buildApplications } from '../layout.ts';
import type { AnnualReport, ApplicantRow } from '../model.ts';
import { parseReportText } from './parse-report.ts';
import { tokenizeValues, type ValueToken } from './tokens.ts';

const row = (...cells: number[]): ApplicantRow => cells as ApplicantRow;
const ZERO = row(0, 0, 0, 0, 0, 0, 0);

/** A 2021 report whose table 三 prints the issue's runs: 453000048, 6100007, 3000003, 111000012, 20000026. */
function issueExample(): AnnualReport {
  const rows = new Map<string, ApplicantRow>(APPLICATION_ROWS_SPLIT.map((s) => [s.id, ZERO]));
  rows.set('newlyReceived', row(45, 3, 0, 0, 0, 0, 48));
  rows.set('granted', row(6, 1, 0, 0, 0, 0, 7));
  rows.set('partlyGranted', row(3, 0, 0, 0, 0, 0, 3));
  rows.set('withheld.internalAffairs', row(2, 0, 0, 0, 0, 0, 2));
  rows.set('total', row(11, 1, 0, 0, 0, 0, 12));
  rows.set('carriedForward', row(34, 2, 0, 0, 0, 0, 36));
  const base = realisticReport(1, '2021');
  const review = { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 };
  return {
    ...base,
    applications: buildApplications(rows, true),
    reviewLitigation: { review, litigationDirect: review, litigationAfterReview: review },
  } as AnnualReport;
}

const show = (t: ValueToken) => (t.kind === 'number' ? `${t.text}${t.isSplittable ? '*' : ''}` : t.kind);
/** Tokens of text[from, to) with the whole text around them (what a row's span sees). */
const spanTokens = (text: string, from: string, to: string) =>
  tokenizeValues(text, text.indexOf(from) + from.length, text.indexOf(to), []).map(show);

describe('tokens of cells run together (* = may hold several cells)', () => {
  it('a run cut by the next row’s ordinal is glued (「…国家秘密 00000002.其他…」: the row holds 0000000)', () => {
    expect(spanTokens('1.属于国家秘密 00000002.其他法律', '秘密', '2.其他')).toEqual(['0000000*']);
  });

  it('a run next to a bracket or a blank marker is glued', () => {
    expect(spanTokens('予以公开 1000001（二）部分公开', '公开', '（二）')).toEqual(['1000001*']);
    expect(spanTokens('（七）总计 550/011672四、', '总计', '四、')).toEqual(['550*', 'null', '011672*']);
  });

  it('a blank marker after a space before digits is a blank cell', () => {
    expect(spanTokens('另行制作 /000000三、', '制作', '三、')).toEqual(['null', '000000*']);
  });
});

describe('the issue’s run-together examples', () => {
  const report = issueExample();
  const text = flatten(report, 'onePage');

  it('prints the runs of the issue (cells, row ends touching the next ordinal, table 四 in one run)', () => {
    for (const run of [
      '数量453000048二、',
      '6100007（二）',
      '3000003（三）',
      '属于国家秘密00000002.其他法律行政法规',
      '20000026.属于四类过程性信息',
      '（七）总计111000012四、',
      '000000000000000',
    ]) {
      expect(text).toContain(run);
    }
  });

  it('reads every cell: a row that splits two ways alone (11,1 or 1,11) is decided by the column sums', () => {
    const { report: parsed, findings } = parseReportText(text);
    expect(parsed.applications).toEqual(report.applications);
    expect(parsed.reviewLitigation).toEqual(report.reviewLitigation);
    expect(findings.filter((f) => f.code === 'PARSE_SEPARATORS_AMBIGUOUS')).toEqual([]);
  });

  it('keeps the cells null and lists the candidate readings when the whole table still reads two ways', () => {
    // 8 | 80 or 88 | 0 in columns 2 and 3 of three rows: every identity of the table holds both ways.
    const rows = new Map<string, ApplicantRow>(APPLICATION_ROWS_SPLIT.map((s) => [s.id, ZERO]));
    rows.set('newlyReceived', row(108, 88, 0, 0, 0, 0, 196));
    rows.set('granted', row(108, 0, 0, 0, 0, 0, 108));
    rows.set('withheld.administrativeQuery', row(0, 88, 0, 0, 0, 0, 88));
    rows.set('total', row(108, 88, 0, 0, 0, 0, 196));
    const ambiguous = { ...report, applications: buildApplications(rows, true) } as AnnualReport;
    const { report: parsed, findings } = parseReportText(flatten(ambiguous, 'onePage'));
    expect(parsed.applications?.total).toEqual([108, null, null, 0, 0, 0, 196]);
    const listed = findings.find((f) => f.code === 'PARSE_SEPARATORS_CANDIDATES' && f.where.row === 'total');
    expect(listed?.message).toContain('〔108, 88, 0, 0, 0, 0, 196〕 或 〔108, 8, 80, 0, 0, 0, 196〕');
  });
});

describe('table 四 in one run when a blank cell vanished', () => {
  it('keeps no group of a row whose cut is not fully balanced: the vanished blank shifts every cut after it', () => {
    // Truth 11,0,1,0,12 | 2,0,0,100,102 | 0,100,2,1,(blank): 「…1101012200100102010021」 (22 digits).
    // Fifteen cells cut from it balance groups 二 and 三 by chance (0,0,10,0,10 | 20,1,0,0,21).
    const review = {
      review: { upheld: 11, corrected: 0, other: 1, pending: 0, total: 12 },
      litigationDirect: { upheld: 2, corrected: 0, other: 0, pending: 100, total: 102 },
      litigationAfterReview: { upheld: 0, corrected: 100, other: 2, pending: 1, total: null },
    };
    const report = { ...issueExample(), reviewLitigation: review } as AnnualReport;
    const text = flatten(report, 'onePage');
    expect(text).toContain('尚未审结总计1101012200100102010021五、');
    const { report: parsed, findings } = parseReportText(text);
    expect(Object.values(parsed.reviewLitigation ?? {}).flatMap((g) => Object.values(g))).toEqual(
      Array.from({ length: 15 }, () => null),
    );
    expect(findings.some((f) => f.where.part === 'reviewLitigation')).toBe(true);
  });
});

describe('the generated run-together corpus (seeds + 200 realistic reports)', () => {
  const result = runCorpus(flatteningCorpus(200));
  const unprinted = runCorpus(flatteningCorpus(200, ''));
  const share = (t: Tally) => t.recovered / Math.max(1, t.cells);

  it.each(FLATTENINGS)('%s: no wrong cell in any table', (name) => {
    const per = result[name];
    expect([...per.proactive.wrong, ...per.applications.wrong, ...per.reviewLitigation.wrong]).toEqual([]);
  });

  it.each(FLATTENINGS)('%s: no wrong cell when the blank cells vanished with the separators', (name) => {
    const per = unprinted[name];
    expect([...per.proactive.wrong, ...per.applications.wrong, ...per.reviewLitigation.wrong]).toEqual([]);
  });

  it.each(FLATTENINGS)('%s: at least 99 %% of the cells of tables 三 and 四 recovered', (name) => {
    const per = result[name];
    const both = {
      cells: per.applications.cells + per.reviewLitigation.cells,
      recovered: per.applications.recovered + per.reviewLitigation.recovered,
      wrong: [],
    };
    expect(share(both), `${both.recovered}/${both.cells}`).toBeGreaterThanOrEqual(0.99);
  });
});
