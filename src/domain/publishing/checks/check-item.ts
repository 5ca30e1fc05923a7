/**
 * The pre-publication checks (先审查后公开), run on save and again before 签发: personal data,
 * injected or tampered text (the report checker's integrity rules), dates, 文号 shape, 解读 (三同步)
 * and links to the platform's own pages that lead nowhere. Errors block publication; warnings need
 * a recorded reason. Pure: the shell gathers the facts (attachment text, link targets, today).
 */
import { compareDates, type LocalDate } from '../../calendar/local-date.ts';
import { findInjectedText } from '../../report/check/injected-text.ts';
import { findAlteredPhrases } from '../../report/check/official-phrases.ts';
import { isWellFormedDocNumber } from '../doc-number.ts';
import type { ItemKind } from '../vocabulary.ts';
import { reportItemFindings, type ReportCheckFacts } from './report-findings.ts';
import { findPersonalData, PERSONAL_DATA_LABELS, type PersonalDataHit } from './personal-data.ts';

export const ITEM_CHECK_CODES = [
  'PERSONAL_DATA',
  'INJECTED_TEXT',
  'ALTERED_PHRASE',
  'SUSPICIOUS_TOKEN',
  'WRITTEN_AFTER_PUBLISHED',
  'WRITTEN_IN_FUTURE',
  'DOC_NUMBER_SHAPE',
  'INTERPRETATION_MISSING',
  'INTERPRETATION_BEFORE_DOCUMENT',
  'BROKEN_OWN_LINK',
  'REPORT_MISSING',
  'REPORT_FINDING',
  'REPORT_YEAR_TAKEN',
  'ROLLUP_UNPUBLISHED',
  'ROLLUP_STALE',
] as const;
export type ItemCheckCode = (typeof ITEM_CHECK_CODES)[number];

/**
 * The version of the rules below. Bump it when a rule is added or changed: stored re-check results
 * of published items (item_rechecks) made under an older version are shown as out of date.
 */
export const ITEM_CHECKS_VERSION = '2026-12-08';

/** Where a finding is: the title, the body, or one attachment's text. */
export type CheckPlace =
  | { field: 'title' | 'body' | 'docNumber' | 'dates' | 'relations' | 'report' }
  | { field: 'attachment'; fileId: number; name: string };

export type ItemFinding = {
  code: ItemCheckCode;
  severity: 'error' | 'warning';
  message: string;
  place: CheckPlace;
  /** Offsets in the place's text, when the finding points at characters. */
  start?: number;
  end?: number;
  personalData?: PersonalDataHit['kind'];
};

export type ItemCheckInput = {
  kind: ItemKind;
  title: string;
  docNumber: string;
  writtenOn: LocalDate | null;
  /** The day it goes out: today, the 定时发布 day, or the recorded day of an imported item. */
  publishOn: LocalDate;
  today: LocalDate;
  bodyText: string;
  attachments: readonly { fileId: number; name: string; text: string }[];
  /** 三同步: a 规范性文件 needs its 解读 (organ setting). */
  interpretationRequired: boolean;
  /** 解读 linked to this document (published or going out with it). */
  interpretationCount: number;
  /** For a 解读: its documents, and whether each is published or goes out in the same step. */
  interpretedDocuments: readonly { title: string; isOut: boolean }[];
  /** Own-site links in the body whose target does not exist. */
  brokenOwnLinks: readonly string[];
  /** For a 年度报告: its report and whether the year is taken (decision 029). */
  report?: ReportCheckFacts;
};

