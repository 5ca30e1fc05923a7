/**
 * Variants of an XML part for equivalence tests of the XML readers (decision 022): plain, merely
 * unusual and broken, as bytes — cuts, inserted markup and entities, Unicode spaces inside and
 * outside tags, byte-order marks, CDATA, DOCTYPE, invalid UTF-8. Deterministic (seeded).
 */

/** Snippets inserted at random places: each is plain somewhere and breaks something elsewhere. */
const SNIPPETS = [
  '<x>',
  '</x>',
  '<x/>',
  '</w:p>',
  '<w:p>',
  '<w:tab/>',
  '<w:br/>',
  '<w:tbl><w:tr><w:tc><w:p><w:t>九</w:t></w:p></w:tc></w:tr></w:tbl>',
  '<w:vMerge/>',
  "<w:vMerge w:val='restart'/>",
  '<w:del><w:t>删</w:t></w:del>',
  '&',
  '&amp;',
  '&lt;&gt;&quot;&apos;',
  '&amp;lt;',
  '&#20013;',
  '&nbsp;',
  '\u3000',
  '\u00a0',
  '\ufeff',
  '中',
  ' ',
  '\t',
  '\r\n',
  '<![CDATA[a<b]]>',
  '<!-- 注 -->',
  '<!-->',
  '<?pi x?>',
  '<?>',
  '<!DOCTYPE x>',
  '"',
  "'",
  '=',
  '/',
  '>',
  '<',
  ' a="1"',
  " b='<'",
  ' c="&amp;"',
  '\u3000d="1"',
];

/** A small deterministic generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @param xml a well-formed part
 * @param count how many variants
 * @param seed the generator's seed
 * @returns `count` variants of the part's UTF-8 bytes, one or two mutations each
 * @example xmlVariants('<a><b/></a>', 100, 1).length // 100
 */
export function xmlVariants(xml: string, count: number, seed: number): Buffer[] {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const variants: Buffer[] = [];
  for (let v = 0; v < count; v += 1) {
    let text = xml;
    const mutations = 1 + pick(2);
    for (let m = 0; m < mutations; m += 1) {
      const kind = pick(10);
      // Half the insertions go between tags, where most snippets keep the part well-formed.
      const at = kind < 5 && pick(2) === 0 ? afterTag(text, pick) : pick(text.length + 1);
      if (kind < 5) {
        text = text.slice(0, at) + SNIPPETS[pick(SNIPPETS.length)]! + text.slice(at);
      } else if (kind < 8) {
        text = text.slice(0, at) + text.slice(at + 1 + pick(12));
      } else {
        const from = pick(text.length);
        text = text.slice(0, at) + text.slice(from, from + 1 + pick(40)) + text.slice(at);
      }
    }
    variants.push(byteVariant(Buffer.from(text, 'utf8'), pick));
  }
  return variants;
}

/** A random position just after a `>` (or 0). */
function afterTag(text: string, pick: (n: number) => number): number {
  const gt = text.indexOf('>', pick(text.length));
  return gt === -1 ? 0 : gt + 1;
}

/** Mostly the bytes as they are; sometimes with a BOM, as UTF-16, or with invalid UTF-8. */
function byteVariant(bytes: Buffer, pick: (n: number) => number): Buffer {
  switch (pick(20)) {
    case 0:
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    case 1:
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString('utf8'), 'utf16le')]);
    case 2: {
      const broken = Buffer.from(bytes);
      broken[pick(broken.length)] = 0xff;
      return broken;
    }
    case 3:
      return bytes.subarray(0, Math.max(0, bytes.length - 1 - pick(3))); // perhaps mid-character
    default:
      return bytes;
  }
}
