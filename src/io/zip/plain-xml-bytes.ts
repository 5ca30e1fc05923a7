/**
 * plain-xml.ts's scanner over the UTF-8 bytes of a part instead of its decoded text: the markup is
 * never decoded, and a reader decodes only the text it keeps (decision 022, Run E: decoding the
 * whole 227 KB document part to a string and scanning that string were ≈ 50 % of reading a DOCX,
 * for ≈ 10 KB of text).
 *
 * It accepts a strict subset of what scanPlainXml accepts — no non-ASCII byte in the markup or
 * outside the root (where `\s` and `trim()` would also take Unicode spaces), no CDATA for readers —
 * and on that subset gives the same verdict and the same events (the bytes of the same names,
 * attribute text and text runs). Anything else is "not plain": callers then decode the part and
 * take the string path, which gives exactly the old result. The bytes must be valid UTF-8
 * (`isUtf8`), so that every run between ASCII delimiters decodes on its own as within the whole.
 */

/** Events of a byte scan, as byte ranges of the part (`end` exclusive). */
export type PlainXmlByteHandlers = {
  /** A start tag: its name, and its attribute text (what plainAttributes reads). */
  open(nameStart: number, nameEnd: number, attributesStart: number, attributesEnd: number): void;
  /** Text without entities (an entity splits a run: `entity` comes between). */
  text(start: number, end: number): void;
  /** One of the five entities of XML, as its (ASCII) character code. */
  entity(code: number): void;
  /** An end tag, or the end of a self-closing tag: the name of the element closed. */
  close(nameStart: number, nameEnd: number): void;
};

const NAME_START = 1;
const NAME_PART = 2;
const SPACE = 4;
/** Byte classes: the ASCII of `[A-Za-z_]`, `[\w.:-]` and `\s` (the only bytes the markup may hold). */
const CLASS = new Uint8Array(256);
for (let c = 0; c < 128; c += 1) {
  const ch = String.fromCharCode(c);
  CLASS[c] =
    (/[A-Za-z_]/.test(ch) ? NAME_START : 0) |
    (/[\w.:-]/.test(ch) ? NAME_PART : 0) |
    (/\s/.test(ch) ? SPACE : 0);
}
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const AMP = 0x26;
const EQUALS = 0x3d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
/** The five entities without their `&`, and the character each stands for. */
const ENTITIES: readonly { tail: readonly number[]; code: number }[] = [
  { tail: ascii('lt;'), code: LT },
  { tail: ascii('gt;'), code: GT },
  { tail: ascii('amp;'), code: AMP },
  { tail: ascii('quot;'), code: DOUBLE_QUOTE },
  { tail: ascii('apos;'), code: SINGLE_QUOTE },
];
const COMMENT_OPEN = ascii('<!--');
const CDATA_OPEN = ascii('<![CDATA[');

/** Open elements: start and end of each name, in a growing typed array (no string per tag). */
type Scan = { bytes: Buffer; stack: Int32Array; depth: number; handlers: PlainXmlByteHandlers | undefined };

/**
 * Scans the UTF-8 bytes of an XML part in the plain form, calling the handlers as it goes.
 * @returns true when scanPlainXml would say true of the decoded text (with the same events); false
 *   for anything outside the subset — the handlers may have been called for a part of it
 * @example scanPlainXmlBytes(Buffer.from('<a><b/>x</a>')) // true
 * @example scanPlainXmlBytes(Buffer.from('<a>\u3000</a>')) // true; outside the root it would be false
 */
export function scanPlainXmlBytes(bytes: Uint8Array, handlers?: PlainXmlByteHandlers): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const scan: Scan = { bytes: buffer, stack: new Int32Array(64), depth: 0, handlers };
  const length = buffer.length;
  let roots = 0;
  // TextDecoder drops one byte-order mark; the string scanner never saw it.
  let i = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  while (i < length) {
    let lt = i; // a loop, not indexOf: between Word's tags there is mostly no text at all
    while (lt < length && buffer[lt] !== LT) {
      lt += 1;
    }
    const textEnd = lt;
    if (textEnd > i && !scanText(scan, i, textEnd)) {
      return false;
    }
    if (lt === length) {
      break;
    }
    const next = buffer[lt + 1];
    let end: number;
    if (next === SLASH) {
      end = closeTag(scan, lt);
    } else if (next === QUESTION) {
      end = declarationEnd(buffer, lt);
    } else if (next === BANG) {
      end = sectionEnd(scan, lt);
    } else {
      if (scan.depth === 0 && (roots += 1) > 1) {
        return false;
      }
      end = openTag(scan, lt);
    }
    if (end === -1) {
      return false;
    }
    i = end;
  }
  return roots === 1 && scan.depth === 0;
}

/** Text between tags: only ASCII space outside the root; inside, the five entities for readers. */
function scanText(scan: Scan, start: number, end: number): boolean {
  const { bytes, handlers } = scan;
  if (scan.depth === 0) {
    for (let i = start; i < end; i += 1) {
      if ((CLASS[bytes[i]!]! & SPACE) === 0) {
        return false;
      }
    }
  } else if (handlers === undefined) {
    return true;
  }
  if (handlers === undefined) {
    return true;
  }
  let run = start;
  for (let i = start; i < end; i += 1) {
    if (bytes[i] !== AMP) {
      continue;
    }
    const entity = ENTITIES.find(({ tail }) =>
      tail.every((byte, k) => i + 1 + k < end && bytes[i + 1 + k] === byte),
    );
    if (entity === undefined) {
      return false; // a numeric or unknown entity, or a bare `&`: the string path decides
    }
    if (i > run) {
      handlers.text(run, i);
    }
    handlers.entity(entity.code);
    i += entity.tail.length;
    run = i + 1;
  }
  if (end > run) {
    handlers.text(run, end);
  }
  return true;
}

