import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import {
  buildHugeXmlDocx,
  buildManyEntriesDocx,
  buildNestedZipDocx,
  buildZipBombDocx,
} from '../testing/hostile-files.ts';
import { buildMinimalDocx, buildStoredZip, buildZip, docxPackageParts } from '../testing/minimal-zip.ts';
import { checkOfficePackage, OFFICE_LIMITS } from './office-package.ts';
import { readZipDirectory } from './zip-directory.ts';

const MiB = 1024 * 1024;
const problemOf = (bytes: Uint8Array) => {
  const check = checkOfficePackage(bytes);
  return check.ok ? `ok:${check.kind}` : check.problem;
};

describe('checkOfficePackage accepts real office files', () => {
  it('reads a Word document written by the docx library', async () => {
    const bytes = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('一、总体情况')] }] }),
    );
    expect(checkOfficePackage(bytes)).toMatchObject({
      ok: true,
      kind: 'docx',
      mainPart: 'word/document.xml',
      hasMacros: false,
    });
  });

  it('reads an Excel workbook written by ExcelJS', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('台账').addRow(['收到申请日期', '申请渠道']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(checkOfficePackage(bytes)).toMatchObject({ ok: true, kind: 'xlsx', mainPart: 'xl/workbook.xml' });
  });

  it('allows an office file embedded where OOXML puts them (a chart’s workbook)', () => {
    const chartData = buildMinimalDocx('图表数据');
    const bytes = buildMinimalDocx('一、总体情况', [
      { name: 'word/embeddings/Microsoft_Excel_Worksheet1.docx', content: chartData },
    ]);
    expect(problemOf(bytes)).toBe('ok:docx');
  });

  it('flags macros', () => {
    const bytes = buildMinimalDocx('x', [{ name: 'word/vbaProject.bin', content: 'x' }]);
    expect(checkOfficePackage(bytes)).toMatchObject({ ok: true, hasMacros: true });
  });
});

describe('checkOfficePackage refuses disguised and hostile archives (issue 8, item 4)', () => {
  it('refuses any ZIP that merely has an entry named word/document.xml', () => {
    expect(problemOf(buildStoredZip({ 'word/document.xml': '<w:document/>' }))).toBe('not-office');
  });

  it('refuses a package whose content types do not declare the main part', () => {
    const bytes = buildZip([
      ...docxPackageParts('application/xml'),
      { name: 'word/document.xml', content: '<w:document/>' },
    ]);
    expect(problemOf(bytes)).toBe('not-office');
  });

  it('refuses a package whose relationship does not point at the main part', () => {
    const [types] = docxPackageParts();
    const bytes = buildZip([
      types!,
      { name: '_rels/.rels', content: '<Relationships/>' },
      { name: 'word/document.xml', content: '<w:document/>' },
    ]);
    expect(problemOf(bytes)).toBe('not-office');
  });

  it('refuses a 1 GB bomb that declares its size, without inflating it', () => {
    const bytes = buildZipBombDocx(1024 * MiB);
    expect(bytes.length).toBeLessThan(2 * MiB);
    expect(problemOf(bytes)).toBe('too-large');
  });

  it('refuses a bomb whose directory lies about its size, measured while inflating', () => {
    expect(problemOf(buildZipBombDocx(256 * MiB, 1000))).toBe('too-large');
  });

  it('refuses parts that together inflate past the limit though each is small', () => {
    const part = 'x'.repeat(MiB);
    const extra = Array.from({ length: 70 }, (_, index) => ({
      name: `word/media/p${index}.bin`,
      content: part,
      deflate: true,
    }));
    expect(problemOf(buildMinimalDocx('x', extra))).toBe('too-large');
    expect(OFFICE_LIMITS.maxInflatedBytes).toBeLessThan(70 * MiB);
  });

  it('bounds each XML part more tightly when asked, and says which limit was passed', () => {
    const limits = { ...OFFICE_LIMITS, maxXmlPartBytes: 16 * MiB };
    expect(checkOfficePackage(buildHugeXmlDocx(20 * MiB), limits)).toEqual({
      ok: false,
      problem: 'too-large',
      limitBytes: 16 * MiB,
    });
    expect(checkOfficePackage(buildZipBombDocx(1024 * MiB), limits)).toMatchObject({ limitBytes: 64 * MiB });
  });

  it('refuses a nested ZIP outside embeddings/', () => {
    expect(problemOf(buildNestedZipDocx())).toBe('nested-archive');
  });

  it('refuses a 60,000-entry ZIP by its directory', () => {
    expect(problemOf(buildManyEntriesDocx(60_000))).toBe('too-many-entries');
  });

  it.each([
    ['an element left open', '<w:document><w:body>'],
    ['two root elements', '<w:document/><w:document/>'],
    ['a DTD (entity expansion)', '<!DOCTYPE d [<!ENTITY a "aaaa">]><w:document>&a;</w:document>'],
  ])('refuses XML parts with %s', (_name, xml) => {
    const bytes = buildZip([...docxPackageParts(), { name: 'word/document.xml', content: xml }]);
    expect(problemOf(bytes)).toBe('malformed-xml');
  });
});

describe('readZipDirectory', () => {
  it('refuses duplicate names (two readers could pick different ones)', () => {
    const bytes = buildZip([
      { name: 'a.xml', content: '<a/>' },
      { name: 'A.xml', content: '<b/>' },
    ]);
    expect(readZipDirectory(bytes, 10)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('refuses entries that share compressed data (overlapping bombs)', () => {
    const bytes = Buffer.from(
      buildZip([
        { name: 'a.xml', content: '<a/>' },
        { name: 'b.xml', content: '<a/>' },
      ]),
    );
    const end = bytes.length - 22;
    const directory = bytes.readUInt32LE(end + 16);
    const second = directory + 46 + 'a.xml'.length;
    bytes.writeUInt32LE(0, second + 42); // b.xml's local header → a.xml's
    expect(readZipDirectory(bytes, 10)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('refuses path-like names and encrypted entries', () => {
    expect(readZipDirectory(buildStoredZip({ '../evil.xml': '<a/>' }), 10)).toEqual({
      ok: false,
      problem: 'damaged',
    });
    const encrypted = Buffer.from(buildStoredZip({ 'a.xml': '<a/>' }));
    encrypted.writeUInt16LE(1, encrypted.length - 22 - 46 - 'a.xml'.length + 8);
    expect(readZipDirectory(encrypted, 10)).toEqual({ ok: false, problem: 'unsupported' });
  });
});
