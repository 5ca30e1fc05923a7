/**
 * Masks personal data inside a Word file: each text run (`<w:t>`) of the main document is passed
 * through the masking function. Data split across runs is not caught; the caller re-extracts the
 * text and re-checks, and asks for a masked upload if anything is left.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The DOCX with `mask` applied to every text run; `changed` is false when nothing was masked. */
export function maskDocx(
  bytes: Uint8Array,
  mask: (text: string) => string,
): { bytes: Uint8Array; changed: boolean } {
  const files = unzipSync(bytes);
  const part = files['word/document.xml'];
  if (part === undefined) {
    return { bytes, changed: false };
  }
  let changed = false;
  const xml = strFromU8(part).replace(
    /(<w:t(?:\s[^>]*)?>)([^<]*)(<\/w:t>)/g,
    (_all, open: string, text: string, close: string) => {
      const before = unescape(text);
      const after = mask(before);
      if (after === before) {
        return open + text + close;
      }
      changed = true;
      return open + escape(after) + close;
    },
  );
  if (!changed) {
    return { bytes, changed };
  }
  files['word/document.xml'] = strToU8(xml);
  return { bytes: zipSync(files, { level: 6 }), changed };
}
