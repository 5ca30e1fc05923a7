import { isUtf8 } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { xmlVariants } from '../testing/xml-mutations.ts';
import { scanPlainXml } from './plain-xml.ts';
import { scanPlainXmlBytes } from './plain-xml-bytes.ts';
import { decodeXmlPart } from './xml-part.ts';

/** The events of the string scanner, text runs joined (readers only concatenate them). */
function stringEvents(xml: string): { isPlain: boolean; seen: string[] } {
  const seen: string[] = [];
  const text = (value: string) => {
    const last = seen.length - 1;
    if (last >= 0 && !seen[last]!.startsWith('\u0000')) {
      seen[last] += value;
    } else {
      seen.push(value);
    }
  };
  const isPlain = scanPlainXml(xml, {
    open: (name, attributes) => seen.push(`\u0000<${name}${attributes}>`),
    text,
    close: (name) => seen.push(`\u0000</${name}>`),
  });
  return { isPlain, seen };
}

/** The same events from the byte scanner, its ranges decoded. */
function byteEvents(bytes: Buffer): { isPlain: boolean; seen: string[] } {
  const seen: string[] = [];
  const text = (value: string) => {
    const last = seen.length - 1;
    if (last >= 0 && !seen[last]!.startsWith('\u0000')) {
      seen[last] += value;
    } else {
      seen.push(value);
    }
  };
  const slice = (start: number, end: number) => bytes.toString('utf8', start, end);
  const isPlain = scanPlainXmlBytes(bytes, {
    open: (nameStart, nameEnd, attributesStart, attributesEnd) =>
      seen.push(`\u0000<${slice(nameStart, nameEnd)}${slice(attributesStart, attributesEnd)}>`),
    text: (start, end) => text(slice(start, end)),
    entity: (code) => text(String.fromCharCode(code)),
    close: (nameStart, nameEnd) => seen.push(`\u0000</${slice(nameStart, nameEnd)}>`),
  });
  return { isPlain, seen };
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const BASE =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document ${W}><w:body>` +
  '<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">规章 </w:t></w:r></w:p></w:tc>' +
  '<w:tc><w:p><w:r><w:t>0</w:t><w:tab/><w:t>&lt;1&amp;2&gt;</w:t></w:r></w:p></w:tc></w:tr>' +
  "<w:tr><w:tc><w:tcPr><w:vMerge w:val = 'continue' /></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>3</w:t></w:r></w:p></w:tc></w:tr></w:tbl>" +
  '<!-- 注释 --><w:p><w:r><w:t>一、总体情况</w:t><w:br/><w:t>（一）主动公开</w:t></w:r></w:p>' +
  '<w:p><w:del><w:r><w:delText>删去</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>' +
  '</w:body></w:document>\n';

describe('scanPlainXmlBytes', () => {
  it('gives the string scanner’s events for plain XML, from the bytes', () => {
    const bytes = Buffer.from(BASE);
    expect(byteEvents(bytes)).toEqual(stringEvents(BASE));
    expect(byteEvents(bytes).isPlain).toBe(true);
    expect(scanPlainXmlBytes(Buffer.from(`\ufeff${BASE}`))).toBe(true); // the decoder drops the BOM
  });

  it('says "plain" only where the string scanner does, with the same events (3,000 variants)', () => {
    let plain = 0;
    let left = 0;
    for (const bytes of xmlVariants(BASE, 3000, 22)) {
      const text = decodeXmlPart(bytes);
      const byBytes = isUtf8(bytes) ? byteEvents(bytes) : { isPlain: false, seen: [] };
      if (byBytes.isPlain) {
        plain += 1;
        expect(text).not.toBeNull();
        expect(byBytes).toEqual(stringEvents(text!));
        expect(scanPlainXmlBytes(bytes)).toBe(true);
        expect(scanPlainXml(text!)).toBe(true);
      } else if (text !== null && stringEvents(text).isPlain) {
        left += 1; // outside the byte subset: the caller decodes and takes the string path
      }
      if (isUtf8(bytes) && scanPlainXmlBytes(bytes)) {
        expect(scanPlainXml(text!)).toBe(true); // the verdict alone (CDATA allowed) as well
      }
    }
    expect(plain).toBeGreaterThan(400); // 481 with this seed: a sixth stays well-formed
    expect(left).toBeGreaterThan(0);
  });

  it('leaves Unicode spaces in tags and outside the root to the string path', () => {
    const cases = ['<a\u3000b="1"></a>', '<a>x</a\u00a0>', '\u3000<a/>', '<a/>\ufeff'];
    for (const xml of cases) {
      expect(stringEvents(xml).isPlain).toBe(true);
      expect(byteEvents(Buffer.from(xml)).isPlain).toBe(false);
    }
    const cdata = '<a><![CDATA[x]]></a>'; // CDATA: the structure only without a reader, as walkXml
    expect([scanPlainXmlBytes(Buffer.from(cdata)), scanPlainXml(cdata)]).toEqual([true, true]);
    expect(byteEvents(Buffer.from(cdata)).isPlain).toBe(false);
  });

  it('refuses what the string scanner refuses', () => {
    const broken = [
      '',
      ' ',
      '<a>',
      '<a></b>',
      '</a>',
      '<a/><b/>',
      'x<a/>',
      '<a b="<"/>',
      '<a b="&amp;"/>',
      '<a b="1"c="2"/>',
      '<a b/>',
      '<a>&#20013;</a>',
      '<a>&</a>',
      '<!DOCTYPE a><a/>',
      '<?>',
      '<a><!-- x</a>',
      '<a / >',
      '<1/>',
    ];
    for (const xml of broken) {
      expect([xml, scanPlainXml(xml, { open() {}, text() {}, close() {} })]).toEqual([xml, false]);
      expect([
        xml,
        scanPlainXmlBytes(Buffer.from(xml), { open() {}, text() {}, entity() {}, close() {} }),
      ]).toEqual([xml, false]);
    }
  });
});
