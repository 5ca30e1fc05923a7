/**
 * The Latin tokens of a letter's text that must not be broken like Chinese: e-mail addresses, web
 * addresses and telephone numbers. Chinese breaks between any two characters; a renderer that lets
 * such a token break the same way splits 「zhangsa|n@…」 (LibreOffice does, with Chinese as the
 * run's language), and one that keeps it whole in justified text stretches the line before it. So
 * renderers keep these tokens whole and set their paragraph ragged (flush left), not justified.
 */

/** A piece of a paragraph: plain text, or a token to keep whole. */
export type LetterSegment = { text: string; kind: 'text' | 'address' | 'phone' };

const TOKEN =
  /(https?:\/\/[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+)|([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)|((?:\d{3,4}-)?\d{7,8}(?:-\d{1,6})?)/g;

/**
 * @example splitLetterText('发送至 li@example.com。') // [{ text: '发送至 ', kind: 'text' }, { text: 'li@example.com', kind: 'address' }, { text: '。', kind: 'text' }]
 */
export function splitLetterText(text: string): LetterSegment[] {
  const segments: LetterSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const at = match.index;
    if (at > last) {
      segments.push({ text: text.slice(last, at), kind: 'text' });
    }
    segments.push({ text: match[0], kind: match[3] === undefined ? 'address' : 'phone' });
    last = at + match[0].length;
  }
  if (last < text.length || segments.length === 0) {
    segments.push({ text: text.slice(last), kind: 'text' });
  }
  return segments;
}

/** True when a paragraph holds a token to keep whole (it is then set flush left). */
export const hasLetterTokens = (segments: readonly LetterSegment[]): boolean =>
  segments.some((s) => s.kind !== 'text');
