/**
 * A letter as an HTML fragment: an <article> with class names only (no inline styles — the CSP
 * forbids them), every text escaped. The look comes from LETTER_CSS (letter-css.ts), which the
 * page links as /static/letter.css.
 */
import type { Letter } from '../../domain/letters/compose-letter.ts';
import { escapeHtml } from '../html-escape.ts';
import { hasLetterTokens, splitLetterText } from './letter-tokens.ts';

export { LETTER_CSS } from './letter-css.ts';

/** A paragraph; e-mail/web addresses and phone numbers stay whole and make it ragged (letter-tokens.ts). */
function paragraph(className: string, text: string): string {
  const segments = splitLetterText(text);
  const html = segments
    .map((s) =>
      s.kind === 'text'
        ? escapeHtml(s.text)
        : `<span class="gk-letter-${s.kind}" lang="en">${escapeHtml(s.text)}</span>`,
    )
    .join('');
  return `<p class="${className}${hasLetterTokens(segments) ? ' gk-letter-ragged' : ''}">${html}</p>`;
}

/**
 * Renders a letter as an HTML fragment (an `<article class="gk-letter">`).
 * @example renderLetterHtml(letter) // '<article class="gk-letter" lang="zh-CN" aria-labelledby="…">…</article>'
 */
export function renderLetterHtml(letter: Letter): string {
  const titleId = `letter-title-${letter.kind}`;
  return [
    `<article class="gk-letter gk-letter-${letter.kind}" lang="zh-CN" aria-labelledby="${titleId}">`,
    `<h1 class="gk-letter-title" id="${titleId}">${escapeHtml(letter.title)}</h1>`,
    paragraph('gk-letter-number', letter.number),
    paragraph('gk-letter-addressee', `${letter.addressee}：`),
    '<div class="gk-letter-body">',
    ...letter.paragraphs.map((text) => paragraph('gk-letter-text', text)),
    '</div>',
    letter.remedies.length === 0
      ? ''
      : `<div class="gk-letter-remedies">${letter.remedies.map((text) => paragraph('gk-letter-text', text)).join('')}</div>`,
    paragraph('gk-letter-text gk-letter-closing', letter.closing),
    '<div class="gk-letter-signature">',
    paragraph('gk-letter-organ', letter.signature.organ),
    paragraph('gk-letter-date', letter.signature.date),
    '</div>',
    paragraph('gk-letter-contact', `（${letter.contact}）`),
    '</article>',
  ].join('');
}
