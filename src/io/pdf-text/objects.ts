/**
 * PDF objects as the text-layer reader holds them (ISO 32000-1 §7.3). Strings are byte strings
 * (one char per byte), names and operators are interned, dictionaries are Maps.
 */

/** Thrown when the file holds anything the reader does not know: pdf.js reads the file instead. */
export class Decline extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'Decline';
  }
}

/** @throws Decline always */
export function decline(reason: string): never {
  throw new Decline(reason);
}

export class PdfName {
  private static readonly interned = new Map<string, PdfName>();
  private constructor(readonly name: string) {}
  static of(name: string): PdfName {
    let found = PdfName.interned.get(name);
    if (found === undefined) {
      found = new PdfName(name);
      PdfName.interned.set(name, found);
    }
    return found;
  }
}

/** A keyword: an operator in a content stream, or `true`/`false`/`null`/`R`/`obj`… elsewhere. */
export class PdfCmd {
  private static readonly interned = new Map<string, PdfCmd>();
  private constructor(readonly cmd: string) {}
  static of(cmd: string): PdfCmd {
    let found = PdfCmd.interned.get(cmd);
    if (found === undefined) {
      found = new PdfCmd(cmd);
      PdfCmd.interned.set(cmd, found);
    }
    return found;
  }
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
  get key(): string {
    return `${this.num}R${this.gen}`;
  }
}

export type PdfDict = Map<string, PdfObject>;

/** A stream: its dictionary and where its (still encoded) data lies in the file or object stream. */
export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    readonly data: Uint8Array,
  ) {}
}

export type PdfObject =
  number | boolean | null | string | PdfName | PdfRef | PdfDict | PdfStream | PdfObject[];

export function isDict(value: PdfObject | undefined): value is PdfDict {
  return value instanceof Map;
}

export function nameOf(value: PdfObject | undefined): string | null {
  return value instanceof PdfName ? value.name : null;
}
