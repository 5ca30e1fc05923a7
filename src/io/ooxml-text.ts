/**
 * Word's document.xml → report text: paragraphs become lines, each table row becomes one line
 * `| a | b |`. A cell continued from the row above (vertical merge) is not repeated; a cell spanning
 * columns appears once — the same shape the HTML reader produces, so the parser sees one format.
 *
 * Written by hand instead of mammoth (DOCX → HTML) because mammoth took ≈ 350 ms on a one-page
 * report; this streaming walk takes a few ms (docs/decisions/005-docx-reader.md).
 */
import { Parser } from 'htmlparser2';
import { plainAttributes, scanPlainXml } from './zip/plain-xml.ts';
import { walkXml } from './zip/xml-part.ts';

type Cell = { text: string; isContinuation: boolean };
type Row = Cell[];
type TableFrame = { rows: Row[]; row: Row | null; cell: Cell | null };

/** Collects paragraphs and tables while the XML streams by. */
class DocumentWalker {
  private readonly lines: string[] = [];
  private readonly tables: TableFrame[] = [];
  private paragraph = '';
  private skipDepth = 0;

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    if (name === 'w:del' || name === 'w:instrText' || name === 'w:delText') {
      this.skipDepth += 1;
      return;
    }
    const table = this.tables[this.tables.length - 1];
    switch (name) {
      case 'w:tbl':
        this.flushParagraph();
        this.tables.push({ rows: [], row: null, cell: null });
        break;
      case 'w:tr':
        if (table) {
          table.row = [];
        }
        break;
      case 'w:tc':
        if (table) {
          table.cell = { text: '', isContinuation: false };
        }
        break;
      case 'w:vMerge':
        if (table?.cell && attributes['w:val'] !== 'restart') {
          table.cell.isContinuation = true;
        }
        break;
      case 'w:tab':
        this.paragraph += ' ';
        break;
      case 'w:br':
      case 'w:cr':
        this.paragraph += table ? ' ' : '\n';
        break;
      default:
        break;
    }
  }

  text(value: string): void {
    if (this.skipDepth === 0) {
      this.paragraph += value;
    }
  }

  close(name: string): void {
    if (name === 'w:del' || name === 'w:instrText' || name === 'w:delText') {
      this.skipDepth = Math.max(0, this.skipDepth - 1);
      return;
    }
    const table = this.tables[this.tables.length - 1];
    if (name === 'w:p') {
      if (table?.cell) {
        table.cell.text += (table.cell.text ? ' ' : '') + this.paragraph.trim();
        this.paragraph = '';
      } else {
        this.flushParagraph();
      }
    } else if (name === 'w:tc' && table?.cell && table.row) {
      table.row.push(table.cell);
      table.cell = null;
    } else if (name === 'w:tr' && table?.row) {
      table.rows.push(table.row);
      table.row = null;
    } else if (name === 'w:tbl' && table) {
      this.tables.pop();
      this.emitTable(table);
    }
  }

  private emitTable(table: TableFrame): void {
    const lines = table.rows.map((row) => {
      const cells = row.filter((c) => !c.isContinuation).map((c) => c.text.replace(/\s+/g, ' ').trim());
      return `| ${cells.join(' | ')} |`;
    });
    const outer = this.tables[this.tables.length - 1];
    if (outer?.cell) {
      outer.cell.text += ` ${lines.join(' ')}`; // a nested table flattens into its cell
    } else {
      this.lines.push(...lines);
    }
  }

  private flushParagraph(): void {
    const text = this.paragraph.replace(/[ \t]+/g, ' ').trim();
    this.paragraph = '';
    if (text) {
      this.lines.push(text);
    }
  }

  result(): string {
    this.flushParagraph();
    return this.lines.join('\n');
  }
}

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

/** What DocumentWalker.open gets for the elements whose attributes it does not read (never written). */
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

/** The text when the XML is in the plain form (zip/plain-xml.ts), else null. */
function readPlain(xml: string): string | null {
  const plain = new DocumentWalker();
  const isPlain = scanPlainXml(xml, {
    // Only w:vMerge's attributes are read (DocumentWalker.open): the others are not parsed.
    open: (name, attributes) =>
      plain.open(name, name === 'w:vMerge' ? plainAttributes(attributes) : NO_ATTRIBUTES),
    text: (value) => plain.text(value),
    close: (name) => plain.close(name),
  });
  return isPlain ? plain.result() : null;
}

function readWithParser(xml: string): string {
  const walker = new DocumentWalker();
  const parser = new Parser(
    {
      onopentag: (name, attributes) => walker.open(name, attributes),
      ontext: (value) => walker.text(value),
      onclosetag: (name) => walker.close(name),
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return walker.result();
}
