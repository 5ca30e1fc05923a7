/** Objects (with `n g R` references) from a lexer's tokens, as pdf.js's parser builds them. */
import { ARRAY_END, ARRAY_START, DICT_END, DICT_START, type Lexer, type Token } from './lexer.ts';
import { decline, PdfCmd, PdfName, PdfRef, type PdfDict, type PdfObject } from './objects.ts';

const R = PdfCmd.of('R');

/**
 * Reads one object (with `n g R` references) from the lexer.
 * @param first a token already read, if any
 */
export function readObject(lexer: Lexer, first: Token | null = lexer.next()): PdfObject {
  if (first === null) {
    return decline('unexpected end');
  }
  if (typeof first === 'number') {
    const save = lexer.pos;
    const gen = lexer.next();
    if (typeof gen === 'number' && Number.isInteger(first) && Number.isInteger(gen)) {
      if (lexer.next() === R) {
        return new PdfRef(first, gen);
      }
    }
    lexer.pos = save;
    return first;
  }
  if (typeof first === 'string' || first instanceof PdfName) {
    return first;
  }
  if (first === ARRAY_START) {
    const items: PdfObject[] = [];
    for (let token = lexer.next(); token !== ARRAY_END; token = lexer.next()) {
      items.push(readObject(lexer, token));
    }
    return items;
  }
  if (first === DICT_START) {
    return readDictBody(lexer);
  }
  switch (first.cmd) {
    case 'true':
      return true;
    case 'false':
      return false;
    case 'null':
      return null;
    default:
      return decline(`unexpected keyword ${first.cmd.slice(0, 20)}`);
  }
}

function readDictBody(lexer: Lexer): PdfDict {
  const dict: PdfDict = new Map();
  for (let key = lexer.next(); key !== DICT_END; key = lexer.next()) {
    if (!(key instanceof PdfName)) {
      decline('dictionary key is not a name');
    }
    if (dict.has(key.name)) {
      decline('duplicate dictionary key');
    }
    dict.set(key.name, readObject(lexer));
  }
  return dict;
}
