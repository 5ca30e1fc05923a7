import { describe, expect, it } from 'vitest';
import { renderReportHtml, REPORT_CSS } from '../../render/index.ts';
import { reportWithProse, SEED_IDS } from '../../../test/fixtures.ts';

/** The width REPORT_CSS gives column `n` (1-based) of a table. */
function cssWidth(table: string, n: number): number | undefined {
  const rule = new RegExp(`\\.gk-table-${table} col:nth-child\\(${n}\\) \\{ width: ([\\d.]+)%; \\}`).exec(
    REPORT_CSS,
  );
  return rule ? Number(rule[1]) : undefined;
}

describe('report column widths under the strict CSP', () => {
  it('renders no inline style (the CSP blocks it) and REPORT_CSS sizes every column', () => {
    let checked = 0;
    for (const id of SEED_IDS) {
      const html = renderReportHtml(reportWithProse(id), { fragment: true });
      expect(html, id).not.toMatch(/\sstyle=/);
      for (const match of html.matchAll(
        /<table class="gk-table gk-table-(\w+)"[^>]*>\n<caption[^>]*><\/caption>\n<colgroup>(.*?)<\/colgroup>/g,
      )) {
        const count = match[2]!.split('<col>').length - 1;
        const widths = Array.from({ length: count }, (_, i) => cssWidth(match[1]!, i + 1));
        expect(
          widths.every((w) => w !== undefined && w > 0),
          `${id} ${match[1]}`,
        ).toBe(true);
        expect(
          widths.reduce((sum: number, w) => sum + (w ?? 0), 0),
          `${id} ${match[1]}`,
        ).toBeCloseTo(100, 0);
        checked += count;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('gives the wide first column of table 二 and the item column of table 三 their room', () => {
    expect(cssWidth('proactive', 1)).toBeCloseTo(44.44, 2);
    expect(cssWidth('applications', 3)).toBeCloseTo(34.19, 2);
    expect(cssWidth('reviewLitigation', 15)).toBeCloseTo(6.67, 2);
  });
});