/** End of a name starting at `at` (an ASCII name start, then name characters), or -1. */
function nameEnd(bytes: Buffer, at: number): number {
  if (at >= bytes.length || (CLASS[bytes[at]!]! & NAME_START) === 0) {
    return -1;
  }
  let i = at + 1;
  while (i < bytes.length && (CLASS[bytes[i]!]! & NAME_PART) !== 0) {
    i += 1;
  }
  return i;
}

function skipSpace(bytes: Buffer, at: number): number {
  let i = at;
  while (i < bytes.length && (CLASS[bytes[i]!]! & SPACE) !== 0) {
    i += 1;
  }
  return i;
}

/** `<name attr="v" attr='v'>` or `…/>`: the end past `>`, or -1. */
function openTag(scan: Scan, lt: number): number {
  const { bytes } = scan;
  const end = nameEnd(bytes, lt + 1);
  if (end === -1) {
    return -1;
  }
  let attributesEnd = end;
  let i = skipSpace(bytes, end);
  while (i > attributesEnd && i < bytes.length && (CLASS[bytes[i]!]! & NAME_START) !== 0) {
    const valueEnd = attributeEnd(bytes, i);
    if (valueEnd === -1) {
      return -1;
    }
    attributesEnd = valueEnd;
    i = skipSpace(bytes, valueEnd);
  }
  const isEmpty = bytes[i] === SLASH;
  const gt = isEmpty ? i + 1 : i;
  if (bytes[gt] !== GT) {
    return -1;
  }
  scan.handlers?.open(lt + 1, end, end, attributesEnd);
  if (isEmpty) {
    scan.handlers?.close(lt + 1, end);
  } else {
    push(scan, lt + 1, end);
  }
  return gt + 1;
}

/** `name = "value"` (no `"`, `<`, `&` inside) or with `'`: the end past the quote, or -1. */
function attributeEnd(bytes: Buffer, at: number): number {
  const afterName = nameEnd(bytes, at);
  const equals = skipSpace(bytes, afterName);
  if (bytes[equals] !== EQUALS) {
    return -1;
  }
  const open = skipSpace(bytes, equals + 1);
  const quote = bytes[open];
  if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) {
    return -1;
  }
  for (let i = open + 1; i < bytes.length; i += 1) {
    const byte = bytes[i];
    if (byte === quote) {
      return i + 1;
    }
    if (byte === LT || byte === AMP) {
      return -1;
    }
  }
  return -1;
}

function push(scan: Scan, start: number, end: number): void {
  if (scan.depth * 2 + 2 > scan.stack.length) {
    const grown = new Int32Array(scan.stack.length * 2);
    grown.set(scan.stack);
    scan.stack = grown;
  }
  scan.stack[scan.depth * 2] = start;
  scan.stack[scan.depth * 2 + 1] = end;
  scan.depth += 1;
}

/** `</name>` closing the innermost open element (same name): the end past `>`, or -1. */
function closeTag(scan: Scan, lt: number): number {
  const { bytes } = scan;
  const end = nameEnd(bytes, lt + 2);
  if (end === -1 || scan.depth === 0) {
    return -1;
  }
  const gt = skipSpace(bytes, end);
  if (bytes[gt] !== GT) {
    return -1;
  }
  scan.depth -= 1;
  const openStart = scan.stack[scan.depth * 2]!;
  const openEnd = scan.stack[scan.depth * 2 + 1]!;
  if (openEnd - openStart !== end - (lt + 2)) {
    return -1;
  }
  for (let k = openStart, c = lt + 2; k < openEnd; k += 1, c += 1) {
    if (bytes[k] !== bytes[c]) {
      return -1;
    }
  }
  scan.handlers?.close(lt + 2, end);
  return gt + 1;
}

/** End of `<?…?>` with no `>` inside; -1 otherwise (as plain-xml.ts). */
function declarationEnd(bytes: Buffer, lt: number): number {
  const gt = bytes.indexOf(GT, lt + 2);
  return gt === -1 || gt - 1 < lt + 2 || bytes[gt - 1] !== QUESTION ? -1 : gt + 1;
}

/** A comment; CDATA inside the root only without handlers (as plain-xml.ts); -1 otherwise. */
function sectionEnd(scan: Scan, lt: number): number {
  const { bytes } = scan;
  if (startsWith(bytes, lt, COMMENT_OPEN)) {
    const end = bytes.indexOf('-->', lt + 4, 'latin1');
    return end === -1 ? -1 : end + 3;
  }
  if (scan.depth > 0 && scan.handlers === undefined && startsWith(bytes, lt, CDATA_OPEN)) {
    const end = bytes.indexOf(']]>', lt + 9, 'latin1');
    return end === -1 ? -1 : end + 3;
  }
  return -1;
}

function startsWith(bytes: Buffer, at: number, prefix: readonly number[]): boolean {
  return prefix.every((byte, k) => bytes[at + k] === byte);
}

function ascii(text: string): number[] {
  return Array.from(text, (ch) => ch.charCodeAt(0));
}
