/** HTML escaping for text and attribute values. */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for use in HTML element content and in quoted attribute values.
 * @example escapeHtml('<script>"x"</script>') // '&lt;script&gt;&quot;x&quot;&lt;/script&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/**
 * Writes ` name="value"` pairs for the defined attributes, escaped, in the given order.
 * `undefined`, `null` and `false` drop the attribute; `true` writes it bare.
 * @example attributes({ colspan: 2, id: undefined }) // ' colspan="2"'
 */
export function attributes(
  pairs: Readonly<Record<string, string | number | boolean | null | undefined>>,
): string {
  let out = '';
  for (const [name, value] of Object.entries(pairs)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}
