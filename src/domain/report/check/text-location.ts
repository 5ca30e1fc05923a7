/**
 * Where a piece of text sits: in the source text the report was parsed from (with a 1-based line),
 * or, when no source text was given, inside one section of the report (`sections.<part>`).
 *
 * Convention used by every text finding of the checker: when `where.line` is present, `start`/`end`
 * are offsets into the source text; without `line`, they are offsets into `sections[where.part]`.
 */
import type { FindingLocation } from '../findings.ts';
import { PARTS, type PartKey } from '../layout.ts';
import type { AnnualReport } from '../model.ts';

/** A text the checker scans: the whole source, one section, or the header (organ name). */
export type ScanText = {
  readonly part: PartKey | 'document' | 'header';
  readonly text: string;
  /** True when `text` is the source text (offsets then map to lines). */
  readonly isSource: boolean;
};

/** The non-empty sections of a report, in part order. Tolerates reports without `sections`. */
export function sectionTextsOf(report: AnnualReport): ScanText[] {
  const sections = (report.sections as AnnualReport['sections'] | undefined) ?? null;
  if (sections === null) {
    return [];
  }
  const texts: ScanText[] = [];
  for (const { key } of PARTS) {
    const text = sections[key];
    if (typeof text === 'string' && text.trim() !== '') {
      texts.push({ part: key, text, isSource: false });
    }
  }
  return texts;
}

/**
 * The texts to scan for document-wide checks: the source text when given (it also holds the title
 * and the preamble, which belong to no section), otherwise the sections.
 */
export function documentTextsOf(report: AnnualReport, sourceText: string | undefined): ScanText[] {
  if (sourceText !== undefined && sourceText.trim() !== '') {
    return [{ part: 'document', text: sourceText, isSource: true }];
  }
  return sectionTextsOf(report);
}

/**
 * 1-based line number of an offset.
 * @example lineAt('a\nb', 2) // 2
 */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
    }
  }
  return line;
}

/**
 * The section a source offset belongs to: the first section that contains the text around the
 * offset (up to 12, then 6 characters each side, within the line). 'document' if none.
 */
export function partOfSourceOffset(
  report: AnnualReport,
  sourceText: string,
  start: number,
  end: number,
): PartKey | 'document' {
  const sections = sectionTextsOf(report);
  const lineStart = sourceText.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = sourceText.indexOf('\n', end) < 0 ? sourceText.length : sourceText.indexOf('\n', end);
  for (const radius of [12, 6]) {
    const window = sourceText.slice(Math.max(lineStart, start - radius), Math.min(lineEnd, end + radius));
    const found = sections.find((s) => s.text.includes(window));
    if (found) {
      return found.part as PartKey;
    }
  }
  return 'document';
}

/** Builds the location of [start, end) in a scanned text, following the convention above. */
export function locationIn(scan: ScanText, start: number, end: number): FindingLocation {
  if (scan.isSource) {
    return { part: scan.part, start, end, line: lineAt(scan.text, start) };
  }
  return { part: scan.part, start, end };
}

/**
 * Maps a span of a section to the source text when the same words can be found there (with a few
 * characters of context so the right occurrence is chosen); otherwise keeps section offsets.
 */
export function locateSectionSpan(
  scan: ScanText,
  start: number,
  end: number,
  sourceText: string | undefined,
): FindingLocation {
  if (scan.isSource || sourceText === undefined) {
    return locationIn(scan, start, end);
  }
  for (const radius of [8, 0]) {
    const from = Math.max(0, start - radius);
    const snippet = scan.text.slice(from, Math.min(scan.text.length, end + radius));
    const at = sourceText.indexOf(snippet);
    if (at >= 0 && (radius > 0 || sourceText.indexOf(snippet, at + 1) < 0)) {
      const sourceStart = at + (start - from);
      const sourceEnd = sourceStart + (end - start);
      return { part: scan.part, start: sourceStart, end: sourceEnd, line: lineAt(sourceText, sourceStart) };
    }
  }
  return locationIn(scan, start, end);
}
