import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedData, ROOT, SEED_IDS } from '../../../test/fixtures.ts';
import { jsonSchemaText } from './json-schema.ts';
import { AnnualReportSchema } from './model.ts';

describe('the shipped JSON Schema', () => {
  it('is the one generated from the model (run `npm run schema` after changing model.ts)', () => {
    const shipped = fs.readFileSync(path.join(ROOT, 'schema', 'annual-report.v1.schema.json'), 'utf8');
    expect(shipped).toBe(jsonSchemaText());
  });

  it('describes 7-cell applicant rows and nullable cells', () => {
    const text = jsonSchemaText();
    expect(text).toContain('"prefixItems"');
    expect(text).toContain('"gongkai.annual-report.v1"');
  });
});

describe('the zod model', () => {
  const blankSections = {
    overview: null,
    proactive: null,
    applications: null,
    reviewLitigation: null,
    problems: null,
    other: null,
  };

  it.each(SEED_IDS)('accepts the expected data of seed %s', (id) => {
    expect(AnnualReportSchema.safeParse({ ...expectedData(id), sections: blankSections }).success).toBe(true);
  });

  it('rejects a negative count, a 6-cell row and a wrong schema id', () => {
    const good = { ...expectedData('002_2620abe2f7b9fa96'), sections: blankSections } as Record<
      string,
      unknown
    >;
    const apps = good.applications as Record<string, unknown>;
    expect(
      AnnualReportSchema.safeParse({ ...good, applications: { ...apps, total: [1, 2, 3, 4, 5, 6] } }).success,
    ).toBe(false);
    expect(
      AnnualReportSchema.safeParse({ ...good, applications: { ...apps, total: [-1, 0, 0, 0, 0, 0, -1] } })
        .success,
    ).toBe(false);
    expect(AnnualReportSchema.safeParse({ ...good, schema: 'other' }).success).toBe(false);
  });

  it('keeps 0 and null apart', () => {
    const parsed = AnnualReportSchema.parse({
      ...expectedData('001_1f886fd727df4157'),
      sections: blankSections,
    });
    expect(parsed.applications?.granted).toEqual([0, 0, 0, 0, 0, 0, null]);
  });
});
