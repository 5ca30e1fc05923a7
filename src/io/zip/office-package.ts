/**
 * THE validator of ZIP-based office files (.docx, .xlsx, and .pptx only to name it): every upload
 * that may be one — 年报体检, application and intake attachments, ledger and organ imports, and the
 * coming 主动公开 attachments — goes through checkOfficePackage before anything else unpacks it.
 *
 * It checks the container (zip-directory.ts: entry count, ZIP64/encryption, overlapping or hidden
 * entries), inflates EVERY entry with a running budget (zip-inflate.ts: the total is measured while
 * inflating, never trusted from headers), refuses archives nested where an office file has none,
 * and checks the package: `[Content_Types].xml` declares the main document part, `_rels/.rels`
 * points at it, and every XML part is well-formed enough (xml-part.ts). See decision 015.
 */
import { inflateEntry } from './zip-inflate.ts';
import { hasZipSignature, readZipDirectory, type ZipEntry } from './zip-directory.ts';
import { decodeXmlPart, isWellFormedXmlPart, walkXml, type XmlElement } from './xml-part.ts';

/** The office formats told apart by their main part's content type. */
export type OfficeKind = 'docx' | 'xlsx' | 'pptx';

/**
 * Bounds for one package (nested packages share them). `maxXmlPartBytes` bounds each XML part,
 * which is walked here and parsed again by the reader (default: no tighter than the total).
 */
export type OfficeLimits = { maxEntries: number; maxInflatedBytes: number; maxXmlPartBytes?: number };

const MiB = 1024 * 1024;

/**
 * Default bounds: real Word/Excel files have tens of parts (a few hundred with many images) and
 * inflate to at most a few times their size; 20 MB uploads of real reports stay under 64 MiB.
 */
export const OFFICE_LIMITS: OfficeLimits = { maxEntries: 1000, maxInflatedBytes: 64 * MiB };

/**
 * Reads the main part while the check walks it (one pass instead of two, decision 022): `read`
 * gets the inflated bytes and name of the main part of a package of `kind`, in its turn among the
 * entries, and returns what `decodeXmlPart` + walkXml would say of it (false when the bytes are not
 * UTF-8 or the XML is not well-formed enough). The main part is known beforehand from a bounded
 * peek at `[Content_Types].xml`; when that peek fails, or the part is UTF-16, the part is walked as
 * any other and `read` is not called — the caller reads it itself.
 */
export type MainPartReader = { kind: OfficeKind; read: (bytes: Uint8Array, part: string) => boolean };

/** Why a package is refused. */
export type OfficeProblem =
  | 'damaged' // not a readable ZIP, or parts that lie about their size
  | 'unsupported' // ZIP64, encryption, compression methods other than deflate
  | 'too-many-entries'
  | 'too-large' // inflates past maxInflatedBytes
  | 'not-office' // a ZIP without content types / main part / package relationship
  | 'nested-archive' // an archive inside, other than an office file under …/embeddings/
  | 'malformed-xml';

/** A checked package, or the problem. */
export type OfficeCheck =
  | { ok: true; kind: OfficeKind; mainPart: string; hasMacros: boolean; partNames: string[] }
  | { ok: false; problem: OfficeProblem; limitBytes?: number };

/** Main-part content types (ECMA-376 Part 1 §11–13 and Microsoft's macro-enabled variants). */
const MAIN_CONTENT_TYPES: readonly { kind: OfficeKind; pattern: RegExp }[] = [
  {
    kind: 'docx',
    pattern:
      /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.(document|template)\.main\+xml$/,
  },
  {
    kind: 'docx',
    pattern:
      /^application\/vnd\.ms-word\.(document\.macroEnabled|template\.macroEnabledTemplate)\.main\+xml$/,
  },
  {
    kind: 'xlsx',
    pattern: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.(sheet|template)\.main\+xml$/,
  },
  { kind: 'xlsx', pattern: /^application\/vnd\.ms-excel\.(sheet|template)\.macroEnabled\.main\+xml$/ },
  {
    kind: 'pptx',
    pattern:
      /^application\/vnd\.openxmlformats-officedocument\.presentationml\.(presentation|slideshow|template)\.main\+xml$/,
  },
  {
    kind: 'pptx',
    pattern: /^application\/vnd\.ms-powerpoint\.(presentation|slideshow|template)\.macroEnabled\.main\+xml$/,
  },
];

