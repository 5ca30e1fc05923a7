/**
 * An annual report as search text (decision 034): its Markdown rendering (title, part headings,
 * prose, every table row with its label and values) without the Markdown syntax, so a reader's
 * phrase — 「属于国家秘密」, a sentence of the prose — is found as written on the report page.
 */

/**
 * Plain text of a report's Markdown: heading marks, table pipes and separator rows, and backslash
 * escapes removed; one line per paragraph or table row.
 * @example markdownSearchText('## 一、总体情况\n\n| 1.属于国家秘密 | 0 |') // '一、总体情况\n1.属于国家秘密 0'
 */
export function markdownSearchText(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !/^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*$/.test(line))
    .map((line) =>
      line
        .replace(/^#{1,6}\s+/, '')
        .replace(/\\(.)/g, '$1')
        .replace(/\s*\|\s*/g, ' ')
        .trim(),
    )
    .filter((line) => line !== '')
    .join('\n');
}
