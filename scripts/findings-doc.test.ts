import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../test/fixtures.ts';
import { CHECK_FINDING_CODES } from '../src/domain/report/check/finding-codes.ts';
import { INPUT_FINDING_CODES, PARSE_FINDING_CODES } from '../src/domain/report/parse/finding-codes.ts';
import { findingsDoc } from './findings-doc.ts';

/** Codes passed to finding(…) in the given folder's source files. */
function emittedCodes(folder: string): Set<string> {
  const dir = path.join(ROOT, folder);
  const codes = new Set<string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.includes('.test'))) {
    for (const m of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/finding\(\s*'([A-Z_]+)'/g)) {
      codes.add(m[1]!);
    }
  }
  return codes;
}

describe('docs/FINDINGS.md', () => {
  it('is generated from the code tables (run `npm run findings-doc`)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'docs', 'FINDINGS.md'), 'utf8')).toBe(findingsDoc());
  });

  it('lists every code the parser emits', () => {
    for (const code of emittedCodes('src/domain/report/parse')) {
      expect(Object.keys(PARSE_FINDING_CODES), code).toContain(code);
    }
  });

  it('has no code in two tables', () => {
    const all = [
      ...Object.keys(PARSE_FINDING_CODES),
      ...Object.keys(CHECK_FINDING_CODES),
      ...Object.keys(INPUT_FINDING_CODES),
    ];
    expect(new Set(all).size).toBe(all.length);
  });
});
