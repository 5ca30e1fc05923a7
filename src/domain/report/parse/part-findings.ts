/**
 * Findings about the six-part structure: a part missing, out of order, or numbered 「2、」 instead of 「二、」.
 */
import { finding, type Finding } from '../findings.ts';
import { PARTS } from '../layout.ts';
import { lineOf } from './normalize.ts';
import { findPartHeadings, hasOfficialNumbering, PART_NAMES, type PartHeading } from './parts.ts';

/** Checks the headings found in order against the official six parts. */
export function partStructureFindings(
  text: string,
  headings: readonly PartHeading[],
  bodyStart: number,
): Finding[] {
  const out: Finding[] = [];
  for (const part of PARTS) {
    const found = headings.find((h) => h.key === part.key);
    if (found) {
      if (!hasOfficialNumbering(found)) {
        out.push(
          finding(
            'PART_NUMBERING',
            'warning',
            `「${found.text}」的序号应为「${part.heading.slice(0, 2)}」，不应写作「${found.numbering}」`,
            {
              part: part.key,
              line: lineOf(text, found.start),
              start: found.start,
              end: found.end,
            },
            { text: found.text },
          ),
        );
      }
      continue;
    }
    const anywhere =
      findPartHeadings(text, bodyStart).length > 0 ? findAnywhere(text, part.key, bodyStart) : null;
    out.push(
      anywhere
        ? finding(
            'PART_ORDER',
            'warning',
            `「${PART_NAMES[part.key]}」出现的位置不符合规定的顺序（第 ${lineOf(text, anywhere.start)} 行）`,
            { part: part.key, line: lineOf(text, anywhere.start) },
          )
        : finding(
            'PART_MISSING',
            'warning',
            `缺少第${part.heading.slice(0, 1)}部分「${PART_NAMES[part.key]}」`,
            { part: part.key },
          ),
    );
  }
  return out;
}

/** Finds one part's heading anywhere after `from`, ignoring order. */
function findAnywhere(text: string, key: PartHeading['key'], from: number): PartHeading | null {
  for (let start = from; start < text.length;) {
    const found = findPartHeadings(text, start).find((h) => h.key === key);
    if (found) {
      return found;
    }
    const next = findPartHeadings(text, start)[0];
    if (!next) {
      return null;
    }
    start = next.end;
  }
  return null;
}
