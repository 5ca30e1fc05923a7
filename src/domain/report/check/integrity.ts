/**
 * Content integrity: text that does not belong in a government report (product.md: seed 000 was
 * tampered with — 「UedBet体育」 replaced 政务公开, a city name and a leader's name; 「A platform that
 * publishes must notice that」).
 *
 * - `CONTENT_INJECTED` (error): one finding per distinct injected string, with every occurrence;
 * - `CONTENT_REPLACED_NAME` (error): a fixed official phrase with its word replaced;
 * - `CONTENT_NAME_MISSING` (warning): 「新时代中国特色社会主义思想」 without 「习近平」;
 * - `CONTENT_SUSPICIOUS_TOKEN` (warning): a brand-like Latin token glued into Chinese, not clearly spam;
 * - `CONTENT_EXTERNAL_LINK` (warning): a link to a host that is not a government website.
 *
 * Positions follow text-location.ts: with the source text, `start`/`end`/`line` in it (the part is
 * found by matching the sections); without it, offsets within `sections[part]`.
 */
import { finding, type Finding, type FindingLocation } from '../findings.ts';
import type { AnnualReport } from '../model.ts';
import { findLinks, isGovernmentHost } from './external-links.ts';
import { findInjectedText, type InjectionReason } from './injected-text.ts';
import { findAlteredPhrases } from './official-phrases.ts';
import { CATEGORY_NAMES } from './spam-lexicon.ts';
import { documentTextsOf, locationIn, partOfSourceOffset, type ScanText } from './text-location.ts';
import { describeLines, partName } from './wording.ts';

/** One place a string occurs. */
type Occurrence = { readonly scan: ScanText; readonly start: number; readonly end: number };

/** At most this many occurrences are listed one by one in `numbers`. */
const MAX_LISTED = 50;

function locate(report: AnnualReport, occurrence: Occurrence): FindingLocation {
  const { scan, start, end } = occurrence;
  const where = locationIn(scan, start, end);
  return scan.isSource ? { ...where, part: partOfSourceOffset(report, scan.text, start, end) } : where;
}

/** Where, in words, and in numbers: the first occurrence, the count, and each position. */
function summarise(report: AnnualReport, occurrences: readonly Occurrence[]) {
  const locations = occurrences.map((o) => locate(report, o));
  const numbers: Record<string, number> = { occurrences: occurrences.length };
  locations.slice(0, MAX_LISTED).forEach((l, i) => {
    numbers[`start${i + 1}`] = l.start ?? 0;
    if (l.line !== undefined) {
      numbers[`line${i + 1}`] = l.line;
    }
  });
  const lines = locations.flatMap((l) => (l.line === undefined ? [] : [l.line]));
  let place: string;
  if (lines.length === locations.length) {
    place = describeLines(lines);
  } else {
    const perPart = new Map<string, number>();
    for (const l of locations) {
      const name = partName(l.part ?? 'document');
      perPart.set(name, (perPart.get(name) ?? 0) + 1);
    }
    place = [...perPart].map(([name, count]) => `${name}（${count}处）`).join('、');
  }
  return { where: locations[0] ?? {}, numbers, place };
}

function groupByText<T extends Occurrence & { readonly text: string }>(
  items: readonly T[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    groups.set(item.text, [...(groups.get(item.text) ?? []), item]);
  }
  return groups;
}

function reasonText(reason: InjectionReason): string {
  switch (reason.kind) {
    case 'gamblingBrand':
      return '外文品牌名紧接“体育”“娱乐”等博彩用语，疑为博彩广告植入';
    case 'lexicon':
      return `属于${CATEGORY_NAMES[reason.category]}用语，疑为被植入的垃圾信息`;
    case 'repeatedToken':
      return '同一外文字符串在文中多处不同语境反复出现，疑为篡改植入';
    default: {
      const never: never = reason;
      return never;
    }
  }
}

