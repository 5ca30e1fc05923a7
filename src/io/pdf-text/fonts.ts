/**
 * Fonts as far as the text layer needs them: character code → text (the ToUnicode map) and
 * advance width (/Widths, /W, /DW, /MissingWidth), read as pdf.js reads them. Only embedded
 * TrueType (simple or CIDFontType2 under Identity-H) and embedded Type 1 programs that pdf.js will
 * convert as it converts a sound one (type1-program.ts) are accepted; Type 3, CFF, unembedded, vertical fonts,
 * other encodings and fonts without ToUnicode decline (their text depends on the font program).
 */
import { parseToUnicode } from './to-unicode.ts';
import { checkType1Program } from './type1-program.ts';
import { decline, isDict, nameOf, PdfRef, PdfStream, type PdfDict, type PdfObject } from './objects.ts';
import type { PdfFile } from './document.ts';

export type TextFont = {
  /** The font object's reference: pdf.js gives each font object one `loadedName`. */
  id: string;
  /** FontName / BaseFont, compared when the font resource changes. */
  names: string[];
  composite: boolean;
  widths: number[];
  defaultWidth: number;
  toUnicode: Array<string | undefined>;
  /** fontMatrix[0] */
  scale: number;
};

/** @param ref the font resource (must be an indirect object, as pdf.js caches fonts by it) */
export function loadFont(file: PdfFile, ref: PdfObject | undefined): TextFont {
  if (!(ref instanceof PdfRef)) {
    return decline('font is not an indirect object');
  }
  const dict = file.fetch(ref);
  if (!isDict(dict)) {
    return decline('font is not a dictionary');
  }
  const subtype = nameOf(file.get(dict, 'Subtype'));
  const toUnicodeStream = file.get(dict, 'ToUnicode');
  if (!(toUnicodeStream instanceof PdfStream)) {
    return decline('font without a ToUnicode stream');
  }
  const toUnicode = parseToUnicode(file.decode(toUnicodeStream));
  if (subtype === 'Type0') {
    return compositeFont(file, dict, ref, toUnicode);
  }
  if (subtype !== 'Type1' && subtype !== 'TrueType') {
    return decline(`font subtype ${subtype ?? '?'}`);
  }
  const descriptor = file.get(dict, 'FontDescriptor');
  if (!isDict(descriptor)) {
    return decline('font without a descriptor');
  }
  const scale = programScale(file, descriptor, subtype === 'Type1' ? 'FontFile' : 'FontFile2');
  const firstChar = file.get(dict, 'FirstChar');
  const widthArray = file.get(dict, 'Widths');
  if (typeof firstChar !== 'number' || !Number.isInteger(firstChar) || !Array.isArray(widthArray)) {
    return decline('simple font without /FirstChar and /Widths');
  }
  const lastChar = file.get(dict, 'LastChar');
  if (subtype === 'Type1' && lastChar !== firstChar + widthArray.length - 1) {
    // pdf.js takes the widths of codes FirstChar…LastChar that /Widths lacks from the program.
    return decline('Type 1 /Widths not covering FirstChar…LastChar');
  }
  const widths: number[] = [];
  widthArray.forEach((entry, i) => {
    const width = file.resolve(entry);
    if (typeof width !== 'number') {
      decline('width is not a number');
    }
    widths[firstChar + i] = width;
  });
  const missing = file.get(descriptor, 'MissingWidth');
  return {
    id: ref.key,
    names: fontNames(file, dict, descriptor),
    composite: false,
    widths,
    defaultWidth: typeof missing === 'number' ? missing : 0,
    toUnicode,
    scale,
  };
}

function compositeFont(
  file: PdfFile,
  dict: PdfDict,
  ref: PdfRef,
  toUnicode: Array<string | undefined>,
): TextFont {
  if (nameOf(file.get(dict, 'Encoding')) !== 'Identity-H') {
    decline('composite font not Identity-H');
  }
  const descendants = file.get(dict, 'DescendantFonts');
  if (!Array.isArray(descendants) || descendants.length !== 1) {
    return decline('bad DescendantFonts');
  }
  const cid = file.resolve(descendants[0]);
  if (!isDict(cid) || nameOf(file.get(cid, 'Subtype')) !== 'CIDFontType2') {
    return decline('not CIDFontType2');
  }
  const descriptor = file.get(cid, 'FontDescriptor');
  if (!isDict(descriptor)) {
    return decline('font without a descriptor');
  }
  const scale = programScale(file, descriptor, 'FontFile2');
  const dw = file.get(cid, 'DW');
  return {
    id: ref.key,
    names: [...fontNames(file, cid, descriptor), nameOf(file.get(dict, 'BaseFont')) ?? ''].filter(Boolean),
    composite: true,
    widths: cidWidths(file, file.get(cid, 'W')),
    defaultWidth: typeof dw === 'number' ? Math.ceil(dw) : 1000,
    toUnicode,
    scale,
  };
}

/** /W as pdf.js's extractWidths reads it (stopping where it stops). */
function cidWidths(file: PdfFile, w: PdfObject | undefined): number[] {
  const widths: number[] = [];
  if (w === undefined) {
    return widths;
  }
  if (!Array.isArray(w)) {
    return decline('bad /W');
  }
  for (let i = 0; i < w.length; i += 1) {
    let start = file.resolve(w[i++]);
    if (typeof start !== 'number' || !Number.isInteger(start)) {
      decline('bad /W');
    }
    const next = file.resolve(w[i]);
    if (Array.isArray(next)) {
      for (const entry of next) {
        const width = file.resolve(entry);
        if (typeof width !== 'number') {
          decline('bad /W width');
        }
        widths[start++] = width;
      }
    } else if (typeof next === 'number' && Number.isInteger(next)) {
      const width = file.resolve(w[++i]);
      if (typeof width !== 'number' || next - start > 0xffff) {
        return decline('bad /W range');
      }
      for (let cid = start; cid <= next; cid += 1) {
        widths[cid] = width;
      }
    } else {
      decline('bad /W');
    }
  }
  return widths;
}

/** BaseFont and FontName, which must agree (pdf.js picks one by rules of its own otherwise). */
function fontNames(file: PdfFile, dict: PdfDict, descriptor: PdfDict): string[] {
  const baseFont = nameOf(file.get(dict, 'BaseFont'));
  const fontName = nameOf(file.get(descriptor, 'FontName'));
  if (baseFont === null || baseFont !== fontName) {
    decline('FontName differs from BaseFont');
  }
  return [baseFont];
}

/** fontMatrix[0] pdf.js will use: 0.001, checked in a Type 1 program's clear-text header. */
function programScale(file: PdfFile, descriptor: PdfDict, key: 'FontFile' | 'FontFile2'): number {
  // pdf.js builds the font (and its code mapping when the program fails) from these too.
  const flags = file.get(descriptor, 'Flags');
  const box = file.get(descriptor, 'FontBBox');
  if (typeof flags !== 'number' || !Number.isInteger(flags) || !Array.isArray(box) || box.length !== 4) {
    decline('font descriptor without /Flags or /FontBBox');
  }
  for (const other of ['FontFile', 'FontFile2', 'FontFile3']) {
    if (other !== key && descriptor.has(other)) {
      decline('unexpected font program');
    }
  }
  const program = file.get(descriptor, key);
  if (!(program instanceof PdfStream)) {
    return decline('font program not embedded');
  }
  if (key === 'FontFile') {
    checkType1Program(
      file.decode(program),
      file.get(program.dict, 'Length1'),
      file.get(program.dict, 'Length2'),
    );
  }
  return 0.001;
}