/** Archive formats by their first bytes; OLE compound files (embedded objects, VBA) are allowed. */
const ARCHIVE_SIGNATURES: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x1f, 0x8b], // gzip
  [0x42, 0x5a, 0x68], // bzip2
  [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], // xz
  [0x28, 0xb5, 0x2f, 0xfd], // zstd
  [0x4d, 0x53, 0x43, 0x46], // cab
];
/** Where OOXML embeds other office files (a chart's workbook, an embedded document). */
const EMBEDDED_PACKAGE = /(^|\/)embeddings\/[^/]+\.(docx|docm|xlsx|xlsm|pptx|pptm)$/i;
const XML_PART = /\.(xml|rels)$/i;

/**
 * Validates an office file by content.
 * @param bytes the whole upload
 * @param limits entry count and total inflated size (shared with packages embedded in it)
 * @example checkOfficePackage(docxBytes) // { ok: true, kind: 'docx', mainPart: 'word/document.xml', hasMacros: false, … }
 */
export function checkOfficePackage(
  bytes: Uint8Array,
  limits: OfficeLimits = OFFICE_LIMITS,
  reader?: MainPartReader,
): OfficeCheck {
  const budget: Budget = { remaining: limits.maxInflatedBytes };
  const check = checkPackage(bytes, limits, budget, reader ?? null);
  return !check.ok && check.problem === 'too-large'
    ? { ...check, limitBytes: budget.limitHit ?? limits.maxInflatedBytes }
    : check;
}

/** What is left to inflate; which limit was hit, for the message. */
type Budget = { remaining: number; limitHit?: number };

/** One package's walk: the structural parts seen so far, and the main-part reader until it ran. */
type Walk = {
  xmlParts: Map<string, XmlElement[]>;
  mayNest: boolean;
  reader: MainPartReader | null;
  /** The main part named by the peek at the content types, for the reader. */
  mainPart: string | null;
  /** The content types' elements from the peek: the same bytes walk the same in their turn. */
  types: XmlElement[] | null;
};

/** The most `[Content_Types].xml` may inflate to for the peek (real ones are a few KB). */
const PEEK_BYTES = 1024 * 1024;

/** `reader` null: nested packages (which may not nest again) and callers without a reader. */
function checkPackage(
  bytes: Uint8Array,
  limits: OfficeLimits,
  budget: Budget,
  reader: MainPartReader | null,
  mayNest = true,
): OfficeCheck {
  if (!hasZipSignature(bytes)) {
    return { ok: false, problem: 'damaged' };
  }
  const directory = readZipDirectory(bytes, limits.maxEntries);
  if (!directory.ok) {
    return { ok: false, problem: directory.problem };
  }
  const peek = reader === null ? null : peekMainPart(bytes, directory.entries, reader.kind);
  const walk: Walk = {
    xmlParts: new Map(),
    mayNest,
    reader,
    mainPart: peek?.mainPart ?? null,
    types: peek?.types ?? null,
  };
  for (const entry of directory.entries) {
    const problem = checkEntry(bytes, entry, limits, budget, walk);
    if (problem !== null) {
      return { ok: false, problem };
    }
  }
  return checkStructure(directory.entries, walk.xmlParts);
}

