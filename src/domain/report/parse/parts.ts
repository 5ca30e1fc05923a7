/**
 * Finds the six parts of a report (一、总体情况 … 六、其他需要报告的事项) in normalized text,
 * tolerating the variants seen in real reports (domain-zh.md §2.2) and headings that are not at a
 * line start (whole page on one line).
 */
import type { PartKey } from '../layout.ts';

export type PartHeading = {
  key: PartKey;
  /** Offset of the heading's first character (its number). */
  start: number;
  /** Offset just after the heading text. */
  end: number;
  /** The numbering as printed: 「一」「2」… */
  numbering: string;
  text: string;
};

const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六'] as const;

/** Title keywords per part; the numbering is matched separately. */
const PART_KEYWORDS: Record<PartKey, string> = {
  overview: '(?:总体情况|概述|总体|基本情况|概况)',
  proactive: '(?:主动公开)',
  applications: '(?:收到和处理|收到及处理|收到并处理|依申请公开|政府信息公开申请)',
  reviewLitigation: '(?:政府信息公开行政复议|因政府信息公开|政府信息公开的行政复议|行政复议|被申请行政复议)',
  problems: '(?:存在的?主要问题|存在问题|存在的问题|政府信息公开工作存在|政府信息公开中存在|主要问题)',
  other: '(?:其他需要报告|其它需要报告|其他事项|其他需报告)',
};

const PART_ORDER: readonly PartKey[] = [
  'overview',
  'proactive',
  'applications',
  'reviewLitigation',
  'problems',
  'other',
];

function headingPattern(index: number): RegExp {
  const key = PART_ORDER[index]!;
  // A Chinese numeral may follow a digit (text run together: 「…1728.59三、收到…」); an arabic one may not.
  const ordinal = `(?<![(一二三四五六七八九十])${CHINESE_ORDINALS[index]}|(?<![(\\d一二三四五六七八九十])${index + 1}(?!\\d)`;
  // Numbering, a separator 、 . , and the keyword; not preceded by '(' (that is a sub-heading like (一)).
  return new RegExp(`(${ordinal})\\s*[、.,，:：]\\s*${PART_KEYWORDS[key]}`, 'g');
}

/** Extends a heading match to the end of its title (end of a short line, or up to 情况/事项/措施). */
function headingEnd(text: string, matchEnd: number): number {
  const lineEnd = text.indexOf('\n', matchEnd);
  const eol = lineEnd === -1 ? text.length : lineEnd;
  const rest = text.slice(matchEnd, Math.min(eol, matchEnd + 40));
  const suffix = /^[^。\n|]{0,24}?(?:情况|事项|措施|概述)/.exec(rest);
  if (eol - matchEnd <= 30 && !/\d/.test(text.slice(matchEnd, eol))) {
    return eol;
  }
  return suffix ? matchEnd + suffix[0].length : matchEnd;
}

/**
 * Locates part headings in order. Each part is searched after the previous one found, so a table
 * row such as 「四、结转下年度继续办理」 is never taken for part 四 (its keywords differ anyway).
 * @returns the headings found, in text order (missing parts are absent)
 */
export function findPartHeadings(text: string, from = 0): PartHeading[] {
  const found: PartHeading[] = [];
  let cursor = from;
  PART_ORDER.forEach((key, index) => {
    const pattern = headingPattern(index);
    pattern.lastIndex = cursor;
    const match = pattern.exec(text);
    if (!match) {
      return;
    }
    const end = headingEnd(text, match.index + match[0].length);
    found.push({
      key,
      start: match.index,
      end,
      numbering: match[1]!,
      text: text.slice(match.index, end).trim(),
    });
    cursor = end;
  });
  return found;
}

/** True when a heading uses the official Chinese numbering (一、 not 1、 or 2.). */
export function hasOfficialNumbering(heading: PartHeading): boolean {
  return CHINESE_ORDINALS.includes(heading.numbering as (typeof CHINESE_ORDINALS)[number]);
}

/** Markers of site furniture after the report body (navigation, share buttons, footers). */
const TRAILING_FURNITURE =
  /(?:^|\n)[^\n]{0,6}(?:相关新闻|相关链接|相关文章|相关阅读|【打印】|打印本页|【关闭】|关闭窗口|扫一扫|分享到|上一篇|下一篇|返回顶部|主办单位|承办单位|网站标识码|网站地图|版权所有|ICP备|公网安备|技术支持)/;

/** Offset where the report body ends (before trailing site furniture), searching after `from`. */
export function findBodyEnd(text: string, from: number): number {
  const match = TRAILING_FURNITURE.exec(text.slice(from));
  return match ? from + match.index : text.length;
}

/** Chinese name of a part, for messages. */
export const PART_NAMES: Record<PartKey, string> = {
  overview: '一、总体情况',
  proactive: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  reviewLitigation: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
};
