/**
 * Our own reader of a PDF's text layer, for the files LibreOffice and Word write (decision 024):
 * the page tree, each page's content stream and fonts, producing the items pdf-to-text.ts would
 * build from pdf.js's getTextContent — or null whenever anything is outside what it knows, and
 * pdf.js reads the file instead. PDF_TEXT_DEBUG=1 prints why a file was declined.
 */
import type { PositionedText } from '../pdf-blocks.ts';
import { PdfFile } from './document.ts';
import { FontTable, pageText } from './content.ts';
import {
  Decline,
  decline,
  isDict,
  nameOf,
  PdfRef,
  PdfStream,
  type PdfDict,
  type PdfObject,
} from './objects.ts';

const MAX_PAGES = 10_000;
const MAX_TREE_DEPTH = 32;

/**
 * @param bytes the PDF file
 * @returns each page's text items in content-stream order, or null (read it with pdf.js)
 * @throws only what is not a decline (a bug): a decline of any kind returns null
 */
export function readTextLayer(bytes: Uint8Array): PositionedText[][] | null {
  try {
    const file = new PdfFile(bytes);
    const root = file.get(file.trailer, 'Root');
    if (!isDict(root)) {
      return decline('no catalog');
    }
    const pages = file.get(root, 'Pages');
    if (!isDict(pages)) {
      return decline('no page tree');
    }
    const leaves: Array<{ page: PdfDict; inherited: Inherited }> = [];
    collectPages(file, pages, {}, leaves, 0, new Set());
    if (leaves.length === 0) {
      decline('no pages');
    }
    const fonts = new FontTable(file);
    return leaves.map(({ page, inherited }) => readPage(file, fonts, page, inherited));
  } catch (error) {
    // RangeError: a code point or nesting beyond what JavaScript takes — also pdf.js's to judge.
    if (error instanceof Decline || error instanceof RangeError) {
      if (process.env.PDF_TEXT_DEBUG) {
        process.stderr.write(`pdf-text declined: ${error.message}\n`); // why pdf.js reads a file
      }
      return null;
    }
    throw error;
  }
}

type Inherited = {
  resources?: PdfObject | undefined;
  mediaBox?: PdfObject | undefined;
  cropBox?: PdfObject | undefined;
};

function collectPages(
  file: PdfFile,
  node: PdfDict,
  inherited: Inherited,
  leaves: Array<{ page: PdfDict; inherited: Inherited }>,
  depth: number,
  seen: Set<PdfDict>,
): void {
  if (depth > MAX_TREE_DEPTH || seen.has(node) || leaves.length > MAX_PAGES) {
    decline('page tree too deep');
  }
  seen.add(node);
  const here: Inherited = {
    resources: node.get('Resources') ?? inherited.resources,
    mediaBox: node.get('MediaBox') ?? inherited.mediaBox,
    cropBox: node.get('CropBox') ?? inherited.cropBox,
  };
  const type = nameOf(file.get(node, 'Type'));
  if (type === 'Page') {
    if (node.has('Kids')) {
      decline('page with kids');
    }
    leaves.push({ page: node, inherited: here });
    return;
  }
  if (type !== 'Pages') {
    decline('page tree node without /Type');
  }
  const kids = file.get(node, 'Kids');
  const count = file.get(node, 'Count');
  if (!Array.isArray(kids)) {
    return decline('page tree without /Kids');
  }
  const before = leaves.length;
  for (const kid of kids) {
    if (!(kid instanceof PdfRef)) {
      decline('page tree kid is not a reference');
    }
    const child = file.fetch(kid);
    if (!isDict(child)) {
      decline('page tree kid is not a dictionary');
    }
    collectPages(file, child, here, leaves, depth + 1, seen);
  }
  if (count !== leaves.length - before) {
    decline('page count does not match the tree');
  }
}

function readPage(file: PdfFile, fonts: FontTable, page: PdfDict, inherited: Inherited): PositionedText[] {
  const resources = file.resolve(inherited.resources);
  if (!isDict(resources)) {
    return decline('page without resources');
  }
  const mediaBox = box(file, inherited.mediaBox) ?? decline('bad MediaBox');
  const cropBox = inherited.cropBox === undefined ? mediaBox : box(file, inherited.cropBox);
  if (cropBox === null || cropBox.some((v, i) => v !== mediaBox[i])) {
    decline('CropBox differs from MediaBox');
  }
  let contents = file.get(page, 'Contents');
  if (Array.isArray(contents)) {
    if (contents.length !== 1) {
      decline('several content streams');
    }
    contents = file.resolve(contents[0]);
  }
  if (contents === undefined) {
    return [];
  }
  if (!(contents instanceof PdfStream)) {
    return decline('content is not a stream');
  }
  return pageText(file, fonts, resources, file.decode(contents), mediaBox);
}

/** A rectangle of four numbers, normalised as pdf.js does; null when empty or malformed. */
function box(file: PdfFile, value: PdfObject | undefined): number[] | null {
  const array = file.resolve(value);
  if (!Array.isArray(array) || array.length !== 4) {
    return null;
  }
  const n = array.map((v) => file.resolve(v));
  if (!n.every((v): v is number => typeof v === 'number')) {
    return null;
  }
  const [x0, y0, x1, y1] = n as [number, number, number, number];
  const rect = [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)];
  return rect[2]! - rect[0]! > 0 && rect[3]! - rect[1]! > 0 ? rect : null;
}
