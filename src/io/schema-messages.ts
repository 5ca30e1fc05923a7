/**
 * Report JSON validation with Chinese messages: zod's issues are English and generic, so each is
 * rewritten as 「path：what is expected」 with the contract's wording.
 */
import type { z } from 'zod';
import { ReportInputError } from '../domain/report/errors.ts';
import { AnnualReportSchema, SCHEMA_ID, type AnnualReport } from '../domain/report/model.ts';

type Issue = z.core.$ZodIssue;

/** How many problems the message lists before 「等」. */
const MAX_LISTED = 5;

/**
 * Validates report JSON against `gongkai.annual-report.v1`.
 * @param data parsed JSON
 * @returns the report (unknown keys stripped)
 * @throws ReportInputError `SCHEMA` listing the first problems with their paths
 * @example validateReportJson({ schema: 'x' }) // throws 「…schema：应为 "gongkai.annual-report.v1"…」
 */
export function validateReportJson(data: unknown): AnnualReport {
  const result = AnnualReportSchema.safeParse(data);
  if (result.success) {
    return result.data;
  }
  const problems = result.error.issues.map((issue) => describeIssue(issue, data));
  const listed = problems.slice(0, MAX_LISTED).join('；');
  const more = problems.length > MAX_LISTED ? `；另有 ${problems.length - MAX_LISTED} 处问题` : '';
  throw new ReportInputError('SCHEMA', `JSON 数据不符合 ${SCHEMA_ID} 格式：${listed}${more}`);
}

/**
 * Formats a zod path the way the contract documents it.
 * @example formatPath(['applications', 'total', 6]) // 'applications.total[6]'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : `${text === '' ? '' : '.'}${String(key)}`;
  }
  return text === '' ? '（整个文件）' : text;
}

/** One issue as 「path：expectation」. */
export function describeIssue(issue: Issue, data: unknown): string {
  const where = formatPath(issue.path);
  if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined && issue.path.length > 0) {
    return `${where}：缺少此项`;
  }
  return `${where}：${expectation(issue)}`;
}

function expectation(issue: Issue): string {
  const last = issue.path.at(-1);
  switch (issue.code) {
    case 'invalid_type':
      return expectedType(issue.expected, last);
    case 'too_small':
    case 'too_big':
      return issue.origin === 'array'
        ? `应有 ${String(issue.code === 'too_big' ? issue.maximum : issue.minimum)} 个单元格`
        : numberRule(last, issue.origin);
    case 'invalid_value':
      return `应为 ${issue.values.map((value) => JSON.stringify(value)).join(' 或 ')}`;
    case 'invalid_union':
      return last === 'format' ? '应为 "2021"、"2019" 或 "legacy"' : unionRule(last);
    case 'not_multiple_of':
    case 'invalid_format':
    case 'unrecognized_keys':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return `不符合格式（${issue.message}）`;
    default: {
      const unexpected: never = issue;
      return String(unexpected);
    }
  }
}

function expectedType(expected: string, last: PropertyKey | undefined): string {
  switch (expected) {
    case 'number':
    case 'int':
      return numberRule(last, 'number');
    case 'string':
      return '应为文字或 null';
    case 'object':
      return '应为对象（或 null）';
    case 'tuple':
    case 'array':
      return '应为 7 个单元格的数组';
    case 'null':
      return '应为 null';
    default:
      return `类型不对（应为 ${expected}）`;
  }
}

/** Numeric cells whose rule differs from the usual 「非负整数或 null」, by key. */
const NUMBER_RULES: Readonly<Record<string, string>> = {
  year: '应为 2000–2100 之间的整数或 null',
  change: '应为整数（可为负数）或 null',
  amount: '应为非负数或 null',
  amountWanYuan: '应为非负数或 null',
};

/** The rule a numeric cell follows, by its key in the contract. */
function numberRule(last: PropertyKey | undefined, origin: string): string {
  if (origin === 'string') {
    return '应为非空文字或 null';
  }
  return (typeof last === 'string' ? NUMBER_RULES[last] : undefined) ?? '应为非负整数或 null';
}

function unionRule(last: PropertyKey | undefined): string {
  return last === 'other'
    ? '应为含 noCorrection、noFee、other 三行的对象，或 7 个单元格的数组'
    : '不符合任何一种允许的格式';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') {
      return undefined;
    }
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
