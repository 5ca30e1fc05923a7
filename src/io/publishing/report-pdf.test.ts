import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../domain/report/parse/parse-report.ts';
import { seedText } from '../../../test/fixtures.ts';
import { loadReportBytes } from '../read-input.ts';
import { DEFAULT_GAZETTE_FONT, GazetteFontError } from './gazette-font.ts';
import { renderReportPdf } from './report-pdf.ts';

const seed = (id: string) => parseReportText(seedText(id)).report;

describe('the annual report as a PDF', () => {
  it('reads back through the report reader with the same tables and no prose lost (seed 002)', async () => {
    const report = seed('002_2620abe2f7b9fa96');
    const pdf = await renderReportPdf(report, { path: DEFAULT_GAZETTE_FONT, face: null });
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(pdf.pages).toBeGreaterThan(3);
    const back = (await loadReportBytes(pdf.bytes, 'report.pdf')).report;
    expect(back.format).toBe(report.format);
    expect(back.organ).toBe(report.organ);
    expect(back.year).toBe(report.year);
    if (back.format !== '2021' || report.format !== '2021') {
      throw new Error('expected the 2021 format');
    }
    expect(back.proactive).toEqual(report.proactive);
    expect(back.applications).toEqual(report.applications);
    expect(back.reviewLitigation).toEqual(report.reviewLitigation);
    const squeeze = (sections: Record<string, string | null>) =>
      Object.fromEntries(Object.entries(sections).map(([k, v]) => [k, v?.replace(/\s/g, '') ?? null]));
    expect(squeeze(back.sections)).toEqual(squeeze(report.sections));
  }, 120_000);

  it('says in Chinese when the font cannot be used', async () => {
    await expect(
      renderReportPdf(seed('000_5b011f5e8cebd16c'), { path: '/nonexistent/font.ttf', face: null }),
    ).rejects.toThrow(GazetteFontError);
    await expect(
      renderReportPdf(seed('000_5b011f5e8cebd16c'), { path: '/etc/hostname', face: null }),
    ).rejects.toThrow(/无法读取/);
  });
});
