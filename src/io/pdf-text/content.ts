/**
 * Runs a page's content stream through the text state and the item builder, operator by operator
 * as pdf.js's getTextContent does. Operators that draw (paths, colours, clipping) are skipped; an
 * unknown operator, an inline image, a form XObject, a font set through `gs`, wrong operand
 * counts or types decline.
 */
import { loadFont, type TextFont } from './fonts.ts';
import { ARRAY_END, ARRAY_START, DICT_END, DICT_START, Lexer } from './lexer.ts';
import { readObject } from './read-object.ts';
import {
  decline,
  isDict,
  nameOf,
  PdfCmd,
  PdfName,
  PdfRef,
  PdfStream,
  type PdfDict,
  type PdfObject,
} from './objects.ts';
import type { PdfFile } from './document.ts';
import { TextItems } from './text-items.ts';
import { IDENTITY, StateStack } from './text-state.ts';
import type { PositionedText } from '../pdf-blocks.ts';

/** Operators that do not touch the text layer (pdf.js ignores them in getTextContent). */
const DRAWING = new Set(
  'w J j M d ri i m l c v y h re S s f F f* B B* b b* n W W* CS cs SC SCN sc scn G g RG rg K k sh MP DP BX EX Tr'.split(
    ' ',
  ),
);
const MAX_OPERANDS = 33;

/** Fonts of one document: by object, and the names they go by (must not be shared). */
export class FontTable {
  private readonly byId = new Map<string, TextFont>();
  private readonly names = new Map<string, string>();

  constructor(private readonly file: PdfFile) {}

  font(resources: PdfDict, name: string): TextFont {
    const fonts = this.file.get(resources, 'Font');
    if (!isDict(fonts) || !fonts.has(name)) {
      return decline('font resource not found');
    }
    const ref = fonts.get(name);
    const known = ref instanceof PdfRef ? this.byId.get(ref.key) : undefined;
    if (known) {
      return known;
    }
    const font = loadFont(this.file, ref);
    // pdf.js compares fonts by name (FontName, or BaseFont) when the resource changes.
    for (const name of font.names) {
      if ((this.names.get(name) ?? font.id) !== font.id) {
        decline('two fonts with one name');
      }
      this.names.set(name, font.id);
    }
    this.byId.set(font.id, font);
    return font;
  }
}

/**
 * @param content the decoded content stream
 * @param viewBox the page's view (CropBox ∩ MediaBox)
 * @returns the page's text items as pdf-to-text.ts builds them from pdf.js's
 */
export function pageText(
  file: PdfFile,
  fonts: FontTable,
  resources: PdfDict,
  content: Uint8Array,
  viewBox: readonly number[],
): PositionedText[] {
  const states = new StateStack();
  const items = new TextItems(states, viewBox);
  const lexer = new Lexer(content);
  const operands: PdfObject[] = [];
  for (let token = lexer.next(); token !== null; token = lexer.next()) {
    if (!(token instanceof PdfCmd) || token === ARRAY_START || token === DICT_START) {
      operands.push(operand(lexer, token));
      if (operands.length > MAX_OPERANDS) {
        decline('too many operands');
      }
      continue;
    }
    if (token === ARRAY_END || token === DICT_END) {
      decline('stray delimiter');
    }
    items.beforeOperator();
    run(token.cmd, operands, { file, fonts, resources, states, items });
    operands.length = 0;
  }
  items.flush();
  return items.items;
}

/** An operand: no `n g R` references in content, so numbers are taken without looking ahead. */
function operand(lexer: Lexer, token: ReturnType<Lexer['next']>): PdfObject {
  if (token === ARRAY_START) {
    const items: PdfObject[] = [];
    for (let next = lexer.next(); next !== ARRAY_END; next = lexer.next()) {
      if (next === null || (next instanceof PdfCmd && next !== ARRAY_START && next !== DICT_START)) {
        decline('bad array operand');
      }
      items.push(operand(lexer, next));
    }
    return items;
  }
  if (token === DICT_START) {
    return readObject(lexer, token);
  }
  return token as PdfObject;
}

type Context = {
  file: PdfFile;
  fonts: FontTable;
  resources: PdfDict;
  states: StateStack;
  items: TextItems;
};

function numbers(args: readonly PdfObject[], count: number): number[] {
  if (args.length !== count || !args.every((a) => typeof a === 'number')) {
    decline('bad operands');
  }
  return args as number[];
}

function text(args: readonly PdfObject[], count: number): string {
  if (args.length !== count || typeof args[count - 1] !== 'string') {
    decline('bad text operand');
  }
  return args[count - 1] as string;
}

