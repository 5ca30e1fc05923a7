/**
 * Test and sample support (not used by the renderers): loads the expected data of the seed
 * reports from test-fixtures/expected, which carry no `sections`, and completes them so they
 * satisfy the contract.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { AnnualReportSchema } from '../domain/report/model.ts';
import type { AnnualReport, Sections } from '../domain/report/model.ts';

const EXPECTED_DIR = new URL('../../test-fixtures/expected/', import.meta.url);

const NO_SECTIONS: Sections = {
  overview: null,
  proactive: null,
  applications: null,
  reviewLitigation: null,
  problems: null,
  other: null,
};

/** File names of the expected fixtures, sorted. */
export function expectedFixtureNames(): string[] {
  return readdirSync(EXPECTED_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/**
 * Loads the expected report whose file name starts with `seed` (e.g. "002"), with `sections`
 * (default: all null) and validated against the contract.
 */
export function loadExpectedReport(seed: string, sections: Partial<Sections> = {}): AnnualReport {
  const name = expectedFixtureNames().find((n) => n.startsWith(seed));
  if (name === undefined) {
    throw new Error(`no expected fixture for seed ${seed}`);
  }
  const raw = JSON.parse(readFileSync(new URL(name, EXPECTED_DIR), 'utf8')) as Record<string, unknown>;
  const existing = (raw.sections ?? {}) as Partial<Sections>;
  return AnnualReportSchema.parse({ ...raw, sections: { ...NO_SECTIONS, ...existing, ...sections } });
}
