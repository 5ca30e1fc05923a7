/** Small helpers for the Chinese wording of findings. */
import { PARTS, type PartKey } from '../layout.ts';

/**
 * Joins items, showing at most `max` of them and the count of the rest.
 * @example joinLimited(['a', 'b', 'c'], 2, '、') // 'a、b 等3项'
 */
export function joinLimited(items: readonly string[], max: number, separator: string): string {
  if (items.length <= max) {
    return items.join(separator);
  }
  return `${items.slice(0, max).join(separator)} 等${items.length}项`;
}

/**
 * The official heading of a part, or a generic name for the document and header.
 * @example partName('overview') // '一、总体情况'
 */
export function partName(part: PartKey | 'document' | 'header'): string {
  if (part === 'document') {
    return '正文';
  }
  if (part === 'header') {
    return '标题';
  }
  return PARTS.find((p) => p.key === part)?.heading ?? part;
}

/**
 * Compresses sorted line numbers into ranges.
 * @example describeLines([1, 1, 3, 4, 5, 9]) // '第1、3–5、9行'
 */
export function describeLines(lines: readonly number[]): string {
  const unique = [...new Set(lines)].sort((a, b) => a - b);
  const ranges: string[] = [];
  let i = 0;
  while (i < unique.length) {
    const from = unique[i] ?? 0;
    let to = from;
    while (unique[i + 1] === to + 1) {
      i += 1;
      to += 1;
    }
    ranges.push(from === to ? String(from) : `${from}–${to}`);
    i += 1;
  }
  return `第${ranges.join('、')}行`;
}
