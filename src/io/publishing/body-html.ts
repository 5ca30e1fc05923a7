/**
 * The body of an item as stored: sanitized semantic HTML. Everything that becomes a body goes
 * through `sanitizeBody` (sanitize-html with an allow-list — docs/decisions/020): no script, no
 * style attributes, no event handlers, no external images; links only http/https/mailto and the
 * platform's own paths. Pasted text becomes paragraphs; a DOCX becomes HTML through mammoth.
 */
import sanitizeHtml from 'sanitize-html';
import { htmlToText } from '../html-to-text.ts';

/** Largest body kept (characters of sanitized HTML). */
export const MAX_BODY_HTML = 2_000_000;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'strong',
    'b',
    'em',
    'i',
    'u',
    'sub',
    'sup',
    'ol',
    'ul',
    'li',
    'blockquote',
    'a',
    'table',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'caption',
    'hr',
    'img',
  ],
  allowedAttributes: {
    a: ['href'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
    img: ['src', 'alt'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // headings below the page's h1
  transformTags: { h1: 'h2' },
  exclusiveFilter: (frame) =>
    frame.tag === 'img' && !/^\/o\/[a-z0-9-]+\/gk\/files\/\d+$/.test(frame.attribs.src ?? ''),
};

/**
 * Clean HTML for a body.
 * @example sanitizeBody('<p onclick="x()">通知<script>alert(1)</script></p>') // '<p>通知</p>'
 */
export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** Pasted or typed plain text as paragraphs (blank lines or line breaks separate them). */
export function textToBodyHtml(text: string): string {
  return lines(text)
    .map((line) => `<p>${escapeText(line)}</p>`)
    .join('\n');
}

/**
 * Typed text with headings (a page the organ writes: 指南, 制度): a line starting with `# ` is a
 * heading, `## ` a sub-heading, any other line a paragraph.
 * @example textToOutlineHtml('# 一、主动公开\n本机关……') // '<h2>一、主动公开</h2>\n<p>本机关……</p>'
 */
export function textToOutlineHtml(text: string): string {
  return lines(text)
    .map((line) => {
      const heading = /^(#{1,2})\s+(.+)$/.exec(line);
      if (heading === null) {
        return `<p>${escapeText(line)}</p>`;
      }
      const tag = heading[1] === '#' ? 'h2' : 'h3';
      return `<${tag}>${escapeText(heading[2]!)}</${tag}>`;
    })
    .join('\n');
}

/** The text of a body (for the checks and for search). */
export function bodyText(html: string): string {
  return htmlToText(html);
}

/** A DOCX as clean body HTML (headings, lists, tables kept; images dropped). */
export async function docxToBodyHtml(bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import('mammoth'); // loaded on first use (decision 013)
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
  );
  return sanitizeBody(result.value);
}

/** The platform-own links in a body (paths starting with /), for the broken-link check. */
export function ownLinksOf(html: string): string[] {
  return [...html.matchAll(/<a href="(\/[^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}
