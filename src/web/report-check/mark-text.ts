/**
 * Marks, in the rendered report, the words a text finding is about (injected spam, a replaced
 * name, a foreign token, an outside link): every occurrence inside the prose paragraphs gets a
 * `<mark>`. Only the renderer's plain `<p>…</p>` paragraphs are touched (their content is escaped
 * text without tags), never attributes or table cells, so the markup stays valid.
 */
import type { Finding, Severity } from '../../domain/report/findings.ts';
import { escapeHtml } from '../../render/html-escape.ts';

/** Shorter texts would mark ordinary words. */
const MIN_LENGTH = 2;
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * @param html the report fragment from `renderReportHtml(…, { fragment: true })`
 * @param findings the findings; those with `text` are marked, with their severity as class
 * @example markFindingTexts('<p>关于UedBet体育工作</p>', [{ code: 'CONTENT_INJECTED', severity: 'error', text: 'UedBet体育', … }])
 *   // '<p>关于<mark class="rc-mark rc-mark-error">UedBet体育</mark>工作</p>'
 */
export function markFindingTexts(html: string, findings: readonly Finding[]): string {
  const worst = new Map<string, Severity>();
  for (const finding of findings) {
    const text = finding.text;
    if (text === undefined || text.trim().length < MIN_LENGTH || finding.severity === 'info') {
      continue;
    }
    const seen = worst.get(text);
    if (seen === undefined || RANK[finding.severity] < RANK[seen]) {
      worst.set(text, finding.severity);
    }
  }
  if (worst.size === 0) {
    return html;
  }
  // Longest first, so that a text containing another is marked as a whole.
  const entries = [...worst].sort((a, b) => b[0].length - a[0].length);
  const bySource = new Map(entries.map(([text, severity]) => [escapeHtml(text), severity]));
  const pattern = new RegExp(
    [...bySource.keys()].map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
    'g',
  );
  return html.replace(/<p>([^<]*)<\/p>/g, (_match, inner: string) => {
    const marked = inner.replace(
      pattern,
      (found) => `<mark class="rc-mark rc-mark-${bySource.get(found) ?? 'warning'}">${found}</mark>`,
    );
    return `<p>${marked}</p>`;
  });
}
