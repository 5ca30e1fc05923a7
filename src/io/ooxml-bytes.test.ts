import { describe, expect, it } from 'vitest';
import { renderReport } from '../render/index.ts';
import { expectedData, reportWithProse, SEED_IDS } from '../../test/fixtures.ts';
import { checkAndReadDocumentBytes } from './ooxml-bytes.ts';
import { checkAndReadDocumentXml, documentXmlToText } from './ooxml-text.ts';
import { xmlVariants } from './testing/xml-mutations.ts';
import { decodeXmlPart, isWellFormedXmlPart, walkXml } from './zip/xml-part.ts';
import { readZipEntry } from './zip/zip-read.ts';

/** The reading before decision 022's Run E: decode the whole part, then read the string. */
function stringReading(bytes: Uint8Array): string | null {
  const xml = decodeXmlPart(bytes);
  return xml === null ? null : checkAndReadDocumentXml(xml);
}

function stringVerdict(bytes: Uint8Array): boolean {
  const xml = decodeXmlPart(bytes);
  return xml !== null && walkXml(xml);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const SMALL =
  `<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r><w:t>（一）主动公开</w:t><w:tab/><w:t>&amp;</w:t></w:r></w:p>` +
  "<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val='restart'/></w:tcPr><w:p><w:r><w:t> 规章 </w:t></w:r></w:p>" +
  '<w:p><w:r><w:t>第二段</w:t><w:br/><w:t>续</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>0</w:t></w:r></w:p></w:tc></w:tr>' +
  '<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>内</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>' +
  '<w:p><w:del><w:r><w:delText>删</w:delText></w:r></w:del><w:r><w:t xml:space="preserve"> 尾  \t 行 </w:t></w:r></w:p></w:body></w:document>';

describe('checkAndReadDocumentBytes (the document part read from its bytes)', () => {
  it('reads a plain part as the string reader does', () => {
    expect(checkAndReadDocumentBytes(Buffer.from(SMALL))).toBe(documentXmlToText(SMALL));
    expect(checkAndReadDocumentBytes(Buffer.from(SMALL))).toBe(
      '（一）主动公开 &\n| 规章 第二段 续 | 0 |\n| | 内 | |\n尾 行', // the merged cell left out, the nested table in its cell,
    );
  });

  it('gives the string reading’s text or refusal on 2,000 variants, plain, unusual and broken', () => {
    let read = 0;
    let refused = 0;
    for (const bytes of xmlVariants(SMALL, 2000, 9)) {
      const expected = stringReading(bytes);
      expect(checkAndReadDocumentBytes(bytes)).toBe(expected);
      expect(isWellFormedXmlPart(bytes)).toBe(stringVerdict(bytes));
      if (expected === null) {
        refused += 1;
      } else {
        read += 1;
      }
    }
    expect(read).toBeGreaterThan(250);
    expect(refused).toBeGreaterThan(250);
  });

  it('gives the same on variants of a real report’s document part', async () => {
    const seed = SEED_IDS.find((id) => expectedData(id).format !== 'legacy')!;
    const docx = await renderReport(reportWithProse(seed), 'docx');
    const part = Buffer.from(readZipEntry(docx, 'word/document.xml')!).toString('utf8');
    expect(checkAndReadDocumentBytes(Buffer.from(part))).toBe(documentXmlToText(part));
    for (const bytes of xmlVariants(part, 30, 4)) {
      expect(checkAndReadDocumentBytes(bytes)).toBe(stringReading(bytes));
      expect(isWellFormedXmlPart(bytes)).toBe(stringVerdict(bytes));
    }
  });

  it('refuses bytes that are not UTF-8, and reads UTF-16 through the string path', () => {
    expect(checkAndReadDocumentBytes(Buffer.from([0x3c, 0x61, 0xff, 0x2f, 0x3e]))).toBeNull();
    expect(isWellFormedXmlPart(Buffer.from([0x3c, 0x61, 0xff, 0x2f, 0x3e]))).toBe(false);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SMALL, 'utf16le')]);
    expect(checkAndReadDocumentBytes(utf16)).toBe(documentXmlToText(SMALL));
    expect(checkAndReadDocumentBytes(Buffer.alloc(0))).toBeNull();
  });
});
