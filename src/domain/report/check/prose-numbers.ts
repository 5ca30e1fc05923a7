/**
 * Numbers quoted in the prose against the tables (domain-zh.md §2.6, §6: 「Text contradicts the
 * table」). A quote that disagrees with a table cell is a warning `PROSE_TABLE_MISMATCH` carrying the
 * quoted text, its position and both numbers. Statements of zero (「未收到政府信息公开申请」,
 * 「没有因政府信息公开被申请行政复议、被提起行政诉讼」) are compared like a quoted 0. Only quotes whose
 * table value is a number are compared; one info `PROSE_NUMBERS_CHECKED` summarises what was compared.
 */
import { finding, type Finding } from '../findings.ts';
import type { AnnualReport } from '../model.ts';
import { COUNT_PATTERN, normalizeDigits, parseCount } from './chinese-numerals.ts';
import {
  JOINED_OUTCOMES,
  OTHER_SUBJECTS,
  PROSE_PATTERNS,
  PROSE_QUANTITIES,
  type ProsePattern,
  type QuantityKey,
} from './prose-quantities.ts';
import { documentTextsOf, locateSectionSpan, sectionTextsOf, type ScanText } from './text-location.ts';

/** One statement in the prose about a table quantity. */
export type ProseQuote = {
  quantity: QuantityKey;
  value: number;
  /** The quoted words, verbatim. */
  text: string;
  start: number;
  end: number;
  scan: ScanText;
  /** True for statements such as 「未收到政府信息公开申请」 (value 0 without a number). */
  isZeroStatement: boolean;
};

const FILL = String.raw`(?:共|共计|合计|总计|累计|为|了|的)?\s*`;
const COMPILED = PROSE_PATTERNS.map((pattern) => ({
  pattern,
  regex: new RegExp(`(?:${pattern.lead})${FILL}(${COUNT_PATTERN})(余|多)?(?:件|起|宗)`, 'g'),
}));

const SENTENCE_END = /[。；;！!？?\n]/;
const CLAUSE_END = /[。；;！!？?\n，,]/;

/** Start of the sentence (or clause) containing `offset`. */
function boundaryBefore(text: string, offset: number, stop: RegExp): number {
  let i = offset - 1;
  while (i >= 0 && !stop.test(text.charAt(i))) {
    i -= 1;
  }
  return i + 1;
}

function boundaryAfter(text: string, offset: number, stop: RegExp): number {
  let i = offset;
  while (i < text.length && !stop.test(text.charAt(i))) {
    i += 1;
  }
  return i;
}

function isDisclosureContext(scan: ScanText, text: string, start: number): boolean {
  if (scan.part === 'reviewLitigation') {
    return true;
  }
  const sentence = text.slice(
    boundaryBefore(text, start, SENTENCE_END),
    boundaryAfter(text, start, SENTENCE_END),
  );
  return /信息公开|依申请公开/.test(sentence);
}

function acceptsQuote(
  pattern: ProsePattern,
  scan: ScanText,
  text: string,
  start: number,
  end: number,
): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  if (pattern.rejectBefore?.test(before) || JOINED_OUTCOMES.test(before)) {
    return false;
  }
  if (pattern.needsDisclosureContext) {
    return isDisclosureContext(scan, text, start);
  }
  const clause = text.slice(boundaryBefore(text, start, CLAUSE_END), end);
  return !OTHER_SUBJECTS.test(clause);
}

/** Numeric quotes in one text. */
function numericQuotes(scan: ScanText): ProseQuote[] {
  const text = normalizeDigits(scan.text);
  const quotes: ProseQuote[] = [];
  for (const { pattern, regex } of COMPILED) {
    for (const match of text.matchAll(regex)) {
      const start = match.index;
      const end = start + match[0].length;
      const value = parseCount(match[1] ?? '');
      const isApproximate = match[2] !== undefined;
      if (value === null || isApproximate || !acceptsQuote(pattern, scan, text, start, end)) {
        continue;
      }
      quotes.push({
        quantity: pattern.quantity,
        value,
        text: scan.text.slice(start, end),
        start,
        end,
        scan,
        isZeroStatement: false,
      });
    }
  }
  return quotes;
}

