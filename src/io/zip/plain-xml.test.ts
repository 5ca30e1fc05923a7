import { describe, expect, it } from 'vitest';
import { documentXmlToText } from '../ooxml-text.ts';
import { plainAttributes, scanPlainXml, type PlainXmlHandlers } from './plain-xml.ts';
import { walkXml } from './xml-part.ts';

function events(xml: string): { isPlain: boolean; seen: string[] } {
  const seen: string[] = [];
  const handlers: PlainXmlHandlers = {
    open: (name, attributes) => seen.push(`<${name}${attributes}>`),
    text: (value) => seen.push(value),
    close: (name) => seen.push(`</${name}>`),
  };
  return { isPlain: scanPlainXml(xml, handlers), seen };
}

describe('scanPlainXml', () => {
  it('reads plain XML as htmlparser2 would: tags, self-closing tags, decoded text', () => {
    const xml =
      '<?xml version="1.0"?>\n<w:p a="1"><w:r><w:t>甲&amp;乙&lt;</w:t></w:r><w:br/><!-- x --></w:p>\n';
    expect(events(xml)).toEqual({
      isPlain: true,
      seen: [
        '\n',
        '<w:p a="1">',
        '<w:r>',
        '<w:t>',
        '甲&乙<',
        '</w:t>',
        '</w:r>',
        '<w:br>',
        '</w:br>',
        '</w:p>',
        '\n',
      ],
    });
  });

  it.each([
    ['an element left open', '<a><b></a>'],
    ['two roots', '<a/><b/>'],
    ['text outside the root', '<a/>x'],
    ['a DOCTYPE', '<!DOCTYPE a><a/>'],
    ['an unquoted attribute', '<a b=1/>'],
    ['no root', '<?xml version="1.0"?>'],
  ])('is not plain with %s (htmlparser2 decides)', (_, xml) => {
    expect(scanPlainXml(xml)).toBe(false);
  });

  it('leaves numeric and unknown entities to htmlparser2 when text is read', () => {
    expect(events('<a>&#20013;</a>').isPlain).toBe(false);
    expect(events('<a>&nbsp;</a>').isPlain).toBe(false);
    expect(scanPlainXml('<a>&#20013;</a>')).toBe(true); // no text handler: only the structure counts
  });

  it('keeps the first of repeated attributes, as htmlparser2 does', () => {
    expect(plainAttributes(' w:val="restart" w:val=\'x\'')).toEqual({ 'w:val': 'restart' });
  });

  it('gives walkXml and the DOCX reader the same results as htmlparser2 on broken variants', () => {
    const base =
      '<w:document><w:body><w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:t>规章</w:t></w:p></w:tc>' +
      '<w:tc><w:p><w:t>0</w:t></w:p></w:tc></w:tr></w:tbl><w:p><w:t>一、总体情况</w:t></w:p></w:body></w:document>';
    for (let cut = 0; cut < base.length; cut += 7) {
      for (const variant of [
        base.slice(0, cut) + base.slice(cut + 5),
        base.slice(0, cut) + '<x>' + base.slice(cut),
      ]) {
        expect(walkXml(variant)).toBe(walkXml(variant, () => undefined)); // with a handler: htmlparser2 only
      }
    }
    expect(documentXmlToText(base)).toBe('| 规章 | 0 |\n一、总体情况');
  });
});
