import { describe, it, expect } from 'vitest';
import { finding } from '../domain/report/findings.ts';
import { RENDER_FORMATS, RENDER_MEDIA, renderReport } from './index.ts';
import { reportCsvColumns } from './csv.ts';
import { loadExpectedReport } from './test-support.ts';

const report = loadExpectedReport('002');

describe('renderReport', () => {
  it.each(RENDER_FORMATS)('renders %s to bytes', async (format) => {
    const out = await renderReport(report, format);
    expect(Buffer.isBuffer(out)).toBe(true);
    expect(out.length).toBeGreaterThan(100);
    expect(RENDER_MEDIA[format].extension).toBe(`.${format}`);
  });

  it('writes CSV as UTF-8 with BOM: header line + one row, CRLF', async () => {
    const text = (await renderReport(report, 'csv', { file: 'a,b.txt' })).toString('utf8');
    expect(text.startsWith('\uFEFFfile,organ,year,format,')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[0]!.split(',')).toHaveLength(reportCsvColumns().length);
    expect(lines[1]!.startsWith('"a,b.txt",淄博市博山区人民政府,2024,2021,')).toBe(true);
  });

  it('counts errors and warnings from the findings in CSV', async () => {
    const findings = [
      finding('A', 'error', 'a', {}),
      finding('B', 'warning', 'b', {}),
      finding('C', 'warning', 'c', {}),
      finding('D', 'info', 'd', {}),
    ];
    const text = (await renderReport(report, 'csv', { findings })).toString('utf8');
    expect(text.trimEnd().endsWith(',1,2')).toBe(true);
  });

  it('passes findings and fragment to HTML', async () => {
    const html = (
      await renderReport(report, 'html', {
        fragment: true,
        findings: [finding('A', 'error', '错', { part: 'overview' })],
      })
    ).toString('utf8');
    expect(html.startsWith('<article')).toBe(true);
    expect(html).toContain('gk-flag-error');
  });
});