function textFindings(text: string, place: CheckPlace): ItemFinding[] {
  const personal = findPersonalData(text).map<ItemFinding>((hit) => ({
    code: 'PERSONAL_DATA',
    severity: 'error',
    message: `含${PERSONAL_DATA_LABELS[hit.kind]}，公开前须删除或遮盖（条例第十五条）`,
    place,
    start: hit.start,
    end: hit.end,
    personalData: hit.kind,
  }));
  const { hits, suspicious } = findInjectedText([{ part: 'document', text, isSource: false }]);
  const injected = hits.map<ItemFinding>((h) => ({
    code: 'INJECTED_TEXT',
    severity: 'error',
    message: `含与政务信息无关的文字「${h.text}」，疑为植入内容`,
    place,
    start: h.start,
    end: h.end,
  }));
  const altered = findAlteredPhrases(text).map<ItemFinding>((a) => ({
    code: 'ALTERED_PHRASE',
    severity: 'error',
    message: `固定表述「${a.phrase}」被改为「${a.excerpt}」`,
    place,
    start: a.start,
    end: a.end,
  }));
  const odd = suspicious.map<ItemFinding>((s) => ({
    code: 'SUSPICIOUS_TOKEN',
    severity: 'warning',
    message: `外文串「${s.text}」嵌在中文中，请确认不是植入内容`,
    place,
    start: s.start,
    end: s.end,
  }));
  return [...personal, ...injected, ...altered, ...odd];
}

function dateFindings(input: ItemCheckInput): ItemFinding[] {
  const place: CheckPlace = { field: 'dates' };
  if (input.writtenOn === null) {
    return [];
  }
  if (compareDates(input.writtenOn, input.today) > 0) {
    return [{ code: 'WRITTEN_IN_FUTURE', severity: 'error', message: '成文日期晚于今天', place }];
  }
  if (compareDates(input.writtenOn, input.publishOn) > 0) {
    return [{ code: 'WRITTEN_AFTER_PUBLISHED', severity: 'error', message: '成文日期晚于发布日期', place }];
  }
  return [];
}

function relationFindings(input: ItemCheckInput): ItemFinding[] {
  const place: CheckPlace = { field: 'relations' };
  const out: ItemFinding[] = [];
  if (input.kind === 'normative' && input.interpretationRequired && input.interpretationCount === 0) {
    out.push({
      code: 'INTERPRETATION_MISSING',
      severity: 'error',
      message: '本机关要求规范性文件与解读同步发布（三同步），请先关联政策解读，或与解读一并签发',
      place,
    });
  }
  for (const doc of input.interpretedDocuments.filter((d) => !d.isOut)) {
    out.push({
      code: 'INTERPRETATION_BEFORE_DOCUMENT',
      severity: 'error',
      message: `解读的文件「${doc.title}」尚未发布，解读不能先于文件发布`,
      place,
    });
  }
  return out;
}

/** Every finding on the item, errors first. */
export function checkItem(input: ItemCheckInput): ItemFinding[] {
  const docNumber: ItemFinding[] =
    input.docNumber !== '' && !isWellFormedDocNumber(input.docNumber)
      ? [
          {
            code: 'DOC_NUMBER_SHAPE',
            severity: 'warning',
            message: `文号「${input.docNumber}」不符合「代字〔年份〕序号」的格式`,
            place: { field: 'docNumber' },
          },
        ]
      : [];
  const links = input.brokenOwnLinks.map<ItemFinding>((href) => ({
    code: 'BROKEN_OWN_LINK',
    severity: 'warning',
    message: `正文中的链接「${href}」在本平台上找不到`,
    place: { field: 'body' },
  }));
  const all = [
    ...textFindings(input.title, { field: 'title' }),
    ...textFindings(input.bodyText, { field: 'body' }),
    ...input.attachments.flatMap((a) =>
      textFindings(a.text, { field: 'attachment', fileId: a.fileId, name: a.name }),
    ),
    ...dateFindings(input),
    ...docNumber,
    ...relationFindings(input),
    ...links,
    ...(input.kind === 'annualReport' && input.report !== undefined
      ? reportItemFindings(input.report).map<ItemFinding>((f) => ({ ...f, place: { field: 'report' } }))
      : []),
  ];
  return [...all.filter((f) => f.severity === 'error'), ...all.filter((f) => f.severity === 'warning')];
}

/** True when any finding blocks publication. */
export function hasBlockingFinding(findings: readonly ItemFinding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
