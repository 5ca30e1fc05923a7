/**
 * Word's document.xml (as text) → report text: paragraphs become lines, each table row becomes one
 * line `| a | b |` (ooxml-walker.ts) — the same shape the HTML reader produces, so the parser sees
 * one format. ooxml-bytes.ts reads the part from its bytes and comes here for unusual XML.
 *
 * Written by hand instead of mammoth (DOCX → HTML) because mammoth took ≈ 350 ms on a one-page
 * report; this streaming walk takes a few ms (docs/decisions/005-docx-reader.md).
 */
import { Parser } from 'htmlparser2';
import { DocumentWalker, StringParagraph, WORD_ELEMENT, wordElement } from './ooxml-walker.ts';
import { plainAttributes, scanPlainXml } from './zip/plain-xml.ts';
import { walkXml } from './zip/xml-part.ts';

/**
 * @param xml the text of word/document.xml
 * @returns the document as lines of text, tables one row per line
 * @example documentXmlToText('<w:document><w:body><w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p></w:body></w:document>') // '一、总体情况'
 */
export function documentXmlToText(xml: string): string {
  return readPlain(xml) ?? readWithParser(xml);
}

/**
 * Reads word/document.xml and checks it in the same pass, for office-package.ts's MainPartReader:
 * the package check's walk and the reading were two scans of the largest part (decision 022).
 * @returns the text as documentXmlToText gives it, or null when walkXml would refuse the XML
 * @example checkAndReadDocumentXml('<w:document><w:body><w:p></w:body></w:document>') // null
 */
export function checkAndReadDocumentXml(xml: string): string | null {
  const plain = readPlain(xml);
  if (plain !== null) {
    return plain; // the plain scan with handlers is stricter than walkXml's: well-formed
  }
  return walkXml(xml) ? readWithParser(xml) : null;
}

/** The text when the XML is in the plain form (zip/plain-xml.ts), else null. */
function readPlain(xml: string): string | null {
  const plain = new DocumentWalker(new StringParagraph());
  const isPlain = scanPlainXml(xml, {
    // Only w:vMerge's attributes are read (DocumentWalker.open): the others are not parsed.
    open: (name, attributes) => {
      const element = wordElement(name);
      plain.open(element, element === WORD_ELEMENT.MERGE ? plainAttributes(attributes)['w:val'] : undefined);
    },
    text: (value) => plain.text(value),
    close: (name) => plain.close(wordElement(name)),
  });
  return isPlain ? plain.result() : null;
}

function readWithParser(xml: string): string {
  const walker = new DocumentWalker(new StringParagraph());
  const parser = new Parser(
    {
      onopentag: (name, attributes) => walker.open(wordElement(name), attributes['w:val']),
      ontext: (value) => walker.text(value),
      onclosetag: (name) => walker.close(wordElement(name)),
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return walker.result();
}
