/**
 * A ledger that keeps its own case numbers may already use numbers of the organ's pattern
 * (「博教公开〔2024〕0007号」). The organ's sequence for that year must then move past them, or the
 * next application registered in the platform would get a number that exists. This reads the
 * sequence back out of a number written with the pattern.
 */
import { formatCaseNumber } from '../case-number.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * @returns the sequence when `caseNumber` is the pattern's number for this short name and year, else null
 * @example sequenceInCaseNumber('{简称}公开〔{年}〕{序号:4}号', { shortName: '博教', year: 2024 }, '博教公开〔2024〕0007号') // 7
 * @example sequenceInCaseNumber('{简称}公开〔{年}〕{序号:4}号', { shortName: '博教', year: 2024 }, '2024-7') // null
 */
export function sequenceInCaseNumber(
  pattern: string,
  parts: { shortName: string; year: number },
  caseNumber: string,
): number | null {
  const marker = 1_234_567_891;
  let template: string;
  try {
    template = formatCaseNumber(pattern, { ...parts, sequence: marker });
  } catch {
    return null;
  }
  const [before, after] = template.split(String(marker)) as [string, string | undefined];
  if (after === undefined) {
    return null;
  }
  const match = new RegExp(`^${escape(before)}(\\d{1,9})${escape(after)}$`).exec(caseNumber);
  return match ? Number(match[1]) : null;
}
