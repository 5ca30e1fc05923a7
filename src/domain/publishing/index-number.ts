/**
 * 索引号 (portal-conventions §3.1–§3.2): 「前段码/后段码」, by default 「统一社会信用代码/YYYY-NNNNN」.
 * The shape is a per-organ pattern (a setting; the default is our choice [U]) so the other shapes
 * in use can be expressed: `{机构代码}/{年}-{序号:5}`, `{机构代码}/{年月}-{序号:5}`,
 * `{机构代码}-{年}-{序号:6}`, `{日期}-{序号:6}`, `GSD0122-{栏目代码}-{年}-{序号:3}` …
 * The serial runs per organ and year and is allocated atomically by the database; a number once
 * given is never reused and never changes (not when the item moves, not when the organ is renamed).
 */
import type { LocalDate } from '../calendar/local-date.ts';

export const DEFAULT_INDEX_PATTERN = '{机构代码}/{年}-{序号:5}';

const TOKEN = /\{([^{}:]+)(?::(\d+))?\}/g;
const KNOWN = ['机构代码', '年', '年月', '日期', '栏目代码', '序号'] as const;

/** Why `pattern` cannot number items (Chinese), or null when it can. */
export function indexPatternProblem(pattern: string): string | null {
  if (pattern.length === 0 || pattern.length > 80) {
    return '索引号格式不能为空，且不超过80个字符';
  }
  const tokens = [...pattern.matchAll(TOKEN)].map((m) => m[1]!);
  const unknown = tokens.find((t) => !(KNOWN as readonly string[]).includes(t));
  if (unknown !== undefined) {
    return `索引号格式中的「{${unknown}}」无法识别，可用：${KNOWN.map((k) => `{${k}}`).join('、')}`;
  }
  const serial = [...pattern.matchAll(TOKEN)].filter((m) => m[1] === '序号');
  if (
    serial.length !== 1 ||
    serial[0]![2] === undefined ||
    Number(serial[0]![2]) < 1 ||
    Number(serial[0]![2]) > 9
  ) {
    return '索引号格式必须含且只含一个流水号，写作「{序号:位数}」，位数1至9，如「{序号:5}」';
  }
  if (!tokens.some((t) => t === '年' || t === '年月' || t === '日期')) {
    return '索引号格式必须含年份（{年}、{年月}或{日期}），流水号按年编排';
  }
  if (/[\s<>"'&\\]/.test(pattern.replace(TOKEN, ''))) {
    return '索引号格式只能含字母、数字和「/」「-」「.」等分隔符';
  }
  return null;
}

export type IndexNumberInput = {
  pattern: string;
  /** The organ's code as configured (统一社会信用代码 or 组织机构代码). */
  organCode: string;
  /** The day of first publication (Beijing date). */
  publishedOn: LocalDate;
  columnCode: string;
  serial: number;
};

/**
 * The 索引号 for a serial.
 * @example formatIndexNumber({ pattern: DEFAULT_INDEX_PATTERN, organCode: '11370304004200345X', publishedOn: '2026-12-06', columnCode: '', serial: 7 })
 * // '11370304004200345X/2026-00007'
 */
export function formatIndexNumber(input: IndexNumberInput): string {
  const [y, m, d] = input.publishedOn.split('-') as [string, string, string];
  return input.pattern.replace(TOKEN, (_all, name: string, width?: string) => {
    switch (name) {
      case '机构代码':
        return input.organCode;
      case '年':
        return y;
      case '年月':
        return `${y}${m}`;
      case '日期':
        return `${y}${m}${d}`;
      case '栏目代码':
        return input.columnCode;
      default:
        return String(input.serial).padStart(Number(width ?? 5), '0');
    }
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * The year and serial of a 索引号 that this organ's pattern would give, or null when the number
 * does not have the pattern's shape (an old site's own numbering). Imports use it to move the
 * organ's serial past the numbers they bring in, so later publications never collide with them.
 * @example indexSerialOf(DEFAULT_INDEX_PATTERN, '11370304004200345X', '11370304004200345X/2024-00107') // { year: 2024, serial: 107 }
 */
export function indexSerialOf(
  pattern: string,
  organCode: string,
  indexNumber: string,
): { year: number; serial: number } | null {
  let yearGroup = 0;
  let serialGroup = 0;
  let group = 0;
  let source = '';
  let at = 0;
  for (const match of pattern.matchAll(TOKEN)) {
    source += escapeRegExp(pattern.slice(at, match.index));
    at = match.index + match[0].length;
    switch (match[1] ?? '') {
      case '机构代码':
        source += escapeRegExp(organCode);
        break;
      case '年':
      case '年月':
      case '日期':
        group += 1;
        yearGroup = group;
        source += match[1] === '年' ? '(\\d{4})' : match[1] === '年月' ? '(\\d{4})\\d{2}' : '(\\d{4})\\d{4}';
        break;
      case '栏目代码':
        source += '[^/]*?';
        break;
      default:
        group += 1;
        serialGroup = group;
        source += `(\\d{${Number(match[2] ?? 5)},9})`;
    }
  }
  source += escapeRegExp(pattern.slice(at));
  const found = new RegExp(`^${source}$`).exec(indexNumber);
  if (found === null || yearGroup === 0 || serialGroup === 0) {
    return null;
  }
  return { year: Number(found[yearGroup]), serial: Number(found[serialGroup]) };
}
