/**
 * HTML → the plain text the report parser reads. Paragraphs and other blocks become lines; every
 * table row becomes one line `| cell | cell |`, exactly as the HTML has its cells: a cell covered
 * by a rowspan from above is not repeated and a colspan cell appears once.
 */
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';

type DocumentNode = ReturnType<typeof parseDocument>;
type DomNode = DocumentNode['children'][number];
type ElementNode = Extract<DomNode, { attribs: Record<string, string> }>;
type TextNode = Extract<DomNode, { type: typeof ElementType.Text }>;

/** Elements whose content is never text of the page. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'head',
  'svg',
  'iframe',
  'template',
  'object',
  'embed',
  'canvas',
  'select',
  'button',
  'map',
  'audio',
  'video',
  'math',
]);

/** Elements that end a line before and after themselves. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const TABLE_SECTIONS = new Set(['thead', 'tbody', 'tfoot']);
const CELLS = new Set(['td', 'th']);

/**
 * Converts an HTML page or fragment to text lines.
 * @param html the markup (entities are decoded)
 * @returns lines joined by `\n`, without empty lines
 * @example htmlToText('<p>一、总体情况</p><table><tr><td>规章</td><td>0</td></tr></table>')
 *   // '一、总体情况\n| 规章 | 0 |'
 */
export function htmlToText(html: string): string {
  const document = parseDocument(html, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  });
  const sink = new LineSink();
  renderChildren(document.children, sink);
  sink.endLine();
  return sink.lines.join('\n');
}

/** Collects lines; inline text accumulates until a block boundary ends the line. */
class LineSink {
  readonly lines: string[] = [];
  private current = '';

  addText(text: string): void {
    this.current += text;
  }

  endLine(): void {
    const line = normalizeInline(this.current);
    if (line !== '') {
      this.lines.push(line);
    }
    this.current = '';
  }

  pushLine(line: string): void {
    this.endLine();
    this.lines.push(line);
  }
}

/**
 * Collapses runs of whitespace (including no-break spaces and line breaks) to one space, drops
 * zero-width characters and trims. The ideographic space U+3000 inside a line is kept.
 */
function normalizeInline(text: string): string {
  return text
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f]+/g, ' ')
    .trim();
}

/** Script and style elements have their own node types but are elements all the same. */
function isElement(node: DomNode): node is ElementNode {
  return node.type === ElementType.Tag || node.type === ElementType.Script || node.type === ElementType.Style;
}

function isTextNode(node: DomNode): node is TextNode {
  return node.type === ElementType.Text;
}

function childrenOf(node: DomNode): readonly DomNode[] {
  return 'children' in node ? node.children : [];
}

function renderChildren(nodes: readonly DomNode[], sink: LineSink): void {
  for (const node of nodes) {
    renderNode(node, sink);
  }
}

function renderNode(node: DomNode, sink: LineSink): void {
  if (isTextNode(node)) {
    sink.addText(node.data);
    return;
  }
  if (!isElement(node)) {
    renderChildren(childrenOf(node), sink);
    return;
  }
  if (isHidden(node)) {
    return;
  }
  switch (node.name) {
    case 'br':
      sink.endLine();
      return;
    case 'table':
      renderTable(node, sink);
      return;
    case 'pre':
      renderPre(node, sink);
      return;
    default:
      break;
  }
  const isBlock = BLOCKS.has(node.name);
  if (isBlock) {
    sink.endLine();
  }
  renderChildren(node.children, sink);
  if (isBlock) {
    sink.endLine();
  }
}

function isHidden(element: ElementNode): boolean {
  if (SKIPPED.has(element.name) || element.attribs['hidden'] !== undefined) {
    return true;
  }
  const style = element.attribs['style'];
  return style !== undefined && /(?:^|;)\s*display\s*:\s*none/i.test(style);
}

function renderPre(element: ElementNode, sink: LineSink): void {
  sink.endLine();
  for (const line of DomUtils.textContent(element).split(/\r?\n/)) {
    sink.addText(line);
    sink.endLine();
  }
}

/** Walks a table in document order: caption, rows (also inside thead/tbody/tfoot), stray content. */
function renderTable(table: ElementNode, sink: LineSink): void {
  sink.endLine();
  renderTableChildren(table.children, sink);
  sink.endLine();
}

function renderTableChildren(nodes: readonly DomNode[], sink: LineSink): void {
  for (const node of nodes) {
    if (!isElement(node)) {
      renderNode(node, sink);
    } else if (node.name === 'tr') {
      renderRow(node, sink);
    } else if (TABLE_SECTIONS.has(node.name)) {
      renderTableChildren(node.children, sink);
    } else if (CELLS.has(node.name)) {
      // A cell outside any <tr> (sloppy markup): a row of its own.
      renderCells([node], sink);
    } else {
      renderNode(node, sink);
    }
  }
}

/**
 * One row → one line. A row that holds a nested table is page layout, not data: its cells are
 * rendered as ordinary blocks so the inner table keeps one line per row.
 */
function renderRow(row: ElementNode, sink: LineSink): void {
  renderCells(
    row.children.filter((child): child is ElementNode => isElement(child) && CELLS.has(child.name)),
    sink,
  );
}

function renderCells(cells: readonly ElementNode[], sink: LineSink): void {
  if (cells.length === 0) {
    return;
  }
  if (cells.some((cell) => !isHidden(cell) && containsTable(cell))) {
    for (const cell of cells) {
      sink.endLine();
      renderChildren(cell.children, sink);
      sink.endLine();
    }
    return;
  }
  const texts = cells.filter((cell) => !isHidden(cell)).map(cellText);
  sink.pushLine(`| ${texts.join(' | ')} |`);
}

function containsTable(cell: ElementNode): boolean {
  return (
    DomUtils.findOne((element) => element.name === 'table' && !isHidden(element), cell.children, true) !==
    null
  );
}

/** The text of one cell on one line: line breaks and blocks inside it become spaces. */
function cellText(cell: ElementNode): string {
  const parts: string[] = [];
  collectInline(cell.children, parts);
  return normalizeInline(parts.join(''));
}

function collectInline(nodes: readonly DomNode[], parts: string[]): void {
  for (const node of nodes) {
    if (isTextNode(node)) {
      parts.push(node.data);
    } else if (isElement(node)) {
      if (isHidden(node)) {
        continue;
      }
      const isBreak = node.name === 'br' || BLOCKS.has(node.name);
      if (isBreak) {
        parts.push(' ');
      }
      collectInline(node.children, parts);
      if (isBreak) {
        parts.push(' ');
      }
    } else {
      collectInline(childrenOf(node), parts);
    }
  }
}
