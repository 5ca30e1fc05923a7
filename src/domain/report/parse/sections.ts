/**
 * The prose of each part (contract `sections`): the part's text without its table, tidied.
 * Legacy (pre-2019) reports have free headings; they are classified by keyword.
 */
import type { PartKey } from '../layout.ts';
import type { Sections } from '../model.ts';
import type { PartHeading } from './parts.ts';

export type Span = { start: number; end: number };

/** Cuts the source text (as found) for a span of the normalized text. */
export type SourceSlice = (start: number, end: number) => string;

/** Trims lines, drops table residue (lines of only pipes, dashes, spaces) and blank runs. */
export function tidy(text: string): string | null {
  const lines = text
    .split('\n')
    .map((l) =>
      l
        .replace(/^\s*#{1,6}(?:\s+|$)/, '')
        .replace(/\*\*/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((l) => l !== '' && !/^[|\s:：\-—]+$/.test(l));
  const out = lines.join('\n').trim();
  return out === '' ? null : out;
}

/** The source text of `span` with the table spans cut out. */
export function withoutTables(slice: SourceSlice, span: Span, tables: readonly Span[]): string {
  let out = '';
  let cursor = span.start;
  for (const t of [...tables].sort((a, b) => a.start - b.start)) {
    if (t.end <= span.start || t.start >= span.end) {
      continue;
    }
    out += slice(cursor, Math.max(cursor, t.start)) + '\n';
    cursor = Math.min(span.end, Math.max(cursor, t.end));
  }
  return out + slice(cursor, span.end);
}

/** Extends a table's end over what remains of its last line when that is only a unit or separators (「元 |」). */
export function toLineEnd(text: string, end: number): number {
  const nl = text.indexOf('\n', end);
  const lineEnd = nl === -1 ? text.length : nl;
  return /^[\s|元万亿%]*$/.test(text.slice(end, lineEnd)) ? lineEnd : end;
}

/** Region of each part: from its heading end to the next heading (or body end). */
export function partRegions(headings: readonly PartHeading[], bodyEnd: number): Map<PartKey, Span> {
  const sorted = [...headings].sort((a, b) => a.start - b.start);
  const regions = new Map<PartKey, Span>();
  sorted.forEach((h, i) => {
    regions.set(h.key, { start: h.end, end: sorted[i + 1]?.start ?? bodyEnd });
  });
  return regions;
}

const LEGACY_HEADING = /(?:^|\n)\s*([一二三四五六七八九十]{1,2})\s*[、.]\s*([^\n]{2,40})/g;

function classifyLegacy(title: string): PartKey {
  if (/复议|诉讼|申诉/.test(title)) {
    return 'reviewLitigation';
  }
  if (/问题|改进|不足/.test(title)) {
    return 'problems';
  }
  if (/主动公开/.test(title)) {
    return 'proactive';
  }
  if (/申请|依申请/.test(title)) {
    return 'applications';
  }
  if (/概述|总体|基本情况|概况/.test(title)) {
    return 'overview';
  }
  return 'other';
}

/** Sections of a free-form (legacy) report: each numbered heading's text goes to the closest part. */
export function legacySections(text: string, slice: SourceSlice, body: Span, preface: string): Sections {
  const parts: Array<{ key: PartKey; start: number; textStart: number }> = [];
  LEGACY_HEADING.lastIndex = body.start;
  for (let m = LEGACY_HEADING.exec(text); m && m.index < body.end; m = LEGACY_HEADING.exec(text)) {
    parts.push({ key: classifyLegacy(m[2]!), start: m.index, textStart: m.index });
  }
  const collected: Record<PartKey, string[]> = {
    overview: [preface],
    proactive: [],
    applications: [],
    reviewLitigation: [],
    problems: [],
    other: [],
  };
  parts.forEach((p, i) => {
    collected[p.key].push(slice(p.textStart, parts[i + 1]?.start ?? body.end));
  });
  if (parts.length === 0) {
    collected.overview.push(slice(body.start, body.end));
  }
  const join = (key: PartKey) => tidy(collected[key].join('\n'));
  return {
    overview: join('overview'),
    proactive: join('proactive'),
    applications: join('applications'),
    reviewLitigation: join('reviewLitigation'),
    problems: join('problems'),
    other: join('other'),
  };
}
