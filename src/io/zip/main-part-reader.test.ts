import { describe, expect, it } from 'vitest';
import { checkAndReadDocumentBytes } from '../ooxml-bytes.ts';
import { documentXmlToText } from '../ooxml-text.ts';
import { buildMinimalDocx, buildZip, docxPackageParts, type ZipEntrySpec } from '../testing/minimal-zip.ts';
import { checkOfficePackage, OFFICE_LIMITS, type MainPartReader } from './office-package.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const documentPart = (xml: string): ZipEntrySpec => ({
  name: 'word/document.xml',
  content: xml,
  deflate: true,
});
const wordXml = (body: string) =>
  `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;

/** A reader that records its calls and answers as checkAndReadDocumentBytes (as sniff.ts). */
function recordingReader(kind: MainPartReader['kind'] = 'docx') {
  const calls: { part: string; text: string | null }[] = [];
  const reader: MainPartReader = {
    kind,
    read: (xml, part) => {
      const text = checkAndReadDocumentBytes(xml);
      calls.push({ part, text });
      return text !== null;
    },
  };
  return { calls, reader };
}

/** Bodies of word/document.xml: plain, merely unusual (htmlparser2 reads them) and broken. */
const BODIES = [
  wordXml('<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>'),
  wordXml('<w:p><w:r><w:t><![CDATA[a<b>]]>&#20013;&nbsp;</w:t></w:r></w:p>'),
  wordXml(
    "<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val='restart'/></w:tcPr><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
  ),
  wordXml('<w:p>a & b</w:p>'),
  wordXml('<w:p></w:body>'),
  wordXml('<w:p>') + 'junk',
  '<!DOCTYPE x [<!ENTITY a "b">]>' + wordXml(''),
  wordXml('') + '<second/>',
  '',
];

describe('checkOfficePackage with a main-part reader (one pass over the document part)', () => {
  it('hands the main part to the reader once, with the verdict and text of the two-pass way', () => {
    for (const xml of BODIES) {
      const bytes = buildZip([...docxPackageParts(), documentPart(xml)]);
      const { calls, reader } = recordingReader();
      const withReader = checkOfficePackage(bytes, OFFICE_LIMITS, reader);
      expect(withReader).toEqual(checkOfficePackage(bytes));
      expect(calls).toHaveLength(1);
      expect(calls[0]!.part).toBe('word/document.xml');
      expect(calls[0]!.text).toBe(withReader.ok ? documentXmlToText(xml) : null);
    }
  });

  it('finds the main part when [Content_Types].xml comes last (as the docx library writes it)', () => {
    const [types, rels] = docxPackageParts();
    const bytes = buildZip([documentPart(wordXml('<w:p>x</w:p>')), rels!, types!]);
    const { calls, reader } = recordingReader();
    expect(checkOfficePackage(bytes, OFFICE_LIMITS, reader)).toMatchObject({ ok: true, kind: 'docx' });
    expect(calls).toEqual([{ part: 'word/document.xml', text: 'x' }]);
  });

  it('leaves the part to the walk for another kind, UTF-16, or unreadable content types', () => {
    const cases: Uint8Array[] = [
      buildMinimalDocx('x'),
      buildZip([
        ...docxPackageParts(),
        { name: 'word/document.xml', content: Buffer.from(`\ufeff${wordXml('')}`, 'utf16le') },
      ]),
      buildZip([
        { name: '[Content_Types].xml', content: '<Types><Override></Types>' },
        documentPart(wordXml('')),
      ]),
    ];
    cases.forEach((bytes, index) => {
      const { calls, reader } = recordingReader(index === 0 ? 'xlsx' : 'docx');
      expect(checkOfficePackage(bytes, OFFICE_LIMITS, reader)).toEqual(checkOfficePackage(bytes));
      expect(calls).toEqual([]);
    });
  });

  it('reports the first problem in archive order, as without a reader', () => {
    const broken = { name: 'word/styles.xml', content: '<a><b></a>' };
    const nested = { name: 'word/media/x.bin', content: buildMinimalDocx('x') };
    const orders: ZipEntrySpec[][] = [
      [...docxPackageParts(), documentPart(wordXml('<w:p>')), nested],
      [...docxPackageParts(), nested, documentPart(wordXml('<w:p>'))],
      [broken, ...docxPackageParts(), documentPart(wordXml(''))],
      [documentPart(wordXml('<w:p>')), broken, ...docxPackageParts()],
    ];
    for (const entries of orders) {
      const bytes = buildZip(entries);
      const { reader } = recordingReader();
      expect(checkOfficePackage(bytes, OFFICE_LIMITS, reader)).toEqual(checkOfficePackage(bytes));
    }
  });

  it('keeps the inflation budget: the peeked content types still count in their turn', () => {
    const [types, rels] = docxPackageParts();
    const document = documentPart(wordXml('<w:p>一、总体情况</w:p>'));
    for (const entries of [
      [types!, rels!, document],
      [document, rels!, types!],
    ]) {
      const bytes = buildZip(entries);
      for (let maxInflatedBytes = 100; maxInflatedBytes < 1200; maxInflatedBytes += 50) {
        const limits = { maxEntries: 10, maxInflatedBytes };
        expect(checkOfficePackage(bytes, limits, recordingReader().reader)).toEqual(
          checkOfficePackage(bytes, limits),
        );
      }
    }
  });
});
