/**
 * Proof for decision 022 (Run E) that the DOCX reader's output did not change: parse + check JSON
 * (report, parser findings, check findings, source text — or the error's code and message) of
 * every DOCX below, through this checkout's engine and through the one at BENCH_BASELINE (another
 * checkout with node_modules, e.g. /work/main), in the same process; prints the count and every
 * difference, and exits 1 on any.
 * DOCX: the bench corpus (bench/report.ts) and 40 more random reports, the official-layout table,
 * the hostile files of the upload tests (zip bombs, a 17 MiB and a 3 MiB document part, a nested
 * archive, 1,500 entries), odd document parts (entities, CDATA, DOCTYPE, BOMs, UTF-16, invalid
 * UTF-8, Unicode spaces in tags, unclosed and mismatched elements), and 400 mutations of four real
 * document parts, deflated and stored.
 * Usage: BENCH_BASELINE=/work/main npx tsx bench/report-docx-identical.ts
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderReport } from '../src/render/index.ts';
import {
  buildHugeXmlDocx,
  buildManyEntriesDocx,
  buildNestedZipDocx,
  buildZipBombDocx,
} from '../src/io/testing/hostile-files.ts';
import { buildMinimalDocx, buildZip, docxPackageParts } from '../src/io/testing/minimal-zip.ts';
import { buildOfficialTableDocx } from '../src/io/testing/official-table-docx.ts';
import { xmlVariants } from '../src/io/testing/xml-mutations.ts';
import { readZipEntry } from '../src/io/zip/zip-read.ts';
import { randomReport } from '../test/shapes/index.ts';
import { corpusReports } from './report.ts';

type Engine = {
  loadReportBytes: (
    bytes: Uint8Array,
    name: string,
  ) => Promise<{ report: unknown; sourceText: string | null }>;
  checkReport: (report: unknown, options: { sourceText?: string }) => unknown;
};

async function engineOf(root: string): Promise<Engine> {
  const url = (file: string) => pathToFileURL(path.join(root, file)).href;
  const read = (await import(url('src/io/read-input.ts'))) as Pick<Engine, 'loadReportBytes'>;
  const check = (await import(url('src/domain/report/check/check-report.ts'))) as Pick<Engine, 'checkReport'>;
  return { loadReportBytes: read.loadReportBytes, checkReport: check.checkReport };
}

/** Everything the engine makes of one file, as JSON. */
async function outcome(engine: Engine, bytes: Uint8Array, name: string): Promise<string> {
  try {
    const loaded = await engine.loadReportBytes(bytes, name);
    const checked = engine.checkReport(
      loaded.report,
      loaded.sourceText === null ? {} : { sourceText: loaded.sourceText },
    );
    return JSON.stringify({ loaded, checked });
  } catch (error) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    return JSON.stringify({ code, message });
  }
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const wordXml = (body: string) =>
  `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const ODD_PARTS: readonly (string | Buffer)[] = [
  wordXml('<w:p><w:r><w:t><![CDATA[a<b>]]>&#20013;&nbsp;</w:t></w:r></w:p>'),
  wordXml('<w:p><w:r><w:t>一、总体情况 &amp; &lt;表&gt;</w:t></w:r></w:p>'),
  wordXml('<w:p>a & b</w:p>'),
  wordXml('<w:p\u3000w:x="1"><w:r><w:t>全角空格</w:t></w:r></w:p>'),
  `\u3000${wordXml('<w:p><w:r><w:t>根外</w:t></w:r></w:p>')}`,
  `\ufeff${wordXml('<w:p><w:r><w:t>BOM</w:t></w:r></w:p>')}`,
  Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(wordXml('<w:p><w:r><w:t>UTF-16</w:t></w:r></w:p>'), 'utf16le'),
  ]),
  Buffer.concat([
    Buffer.from(wordXml('<w:p><w:r><w:t>坏')),
    Buffer.from([0xe4, 0xb8]),
    Buffer.from('</w:t></w:r></w:p>'),
  ]),
  wordXml('<w:p></w:body>'),
  wordXml('<w:p>') + 'junk',
  '<!DOCTYPE x [<!ENTITY a "b">]>' + wordXml('<w:p>&a;</w:p>'),
  wordXml('') + '<second/>',
  wordXml(
    '<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val=\'restart\' w:val="x"/></w:tcPr><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
  ),
  '',
];

async function corpus(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const files: { name: string; bytes: Uint8Array }[] = [];
  const reports = [
    ...corpusReports(),
    ...Array.from({ length: 40 }, (_, i) => randomReport(100 + i, i % 2 === 0 ? '2019' : '2021')),
  ];
  for (const [index, report] of reports.entries()) {
    files.push({ name: `report-${index}.docx`, bytes: await renderReport(report, 'docx') });
  }
  for (const [align, blanks] of [
    ['center', false],
    ['center', true],
    ['top', false],
    ['top', true],
  ] as const) {
    files.push({
      name: `official-${align}-${blanks}.docx`,
      bytes: await buildOfficialTableDocx(align, blanks),
    });
  }
  const MiB = 1024 * 1024;
  files.push(
    { name: 'huge-17mib.docx', bytes: buildHugeXmlDocx(17 * MiB) },
    { name: 'large-3mib.docx', bytes: buildHugeXmlDocx(3 * MiB) },
    { name: 'bomb.docx', bytes: buildZipBombDocx(200 * MiB) },
    { name: 'bomb-lying.docx', bytes: buildZipBombDocx(200 * MiB, 1000) },
    { name: 'nested.docx', bytes: buildNestedZipDocx() },
    { name: 'many.docx', bytes: buildManyEntriesDocx(1500) },
    { name: 'minimal.docx', bytes: buildMinimalDocx('<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>') },
  );
  ODD_PARTS.forEach((content, index) =>
    files.push({
      name: `odd-${index}.docx`,
      bytes: buildZip([...docxPackageParts(), { name: 'word/document.xml', content, deflate: true }]),
    }),
  );
  for (const [index, file] of files.slice(0, 4).entries()) {
    const part = Buffer.from(readZipEntry(file.bytes, 'word/document.xml')!).toString('utf8');
    xmlVariants(part, 100, 1000 + index).forEach((content, v) =>
      files.push({
        name: `mutation-${index}-${v}.docx`,
        bytes: buildZip([
          ...docxPackageParts(),
          { name: 'word/document.xml', content, deflate: v % 4 !== 0 },
        ]),
      }),
    );
  }
  return files;
}

const baselineRoot = process.env.BENCH_BASELINE;
if (!baselineRoot) {
  process.stderr.write('usage: BENCH_BASELINE=/path/to/checkout npx tsx bench/report-docx-identical.ts\n');
  process.exit(2);
}
const here = await engineOf(path.resolve(import.meta.dirname, '..'));
const baseline = await engineOf(path.resolve(baselineRoot));
const files = await corpus();
let differences = 0;
const codes = new Map<string, number>();
for (const { name, bytes } of files) {
  const [mine, theirs] = [await outcome(here, bytes, name), await outcome(baseline, bytes, name)];
  const code = (JSON.parse(mine) as { code?: string }).code ?? 'read';
  codes.set(code, (codes.get(code) ?? 0) + 1);
  if (mine !== theirs) {
    differences += 1;
    process.stdout.write(
      `DIFFERENT ${name}\n  this:     ${mine.slice(0, 300)}\n  baseline: ${theirs.slice(0, 300)}\n`,
    );
  }
}
process.stdout.write(
  `${files.length} DOCX, ${files.length - differences} identical to ${baselineRoot}, ${differences} different; outcomes: ${[...codes].map(([c, n]) => `${c} ${n}`).join(', ')}\n`,
);
process.exit(differences === 0 ? 0 : 1);
