/**
 * The walk behind ooxml-text.ts: paragraphs become lines, each table row one line `| a | b |`; a
 * cell continued from the row above (vertical merge) is not repeated, a cell spanning columns
 * appears once. Elements arrive as codes (WORD_ELEMENT) and the paragraph's text collects in a
 * ParagraphText, so the same walk serves the string readers (htmlparser2, plain-xml.ts) and the
 * byte reader (ooxml-bytes.ts), which never makes a string of a tag name.
 */

/** The Word elements the walk acts on; every other element is OTHER. */
export const WORD_ELEMENT = {
  OTHER: 0,
  /** w:del, w:instrText, w:delText: their text is not the document's. */
  SKIPPED: 1,
  TABLE: 2,
  ROW: 3,
  CELL: 4,
  MERGE: 5,
  TAB: 6,
  /** w:br, w:cr */
  BREAK: 7,
  PARAGRAPH: 8,
} as const;

/** The names of the elements read, with their codes. */
export const WORD_ELEMENT_NAMES: ReadonlyMap<string, number> = new Map([
  ['w:del', WORD_ELEMENT.SKIPPED],
  ['w:instrText', WORD_ELEMENT.SKIPPED],
  ['w:delText', WORD_ELEMENT.SKIPPED],
  ['w:tbl', WORD_ELEMENT.TABLE],
  ['w:tr', WORD_ELEMENT.ROW],
  ['w:tc', WORD_ELEMENT.CELL],
  ['w:vMerge', WORD_ELEMENT.MERGE],
  ['w:tab', WORD_ELEMENT.TAB],
  ['w:br', WORD_ELEMENT.BREAK],
  ['w:cr', WORD_ELEMENT.BREAK],
  ['w:p', WORD_ELEMENT.PARAGRAPH],
]);

/**
 * @example wordElement('w:tbl') === WORD_ELEMENT.TABLE // true
 */
export function wordElement(name: string): number {
  return WORD_ELEMENT_NAMES.get(name) ?? WORD_ELEMENT.OTHER;
}

/** Where the text of the current paragraph collects; take() returns it all and starts anew. */
export type ParagraphText = { add(text: string): void; take(): string };

/** A paragraph collected as a string (the string readers). */
export class StringParagraph implements ParagraphText {
  private value = '';

  add(text: string): void {
    this.value += text;
  }

  take(): string {
    const value = this.value;
    this.value = '';
    return value;
  }
}

type Cell = { text: string; isContinuation: boolean };
type Row = Cell[];
type TableFrame = { rows: Row[]; row: Row | null; cell: Cell | null };

/** Collects paragraphs and tables while the XML streams by. */
export class DocumentWalker {
  private readonly lines: string[] = [];
  private readonly tables: TableFrame[] = [];
  private skipDepth = 0;

  constructor(private readonly paragraph: ParagraphText) {}

  /** Whether text seen now belongs to the document (not inside w:del and the like). */
  get readsText(): boolean {
    return this.skipDepth === 0;
  }

  /**
   * @param element a WORD_ELEMENT code
   * @param mergeValue for MERGE only: its `w:val` attribute
   */
  open(element: number, mergeValue?: string): void {
    if (element === WORD_ELEMENT.SKIPPED) {
      this.skipDepth += 1;
      return;
    }
    const table = this.tables[this.tables.length - 1];
    switch (element) {
      case WORD_ELEMENT.TABLE:
        this.flushParagraph();
        this.tables.push({ rows: [], row: null, cell: null });
        break;
      case WORD_ELEMENT.ROW:
        if (table) {
          table.row = [];
        }
        break;
      case WORD_ELEMENT.CELL:
        if (table) {
          table.cell = { text: '', isContinuation: false };
        }
        break;
      case WORD_ELEMENT.MERGE:
        if (table?.cell && mergeValue !== 'restart') {
          table.cell.isContinuation = true;
        }
        break;
      case WORD_ELEMENT.TAB:
        this.paragraph.add(' ');
        break;
      case WORD_ELEMENT.BREAK:
        this.paragraph.add(table ? ' ' : '\n');
        break;
      default:
        break;
    }
  }

  /** Text (entities decoded) of the document. */
  text(value: string): void {
    if (this.skipDepth === 0) {
      this.paragraph.add(value);
    }
  }

  /** @param element a WORD_ELEMENT code */
  close(element: number): void {
    if (element === WORD_ELEMENT.SKIPPED) {
      this.skipDepth = Math.max(0, this.skipDepth - 1);
      return;
    }
    const table = this.tables[this.tables.length - 1];
    if (element === WORD_ELEMENT.PARAGRAPH) {
      if (table?.cell) {
        table.cell.text += (table.cell.text ? ' ' : '') + this.paragraph.take().trim();
      } else {
        this.flushParagraph();
      }
    } else if (element === WORD_ELEMENT.CELL && table?.cell && table.row) {
      table.row.push(table.cell);
      table.cell = null;
    } else if (element === WORD_ELEMENT.ROW && table?.row) {
      table.rows.push(table.row);
      table.row = null;
    } else if (element === WORD_ELEMENT.TABLE && table) {
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
    const text = this.paragraph
      .take()
      .replace(/[ \t]+/g, ' ')
      .trim();
    if (text) {
      this.lines.push(text);
    }
  }

  /** The document's text: its lines joined. */
  result(): string {
    this.flushParagraph();
    return this.lines.join('\n');
  }
}
