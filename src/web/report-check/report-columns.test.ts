import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../render/index.ts';
import { reportWithProse, SEED_IDS } from '../../../test/fixtures.ts';

const APP_CSS = fs.readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'static', 'app.css'),
  'utf8',
);

/** The width app.css gives column `n` (1-based) of a table: its nth-child rule, else the table's default. */
function cssWidth(table: string, n: number): string | undefined {
  const specific = new RegExp(`\\.gk-table-${table} col:nth-child\\(${n}\\) \\{ width: ([\\d.]+)%; \\}`).exec(
    APP_CSS,
  );
  const general = new RegExp(`\\.gk-table-${table} col \\{ width: ([\\d.]+)%; \\}`).exec(APP_CSS);
  return (specific ?? general)?.[1];
}

describe('report column widths under the strict CSP', () => {
  it('app.css gives every table column the width the renderer asks for', () => {
    let checked = 0;
    for (const id of SEED_IDS) {
      const html = renderReportHtml(reportWithProse(id), { fragment: true });
      for (const match of html.matchAll(
        /<table class="gk-table gk-table-(\w+)"[^>]*>\n<caption[^>]*><\/caption>\n<colgroup>(.*?)<\/colgroup>/g,
      )) {
        const widths = [...match[2]!.matchAll(/width:([\d.]+)%/g)].map((w) => Number(w[1]));
        widths.forEach((width, i) =>
          expect(Number(cssWidth(match[1]!, i + 1)), `${id} ${match[1]} column ${i + 1}`).toBeCloseTo(
            width,
            2,
          ),
        );
        checked += widths.length;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
