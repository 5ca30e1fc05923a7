/**
 * Test support for the checker: the five seed reports (text and expected data) and table builders.
 * Imported by `*.test.ts` only; it reads fixture files, which the domain core itself never does.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { APPLICATION_ROWS_SINGLE, APPLICATION_ROWS_SPLIT, PARTS, buildApplications } from '../layout.ts';
import type {
  AnnualReport,
  ApplicantRow,
  Applications,
  Report2021,
  ReviewLitigation,
  Sections,
} from '../model.ts';

const FIXTURES = join(import.meta.dirname, '../../../../test-fixtures');

export type SeedId = '000' | '001' | '002' | '003' | '004';

function fileFor(folder: 'seeds' | 'expected', id: SeedId): string {
  const name = readdirSync(join(FIXTURES, folder)).find((f) => f.startsWith(`${id}_`));
  if (!name) {
    throw new Error(`no ${folder} fixture for seed ${id}`);
  }
  return join(FIXTURES, folder, name);
}

/** The seed report as published (plain text). */
export function seedText(id: SeedId): string {
  return readFileSync(fileFor('seeds', id), 'utf8');
}

/** No prose at all. */
export const NO_SECTIONS: Sections = {
  overview: null,
  proactive: null,
  applications: null,
  reviewLitigation: null,
  problems: null,
  other: null,
};

const HEADING_PREFIX = /^\s*(?:[一二三四五六]|[1-6])\s*[、.．]\s*/;
const HEADING_WORDS = [
  /总体情况|概述/,
  /主动公开/,
  /收到和处理|依申请/,
  /行政复议|行政诉讼/,
  /问题/,
  /其他需要报告/,
];

/**
 * Splits a seed into the six parts at their heading lines (a stand-in for the parser: tables stay
 * inside their part; the preamble before 一 belongs to no part).
 */
export function splitSections(text: string): Sections {
  const keys = PARTS.map((p) => p.key);
  const collected: string[][] = keys.map(() => []);
  let current = -1;
  for (const line of text.split('\n')) {
    const isHeading = HEADING_PREFIX.test(line) && !line.includes('|') && line.trim().length < 40;
    const next = isHeading ? HEADING_WORDS.findIndex((w, i) => i > current && w.test(line)) : -1;
    if (next >= 0) {
      current = next;
      continue;
    }
    collected[current]?.push(line);
  }
  const entries = keys.map((key, i) => [key, collected[i]?.length ? collected[i].join('\n') : null]);
  return Object.fromEntries(entries) as Sections;
}

/**
 * The expected data of a seed. The fixtures carry no `sections`: by default the whole seed text is
 * put into `sections.overview`; 'split' splits it at the part headings; 'none' leaves no prose.
 */
export function seedReport(
  id: SeedId,
  sections: Sections | 'seed-text' | 'split' | 'none' = 'seed-text',
): AnnualReport {
  const data = JSON.parse(readFileSync(fileFor('expected', id), 'utf8')) as Omit<AnnualReport, 'sections'>;
  const resolved =
    sections === 'seed-text'
      ? { ...NO_SECTIONS, overview: seedText(id) }
      : sections === 'split'
        ? splitSections(seedText(id))
        : sections === 'none'
          ? NO_SECTIONS
          : sections;
  return { ...data, sections: resolved } as AnnualReport;
}

/** A row of seven cells from the six applicant columns (总计 computed). */
export function rowOf(...six: number[]): ApplicantRow {
  const cells = [0, 1, 2, 3, 4, 5].map((i) => six[i] ?? 0);
  return [...cells, cells.reduce((a, b) => a + b, 0)] as unknown as ApplicantRow;
}

/** Table 三 with every cell 0. */
export function zeroApplications(isSplit = true): Applications {
  const rows = isSplit ? APPLICATION_ROWS_SPLIT : APPLICATION_ROWS_SINGLE;
  return buildApplications(new Map(rows.map((r) => [r.id, rowOf()])), isSplit);
}

/** A deterministic pseudo-random generator (mulberry32), so generated tests are reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 2021 report skeleton (all zero tables, no prose) to build test cases from. */
export function blankReport2021(year = 2023): Report2021 {
  const zeroOutcome = { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 };
  const reviewLitigation: ReviewLitigation = {
    review: { ...zeroOutcome },
    litigationDirect: { ...zeroOutcome },
    litigationAfterReview: { ...zeroOutcome },
  };
  const documents = { issued: 0, repealed: 0, inForce: 0 };
  return {
    schema: 'gongkai.annual-report.v1',
    organ: '某某县人民政府',
    year,
    format: '2021',
    proactive: {
      rules: { ...documents },
      normativeDocuments: { ...documents },
      licensing: { decisions: 0 },
      penalties: { decisions: 0 },
      coercion: { decisions: 0 },
      fees: { amountWanYuan: 0 },
    },
    applications: zeroApplications(true),
    reviewLitigation,
    sections: { ...NO_SECTIONS },
  };
}