const NO_APPLICATIONS = [
  /(?:未|没有)(?:收到|接到|受理|接收)(?:过)?(?:任何)?[^。；;，,！？\d]{0,8}?(?:政府信息公开申请|依申请公开)/g,
  /无依申请公开/g,
  /(?:未|没有)(?:发生|出现)(?:过)?依申请公开/g,
];
const NO_REVIEW_OR_LITIGATION =
  /(?:未|没有|无)(?!经|论)[^。；;！!？?\n]{0,24}?(?:行政复议|行政诉讼)[^。；;！!？?\n]*/g;
const NOT_A_ZERO_CLAIM = /纠错|纠正|败诉|撤销|确认违法|\d+\s*(?:件|起)/;

/** Statements of zero in one text: no applications, no review, no litigation. */
function zeroQuotes(scan: ScanText): ProseQuote[] {
  const text = scan.text;
  const quotes: ProseQuote[] = [];
  const push = (quantity: QuantityKey, start: number, end: number): void => {
    quotes.push({
      quantity,
      value: 0,
      text: text.slice(start, end),
      start,
      end,
      scan,
      isZeroStatement: true,
    });
  };
  for (const regex of NO_APPLICATIONS) {
    for (const match of text.matchAll(regex)) {
      const end = match.index + match[0].length;
      const rest = text.slice(end, boundaryAfter(text, end, CLAUSE_END));
      if (!/复议|诉讼|投诉|举报/.test(rest) && !/复议|诉讼/.test(match[0])) {
        push('newlyReceived', match.index, end);
      }
    }
  }
  for (const match of text.matchAll(NO_REVIEW_OR_LITIGATION)) {
    const span = match[0];
    if (NOT_A_ZERO_CLAIM.test(span) || !isDisclosureContext(scan, text, match.index)) {
      continue;
    }
    const end = match.index + span.length;
    if (span.includes('行政复议')) {
      push('review', match.index, end);
    }
    if (span.includes('行政诉讼')) {
      push('litigation', match.index, end);
    }
  }
  return quotes;
}

/**
 * Finds the statements about table quantities in a text (numbers and statements of zero).
 * @example findProseQuotes({ part: 'overview', text: '共收到政府信息公开申请61件', isSource: false })
 * // [{ quantity: 'newlyReceived', value: 61, text: '收到政府信息公开申请61件', … }]
 */
export function findProseQuotes(scan: ScanText): ProseQuote[] {
  return [...numericQuotes(scan), ...zeroQuotes(scan)].sort((a, b) => a.start - b.start);
}

function mismatch(quote: ProseQuote, table: number, sourceText: string | undefined): Finding {
  const quantity = PROSE_QUANTITIES[quote.quantity];
  const difference = quote.value - table;
  const said = quote.isZeroStatement ? `正文「${quote.text}」（即 0）` : `正文「${quote.text}」`;
  return finding(
    'PROSE_TABLE_MISMATCH',
    'warning',
    `${said}与${quantity.tableLabel}的 ${table} 不一致，相差 ${Math.abs(difference)}`,
    {
      ...locateSectionSpan(quote.scan, quote.start, quote.end, sourceText),
      row: quantity.row,
      column: quantity.column,
    },
    { numbers: { prose: quote.value, table, difference }, text: quote.text },
  );
}

/**
 * Compares the numbers quoted in the prose with the tables. Skipped for legacy reports (no tables).
 * Scans `report.sections`; when the report has no sections, scans `sourceText` instead.
 * @returns PROSE_TABLE_MISMATCH warnings and one PROSE_NUMBERS_CHECKED info (when anything was compared)
 */
export function checkProseNumbers(report: AnnualReport, sourceText?: string): Finding[] {
  if (report.format === 'legacy') {
    return [];
  }
  const sections = sectionTextsOf(report);
  const texts = sections.length > 0 ? sections : documentTextsOf(report, sourceText);
  const findings: Finding[] = [];
  let compared = 0;
  for (const quote of texts.flatMap(findProseQuotes)) {
    const table = PROSE_QUANTITIES[quote.quantity].read(report);
    if (table === null) {
      continue;
    }
    compared += 1;
    if (table !== quote.value) {
      findings.push(mismatch(quote, table, sourceText));
    }
  }
  if (compared > 0) {
    const agreed = compared - findings.length;
    findings.push(
      finding(
        'PROSE_NUMBERS_CHECKED',
        'info',
        `正文中有${compared}处数字或“未收到”类表述可与表格核对，其中${agreed}处一致` +
          (findings.length > 0 ? `，${findings.length}处不一致` : ''),
        { part: 'document' },
        { numbers: { compared, agreed, mismatched: findings.length } },
      ),
    );
  }
  return findings;
}
