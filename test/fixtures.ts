/** Test helpers: the seed reports and their expected data (read by hand from the seeds). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnnualReport } from '../src/domain/report/model.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SEED_DIR = path.join(ROOT, 'test-fixtures', 'seeds');

/** Seed ids, e.g. `002_2620abe2f7b9fa96`. */
export const SEED_IDS = fs
  .readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''))
  .sort();

export function seedText(id: string): string {
  return fs.readFileSync(path.join(SEED_DIR, `${id}.txt`), 'utf8');
}

/** Expected report data without `sections` (prose is checked separately). */
export function expectedData(id: string): Omit<AnnualReport, 'sections'> {
  return JSON.parse(
    fs.readFileSync(path.join(ROOT, 'test-fixtures', 'expected', `${id}.json`), 'utf8'),
  ) as Omit<AnnualReport, 'sections'>;
}

/** A report's data without its prose, for comparisons. */
export function dataOf(report: AnnualReport): Omit<AnnualReport, 'sections'> {
  const data: Partial<AnnualReport> = { ...report };
  delete data.sections;
  return data as Omit<AnnualReport, 'sections'>;
}

/** A complete report from expected data, with short prose in every part. */
export function reportWithProse(id: string): AnnualReport {
  const data = expectedData(id);
  const sections = {
    overview: `本报告根据《中华人民共和国政府信息公开条例》编制。`,
    proactive: data.format === 'legacy' ? '主动公开情况。' : null,
    applications: null,
    reviewLitigation: null,
    problems: '一是信息公开质量有待提高。二是工作机制需进一步完善。',
    other: '本年度未收取信息处理费。',
  };
  return { ...data, sections } as AnnualReport;
}
