/**
 * Round trips: data → HTML / DOCX / Markdown → the readers and the parser → the same data, for the
 * 2021 and the 2019 format (including null cells), and the prose of every part.
 */
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../domain/report/parse/parse-report.ts';
import type { AnnualReport } from '../domain/report/model.ts';
import { docxToText } from '../io/docx-to-text.ts';
import { htmlToText } from '../io/html-to-text.ts';
import { dataOf, reportWithProse } from '../../test/fixtures.ts';
import { randomReport } from '../../test/shapes/index.ts';
import { renderReport } from './index.ts';

const PROSE = {
  overview: '本报告根据《中华人民共和国政府信息公开条例》编制。统计期限为本年1月1日至12月31日。',
  proactive: '全年主动公开政府信息一千余条。',
  applications: '全年办理依申请公开事项，均在法定期限内答复。',
  reviewLitigation: '因政府信息公开工作被申请行政复议、提起行政诉讼的情况见下表。',
  problems: '一是信息公开质量有待提高。\n二是工作机制需进一步完善。',
  other: '本年度未收取信息处理费。',
};

const CASES: Array<[string, AnnualReport]> = [
  ['seed 002 (2021)', reportWithProse('002_2620abe2f7b9fa96')],
  ['seed 001 (2019, null cells)', reportWithProse('001_1f886fd727df4157')],
  ['seed 004 (2019 tables in 2021)', reportWithProse('004_bd8eac09615a20e9')],
  ['random 2021', { ...randomReport(11, '2021'), sections: PROSE }],
  ['random 2019', { ...randomReport(12, '2019'), sections: PROSE }],
  ['random 2021 with blanks', { ...randomReport(13, '2021', { blankCells: 4 }), sections: PROSE }],
];

async function throughFormat(report: AnnualReport, format: 'html' | 'docx' | 'md'): Promise<AnnualReport> {
  const bytes = await renderReport(report, format);
  const text =
    format === 'html'
      ? htmlToText(bytes.toString('utf8'))
      : format === 'docx'
        ? await docxToText(bytes)
        : bytes.toString('utf8');
  return parseReportText(text).report;
}

const squash = (s: string | null) => (s === null ? null : s.replace(/\s+/g, ''));

describe.each(['html', 'docx', 'md'] as const)('round trip through %s', (format) => {
  it.each(CASES)('%s: every cell, the organ, the year and the format come back', async (_name, report) => {
    const back = await throughFormat(report, format);
    expect(dataOf(back)).toEqual(dataOf(report));
  });

  it.each(CASES)('%s: the prose of every part comes back', async (_name, report) => {
    const back = await throughFormat(report, format);
    for (const key of Object.keys(PROSE) as Array<keyof typeof PROSE>) {
      expect(squash(back.sections[key]), key).toBe(squash(report.sections[key]));
    }
  });
});