function injectedFindings(report: AnnualReport, texts: readonly ScanText[]): Finding[] {
  const { hits, suspicious } = findInjectedText(texts);
  const findings: Finding[] = [];
  for (const [text, group] of groupByText(hits)) {
    const { where, numbers, place } = summarise(report, group);
    const reason = group[0]?.reason ?? { kind: 'repeatedToken' };
    findings.push(
      finding(
        'CONTENT_INJECTED',
        'error',
        `发现与政府信息公开年度报告无关的文字「${text}」（${reasonText(reason)}），共${group.length}处，位于${place}`,
        where,
        { numbers, text },
      ),
    );
  }
  for (const [text, group] of groupByText(suspicious)) {
    const { where, numbers, place } = summarise(report, group);
    findings.push(
      finding(
        'CONTENT_SUSPICIOUS_TOKEN',
        'warning',
        `中文正文中夹有外文字符串「${text}」，不是常见缩写，请核实是否为被植入的文字（共${group.length}处，位于${place}）`,
        where,
        { numbers, text },
      ),
    );
  }
  return findings;
}

function phraseFindings(report: AnnualReport, texts: readonly ScanText[]): Finding[] {
  return texts.flatMap((scan) =>
    findAlteredPhrases(scan.text).map((altered) => {
      const where = locate(report, { scan, start: altered.start, end: altered.end });
      if (altered.found === '') {
        return finding(
          'CONTENT_NAME_MISSING',
          'warning',
          `「${altered.phrase.slice(altered.expected.length)}」前缺少「${altered.expected}」，规范表述为「${altered.phrase}」`,
          where,
          { text: altered.excerpt },
        );
      }
      return finding(
        'CONTENT_REPLACED_NAME',
        'error',
        `固定表述「${altered.phrase}」中的「${altered.expected}」被替换为「${altered.found}」（原文：「${altered.excerpt}」），疑为篡改`,
        where,
        { text: altered.found },
      );
    }),
  );
}

function linkFindings(report: AnnualReport, texts: readonly ScanText[]): Finding[] {
  const links = texts.flatMap((scan) =>
    findLinks(scan.text)
      .filter((link) => link.kind !== 'email' && !isGovernmentHost(link.host))
      .map((link) => ({ ...link, scan, text: link.host })),
  );
  return [...groupByText(links)].map(([host, group]) => {
    const { where, numbers, place } = summarise(report, group);
    const shown = group[0]?.scan.text.slice(group[0].start, group[0].end) ?? host;
    return finding(
      'CONTENT_EXTERNAL_LINK',
      'warning',
      `链接「${shown}」指向非政府网站${shown === host ? '' : `（${host}）`}，年度报告一般只链接政府网站（.gov.cn），` +
        `请核实是否为被植入的外部链接（共${group.length}处，位于${place}）`,
      where,
      { numbers, text: shown },
    );
  });
}

/**
 * Checks that the report's text is what a government report would contain.
 * Scans the source text when given (it also holds the title and preamble), else the sections and
 * the organ name.
 * @returns CONTENT_INJECTED / CONTENT_REPLACED_NAME errors; CONTENT_NAME_MISSING,
 *   CONTENT_SUSPICIOUS_TOKEN and CONTENT_EXTERNAL_LINK warnings
 * @example
 * checkIntegrity(report, seedText)
 * // [{ code: 'CONTENT_INJECTED', severity: 'error', text: 'UedBet体育',
 * //    message: '发现与政府信息公开年度报告无关的文字「UedBet体育」（…），共24处，位于第1、3、9、12、14、69、71–73行', … }, …]
 */
export function checkIntegrity(report: AnnualReport, sourceText?: string): Finding[] {
  const texts = documentTextsOf(report, sourceText);
  const hasSource = texts.some((t) => t.isSource);
  const scanned: ScanText[] =
    !hasSource && report.organ !== null
      ? [...texts, { part: 'header', text: report.organ, isSource: false }]
      : texts;
  return [
    ...injectedFindings(report, scanned),
    ...phraseFindings(report, scanned),
    ...linkFindings(report, scanned),
  ];
}