function run(op: string, args: PdfObject[], context: Context): void {
  const { states, items } = context;
  const state = states.state;
  switch (op) {
    case 'q':
      numbers(args, 0);
      states.save();
      return;
    case 'Q':
      numbers(args, 0);
      states.restore();
      return;
    case 'cm':
      states.transform(numbers(args, 6));
      return;
    case 'BT':
      numbers(args, 0);
      state.textMatrix = [...IDENTITY];
      state.textLineMatrix = [...IDENTITY];
      return;
    case 'ET':
      numbers(args, 0);
      return;
    case 'Tf': {
      const name = args[0];
      const size = args[1];
      if (args.length !== 2 || !(name instanceof PdfName) || typeof size !== 'number') {
        decline('bad Tf');
      }
      if (state.font && name.name === state.fontName && size === state.fontSize) {
        return;
      }
      state.fontName = name.name;
      state.fontSize = size;
      state.font = context.fonts.font(context.resources, name.name);
      return;
    }
    case 'Ts':
      state.textRise = numbers(args, 1)[0]!;
      return;
    case 'Tz':
      state.textHScale = numbers(args, 1)[0]! / 100;
      return;
    case 'TL':
      state.leading = numbers(args, 1)[0]!;
      return;
    case 'Tc':
      state.charSpacing = numbers(args, 1)[0]!;
      return;
    case 'Tw':
      state.wordSpacing = numbers(args, 1)[0]!;
      return;
    case 'Td': {
      const [x, y] = numbers(args, 2);
      state.translateTextLineMatrix(x!, y!);
      state.textMatrix = [...state.textLineMatrix];
      return;
    }
    case 'TD': {
      const [x, y] = numbers(args, 2);
      state.leading = -y!;
      state.translateTextLineMatrix(x!, y!);
      state.textMatrix = [...state.textLineMatrix];
      return;
    }
    case 'T*':
      numbers(args, 0);
      state.carriageReturn();
      return;
    case 'Tm': {
      const [a, b, c, d, e, f] = numbers(args, 6) as [number, number, number, number, number, number];
      state.textMatrix = [a, b, c, d, e, f];
      state.textLineMatrix = [a, b, c, d, e, f];
      items.updateAdvanceScale();
      return;
    }
    case 'Tj':
      items.show(text(args, 1), 0);
      return;
    case "'": {
      const shown = text(args, 1);
      state.carriageReturn();
      items.show(shown, 0);
      return;
    }
    case '"': {
      const shown = text(args, 3);
      const [word, char] = numbers(args.slice(0, 2), 2);
      state.wordSpacing = word!;
      state.charSpacing = char!;
      state.carriageReturn();
      items.show(shown, 0);
      return;
    }
    case 'TJ':
      showSpaced(args, context);
      return;
    default:
      other(op, args, context);
  }
}

function showSpaced(args: PdfObject[], { states, items }: Context): void {
  const parts = args[0];
  if (args.length !== 1 || !Array.isArray(parts)) {
    return decline('bad TJ');
  }
  const state = states.state;
  if (!state.font) {
    decline('text before Tf');
  }
  const factor = -state.fontSize / 1000;
  let pending = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      pending += part;
    } else if (typeof part === 'number') {
      if (part !== 0) {
        items.show(pending, part * factor);
        pending = '';
      }
    } else {
      decline('bad TJ element');
    }
  }
  if (pending.length > 0) {
    items.show(pending, 0);
  }
}

function other(op: string, args: PdfObject[], context: Context): void {
  const { file, resources, items } = context;
  if (DRAWING.has(op)) {
    return;
  }
  switch (op) {
    case 'BMC':
    case 'BDC':
    case 'EMC':
      items.flush();
      return;
    case 'Do': {
      items.flush();
      const name = args.length === 1 ? nameOf(args[0]) : null;
      const xobjects = file.get(resources, 'XObject');
      const xobject = name !== null && isDict(xobjects) ? file.get(xobjects, name) : undefined;
      if (!(xobject instanceof PdfStream) || nameOf(file.get(xobject.dict, 'Subtype')) !== 'Image') {
        decline('XObject other than an image');
      }
      return;
    }
    case 'gs': {
      const name = args.length === 1 ? nameOf(args[0]) : null;
      const states = file.get(resources, 'ExtGState');
      const gstate = name !== null && isDict(states) ? file.get(states, name) : undefined;
      if (!isDict(gstate) || gstate.has('Font')) {
        decline('unusual ExtGState');
      }
      return;
    }
    default:
      decline(`operator ${op.slice(0, 12)}`);
  }
}
