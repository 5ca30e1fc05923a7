/**
 * The one rule for control characters in submitted text (decision 019). PostgreSQL refuses U+0000
 * in text (a NUL in a user name or a search term was a 500), and no control character is ever
 * typed into a form on purpose. At the edge — every form field and query parameter — form feed and
 * vertical tab become line feeds (they separate pages and lines in text pasted from a PDF), and
 * the other C0 controls and DEL are removed. Tab, line feed and carriage return stay.
 */

// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
const REMOVED = /[\u0000-\u0008\u000e-\u001f\u007f]/g;
// eslint-disable-next-line no-control-regex -- vertical tab and form feed become line feeds
const LINE_BREAKS = /[\u000b\u000c]/g;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for here
const ANY_CONTROL = /[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f]/;

/**
 * The text without control characters (form feed and vertical tab become line feeds).
 * @example stripControlCharacters('a\u0000b') // 'ab'
 * @example stripControlCharacters('第一页\f第二页') // '第一页\n第二页'
 * @example stripControlCharacters('甲\t乙\r\n丙') // '甲\t乙\r\n丙'
 */
export function stripControlCharacters(text: string): string {
  return ANY_CONTROL.test(text) ? text.replace(LINE_BREAKS, '\n').replace(REMOVED, '') : text;
}

/**
 * True when the text holds a character that stripControlCharacters would change.
 * @example hasControlCharacters('/o/\u0000') // true
 */
export function hasControlCharacters(text: string): boolean {
  return ANY_CONTROL.test(text);
}
