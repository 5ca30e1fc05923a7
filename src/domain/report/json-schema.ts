/**
 * The JSON Schema of the contract, generated from the zod model so the two cannot drift.
 * The shipped file is schema/annual-report.v1.schema.json (written by `npm run schema`).
 */
import { z } from 'zod';
import { AnnualReportSchema, SCHEMA_ID } from './model.ts';

/** Builds the JSON Schema (draft 2020-12) of `gongkai.annual-report.v1`. */
export function buildJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(AnnualReportSchema, { target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return {
    $id: `https://gongkai.invalid/schema/${SCHEMA_ID}.json`,
    title: '政府信息公开工作年度报告 (gongkai.annual-report.v1)',
    description:
      'One annual report on government information disclosure, in the 2021 (国办公开办函〔2021〕30号), 2019 (〔2019〕60号) or legacy format. Numeric cells are null when blank, unreadable, "/" or "—", or missing — never 0 unless the report says 0.',
    ...generated,
  };
}

/** The schema file's text: pretty JSON with a trailing newline. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