/** Inflates one entry within the budget; keeps the text of the parts the structure check reads. */
function checkEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  limits: OfficeLimits,
  budget: Budget,
  walk: Walk,
): OfficeProblem | null {
  if (entry.name.endsWith('/')) {
    return null; // a folder entry
  }
  const isXml = XML_PART.test(entry.name);
  const partLimit = isXml ? Math.min(budget.remaining, limits.maxXmlPartBytes ?? Infinity) : budget.remaining;
  const inflated = inflateEntry(bytes, entry, partLimit);
  if (!inflated.ok) {
    if (inflated.problem === 'too-large') {
      budget.limitHit =
        partLimit < budget.remaining ? (limits.maxXmlPartBytes ?? 0) : limits.maxInflatedBytes;
    }
    return inflated.problem;
  }
  budget.remaining -= inflated.bytes.length;
  const content = inflated.bytes;
  if (ARCHIVE_SIGNATURES.some((signature) => signature.every((byte, index) => content[index] === byte))) {
    if (!walk.mayNest || !EMBEDDED_PACKAGE.test(entry.name)) {
      return 'nested-archive';
    }
    const nested = checkPackage(content, limits, budget, null, false);
    return nested.ok ? null : nested.problem === 'not-office' ? 'nested-archive' : nested.problem;
  }
  if (!isXml) {
    return null;
  }
  if (entry.name === '[Content_Types].xml' && walk.types !== null) {
    walk.xmlParts.set(entry.name, walk.types); // inflated again above, for the budget; walked by the peek
    return null;
  }
  const isStructural = entry.name === '[Content_Types].xml' || entry.name === '_rels/.rels';
  if (walk.reader !== null && entry.name === walk.mainPart && !isUtf16(content)) {
    const reader = walk.reader;
    walk.reader = null; // once (names are unique: zip-directory.ts)
    return reader.read(content, entry.name) ? null : 'malformed-xml';
  }
  if (!isStructural) {
    return isWellFormedXmlPart(content) ? null : 'malformed-xml';
  }
  const text = decodeXmlPart(content);
  if (text === null) {
    return 'malformed-xml';
  }
  const elements: XmlElement[] = [];
  if (!walkXml(text, (element) => elements.push(element))) {
    return 'malformed-xml';
  }
  walk.xmlParts.set(entry.name, elements);
  return null;
}

/**
 * The main part of a package of `kind` as `[Content_Types].xml` names it, read ahead of the check
 * (bounded by PEEK_BYTES, outside the budget: the check inflates it again in its turn), with the
 * elements of the content types; null when that part is missing, large or broken.
 */
function peekMainPart(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  kind: OfficeKind,
): { mainPart: string | null; types: XmlElement[] } | null {
  const entry = entries.find((candidate) => candidate.name === '[Content_Types].xml');
  const inflated = entry === undefined ? null : inflateEntry(bytes, entry, PEEK_BYTES);
  const text = inflated?.ok === true ? decodeXmlPart(inflated.bytes) : null;
  const types: XmlElement[] = [];
  if (text === null || !walkXml(text, (element) => types.push(element))) {
    return null;
  }
  const main = findMainPart(types, entries);
  return { mainPart: main?.kind === kind ? main.part : null, types };
}

function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

type MainPart = { kind: OfficeKind; part: string; contentType: string };

/** The first override with a main-part content type naming an entry of the archive. */
function findMainPart(types: readonly XmlElement[], entries: readonly ZipEntry[]): MainPart | null {
  const byLowerName = new Map(entries.map((entry) => [entry.name.toLowerCase(), entry.name]));
  for (const element of types) {
    const contentType = element.attributes.ContentType ?? '';
    const kind = MAIN_CONTENT_TYPES.find((entry) => entry.pattern.test(contentType))?.kind;
    const part = byLowerName.get(partKey(element.attributes.PartName));
    if (element.name === 'Override' && kind !== undefined && part !== undefined) {
      return { kind, part, contentType };
    }
  }
  return null;
}

/** The content types declare one main part, it exists, and the package relationship points at it. */
function checkStructure(entries: readonly ZipEntry[], xmlParts: Map<string, XmlElement[]>): OfficeCheck {
  const types = xmlParts.get('[Content_Types].xml');
  const rels = xmlParts.get('_rels/.rels');
  if (types === undefined || rels === undefined) {
    return { ok: false, problem: 'not-office' };
  }
  const partNames = entries.map((entry) => entry.name);
  const main = findMainPart(types, entries);
  if (main === null) {
    return { ok: false, problem: 'not-office' };
  }
  const mainPart = main.part.toLowerCase();
  const isLinked = rels.some(
    (element) =>
      element.name === 'Relationship' &&
      /\/officeDocument$/.test(element.attributes.Type ?? '') &&
      partKey(element.attributes.Target) === mainPart,
  );
  if (!isLinked) {
    return { ok: false, problem: 'not-office' };
  }
  const hasMacros =
    main.contentType.includes('macroEnabled') || partNames.some((name) => /vbaProject\.bin$/i.test(name));
  return { ok: true, kind: main.kind, mainPart: main.part, hasMacros, partNames };
}

/** A part name or package-relative target as a lookup key: no leading `/` or `./`, lower case. */
function partKey(name: string | undefined): string {
  return (name ?? '').replace(/^\.?\//, '').toLowerCase();
}
