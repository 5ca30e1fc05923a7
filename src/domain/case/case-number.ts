/**
 * 案件编号 (the number on every letter of an application, 一案一号): each organ sets a pattern;
 * the default 「{简称}公开〔{年}〕{序号:4}号」 gives 「博政公开〔2025〕0001号」, the way 文号 are written
 * (〔〕 brackets around the year, 党政机关公文格式 GB/T 9704). The sequence restarts every year; the
 * shell takes the next one in the same transaction that stores the case.
 */

/** The default pattern. */
export const DEFAULT_CASE_NUMBER_PATTERN = '{简称}公开〔{年}〕{序号:4}号';

/** What a number is made of. */
export type CaseNumberParts = { shortName: string; year: number; sequence: number };

export type CaseNumberPatternCheck = { isValid: true } | { isValid: false; errors: readonly string[] };

const PLACEHOLDER = /\{([^{}]*)\}/g;
const SEQUENCE = /^序号(?::(\d+))?$/;
const MAX_PATTERN_LENGTH = 60;
const MAX_WIDTH = 8;
const AVAILABLE = '可用的有 {简称}、{年}、{序号}、{序号:4}';

/** The placeholders of a pattern, in order (their inner text). */
const placeholdersOf = (pattern: string): string[] =>
  [...pattern.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');

/** Errors of single placeholders: unknown names and bad widths. */
function placeholderErrors(names: readonly string[]): string[] {
  return names.flatMap((name) => {
    const sequence = SEQUENCE.exec(name);
    if (sequence) {
      const width = sequence[1] === undefined ? 1 : Number(sequence[1]);
      return width >= 1 && width <= MAX_WIDTH ? [] : [`{${name}} 的位数应为 1 至 ${MAX_WIDTH}`];
    }
    return name === '简称' || name === '年' ? [] : [`未知的占位符 {${name}}，${AVAILABLE}`];
  });
}

/**
 * Checks an organ's case number pattern: it must contain {年} and one {序号} (or {序号:位数}), only
 * known placeholders, and balanced braces. Errors are Chinese, one per problem.
 * @example validateCaseNumberPattern('{简称}公开〔{年}〕{序号:4}号') // { isValid: true }
 * @example validateCaseNumberPattern('{简称}公开{序号}号') // { isValid: false, errors: ['编号格式必须包含 {年}'] }
 */
export function validateCaseNumberPattern(pattern: string): CaseNumberPatternCheck {
  if (pattern.trim() === '') {
    return { isValid: false, errors: ['请填写编号格式'] };
  }
  if ([...pattern].length > MAX_PATTERN_LENGTH) {
    return { isValid: false, errors: [`编号格式不能超过 ${MAX_PATTERN_LENGTH} 个字`] };
  }
  const names = placeholdersOf(pattern);
  const years = names.filter((name) => name === '年').length;
  const sequences = names.filter((name) => SEQUENCE.test(name)).length;
  const errors = [
    ...(/[{}]/.test(pattern.replace(PLACEHOLDER, '')) ? ['编号格式中的花括号 { } 不成对'] : []),
    ...(years === 0 ? ['编号格式必须包含 {年}'] : years > 1 ? ['{年} 只能出现一次'] : []),
    ...(sequences === 0
      ? ['编号格式必须包含 {序号} 或 {序号:位数}（如 {序号:4}）']
      : sequences > 1
        ? ['{序号} 只能出现一次']
        : []),
    ...placeholderErrors(names),
  ];
  return errors.length === 0 ? { isValid: true } : { isValid: false, errors };
}

/**
 * The case number for a sequence. A sequence wider than the width is written in full (10000 with
 * {序号:4} gives 10000), never cut.
 * @throws Error when the pattern is invalid (Chinese message), the year is not a 4-digit year, the
 *   sequence is not a positive integer, or the pattern needs {简称} and none is given
 * @example formatCaseNumber(DEFAULT_CASE_NUMBER_PATTERN, { shortName: '博政', year: 2025, sequence: 1 }) // '博政公开〔2025〕0001号'
 */
export function formatCaseNumber(pattern: string, parts: CaseNumberParts): string {
  const check = validateCaseNumberPattern(pattern);
  if (!check.isValid) {
    throw new Error(`编号格式有误：${check.errors.join('；')}`);
  }
  if (!Number.isInteger(parts.year) || parts.year < 1000 || parts.year > 9999) {
    throw new Error(`年份应为4位整数，而不是 ${parts.year}`);
  }
  if (!Number.isSafeInteger(parts.sequence) || parts.sequence < 1) {
    throw new Error(`序号应为正整数，而不是 ${parts.sequence}`);
  }
  const shortName = parts.shortName.trim();
  if (shortName === '' && pattern.includes('{简称}')) {
    throw new Error('编号格式包含 {简称}，但机关没有简称');
  }
  return pattern.replace(PLACEHOLDER, (_whole, name: string) => {
    if (name === '简称') {
      return shortName;
    }
    if (name === '年') {
      return String(parts.year);
    }
    const width = Number(SEQUENCE.exec(name)?.[1] ?? 1);
    return String(parts.sequence).padStart(width, '0');
  });
}

/** 省级 简称 used in 文号 (鲁政发, 京政发 …), by the place name without its suffix. */
const PROVINCE_SHORT_NAMES: Readonly<Record<string, string>> = {
  北京: '京',
  天津: '津',
  河北: '冀',
  山西: '晋',
  内蒙古: '蒙',
  辽宁: '辽',
  吉林: '吉',
  黑龙江: '黑',
  上海: '沪',
  江苏: '苏',
  浙江: '浙',
  安徽: '皖',
  福建: '闽',
  江西: '赣',
  山东: '鲁',
  河南: '豫',
  湖北: '鄂',
  湖南: '湘',
  广东: '粤',
  广西: '桂',
  海南: '琼',
  重庆: '渝',
  四川: '川',
  贵州: '黔',
  云南: '云',
  西藏: '藏',
  陕西: '陕',
  甘肃: '甘',
  青海: '青',
  宁夏: '宁',
  新疆: '新',
  香港: '港',
  澳门: '澳',
  台湾: '台',
};

/**
 * One administrative unit at the start of a name: a stem of 2–10 characters that holds no suffix and
 * no word of an organ's name (政府, 局, 委, 办, 和 …), then its suffix; or a one-character 县 or 区
 * (易县) and the districts named 市中区, 市南区, 市北区.
 */
const PLACE =
  /^(?:([^省市区县旗镇乡政府局委办厅院会和及与\s]{2,10}?)(省|自治区|特别行政区|自治州|地区|盟|市|区|县|旗|镇|乡|街道)|([^省市区县旗镇乡政府局委办厅院会和及与\s]|市[中南北])(县|区))/u;

/** The organ's part after the place: 人民政府 → 政, 人民政府办公室/办公厅 → 政办, 办事处 → 办, else its first character. */
function organPartCode(rest: string): string {
  if (rest === '' || rest === '人民政府') {
    return '政';
  }
  if (rest.startsWith('人民政府办公')) {
    return '政办';
  }
  return rest === '办事处' ? '办' : [...rest][0]!;
}

/**
 * A first guess at an organ's 简称 for case numbers, which the organ can override. The rule: the
 * last place named at the start (淄博市博山区… → 博山区) gives its first character — a province or
 * 直辖市 its official 简称 (山东省 → 鲁) — and the organ part gives 政 (人民政府), 政办 (人民政府办公室),
 * 办 (办事处) or its own first character (教育和体育局 → 教). Without a place: the first two characters.
 * Different organs can get the same guess (博山区人民政府 and 博山镇人民政府 → 博政): the organ
 * settings show it for confirmation.
 * @example defaultShortName('博山区人民政府') // '博政'
 * @example defaultShortName('淄博市博山区人民政府办公室') // '博政办'
 * @example defaultShortName('山东省人民政府') // '鲁政'
 * @example defaultShortName('淄博市博山区教育和体育局') // '博教'
 */
export function defaultShortName(organName: string): string {
  const name = organName.normalize('NFKC').replace(/\s/g, '');
  let rest = name;
  let place: { stem: string; suffix: string } | null = null;
  for (let match = PLACE.exec(rest); match; match = PLACE.exec(rest)) {
    place = { stem: match[1] ?? match[3] ?? '', suffix: match[2] ?? match[4] ?? '' };
    rest = rest.slice(match[0].length);
  }
  if (place === null) {
    return [...name].slice(0, 2).join('');
  }
  return placeCode(place.stem, place.suffix) + organPartCode(rest);
}

/** A province (自治区 names with their people: 广西壮族 → 广西) or 直辖市 gives its 简称; any other place its first character. */
function placeCode(stem: string, suffix: string): string {
  const isProvincial = ['省', '自治区', '特别行政区', '市'].includes(suffix);
  const key = Object.keys(PROVINCE_SHORT_NAMES).find((k) =>
    suffix === '自治区' ? stem.startsWith(k) : stem === k,
  );
  return isProvincial && key !== undefined ? PROVINCE_SHORT_NAMES[key]! : [...stem][0]!;
}
