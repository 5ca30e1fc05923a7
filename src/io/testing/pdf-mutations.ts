/**
 * Mutations of a PDF for comparing the text-layer reader with pdf.js (decision 024): content
 * stream edits (numbers changed, tokens dropped or doubled, text and state operators inserted),
 * ToUnicode edits, font program damage, and byte edits of the rewritten file's dictionaries.
 */
import { rewritePdf, type StreamRole } from './pdf-rewrite.ts';

/** A seeded generator (mulberry32), so a failing mutation can be made again. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SNIPPETS = [
  '0.5 Tc',
  '-0.3 Tc',
  '3 Tw',
  '80 Tz',
  '130 Tz',
  '2 Ts',
  '-3 Ts',
  '12 TL',
  'T*',
  'q',
  'Q',
  '1 0 0 1 5 5 cm',
  '0 1 -1 0 400 0 cm',
  '-1 0 0 -1 600 800 cm',
  '0.9 0.1 -0.1 0.9 0 0 cm',
  '/P <</MCID 0>> BDC',
  '/Span BMC',
  'EMC',
  'BT',
  'ET',
  '( ) Tj',
  '(A) Tj',
  '<0001> Tj',
  '<00010002> Tj',
  '[(x) -500 (y)] TJ',
  '[<0003> 120 <0004>] TJ',
  '0 -30 Td',
  '5 0 TD',
  '2 0 0 2 0 0 Tm',
  '1 0 0 1 700 900 Tm',
  '1 0 0 1 -50 100 Tm',
  "(B) '",
  '1 2 (C) "',
  '0 0 m 10 10 l S',
  '/Im0 Do',
  '/GS0 gs',
  'BI',
  '1 0 0 RG',
  'true',
  '/F1 9 Tf',
  '/F2 11 Tf',
  '0 Tf',
  'Tj',
  '[] TJ',
  '() Tj',
  '%c\n',
];

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

/** One random edit of a content stream's tokens. */
function editContent(text: string, rng: Rng): string {
  const tokens = text.split(/(\s+)/);
  const at = Math.floor(rng() * tokens.length);
  const token = tokens[at] ?? '';
  switch (Math.floor(rng() * 5)) {
    case 0:
      if (/^-?\d*\.?\d+$/.test(token)) {
        const value = Number(token);
        tokens[at] = String(
          pick(rng, [value * 2, value / 2, value + 1, -value, 0, value + 0.001, value * 1.2]),
        );
      } else {
        tokens[at] = `${pick(rng, SNIPPETS)} ${token}`;
      }
      break;
    case 1:
      tokens[at] = '';
      break;
    case 2:
      tokens[at] = `${token} ${token}`;
      break;
    default:
      tokens[at] = ` ${pick(rng, SNIPPETS)} ${token}`;
  }
  return tokens.join('');
}

function editCmap(text: string, rng: Rng): string {
  const hex = [...text.matchAll(/<([0-9A-Fa-f]+)>/g)];
  const match = hex.length > 0 ? pick(rng, hex) : undefined;
  if (match === undefined || rng() < 0.2) {
    return text.replace(
      'endbfchar',
      pick(rng, [
        '<0001> <0020>\nendbfchar',
        '<0002> <200B>\nendbfchar',
        '<0003> <0301>\nendbfchar',
        'endbfchar',
        '<01> <05D0>\nendbfchar',
      ]),
    );
  }
  const digits = match[1]!.split('');
  digits[Math.floor(rng() * digits.length)] = pick(rng, '0123456789ABCDEF'.split(''));
  return text.slice(0, match.index) + `<${digits.join('')}>` + text.slice(match.index + match[0].length);
}

/**
 * @returns `count` mutated files with a label each; a mutation that cannot be applied (the file
 *   cannot be rewritten) yields nothing
 */
export function mutatePdf(
  bytes: Uint8Array,
  count: number,
  seed: number,
): Array<{ label: string; bytes: Buffer }> {
  const rng = seededRandom(seed);
  const out: Array<{ label: string; bytes: Buffer }> = [];
  for (let i = 0; i < count; i += 1) {
    const kind = pick(rng, ['content', 'content', 'content', 'cmap', 'font', 'dict'] as const);
    let streams = 0;
    const target = Math.floor(rng() * 8);
    try {
      let file = rewritePdf(bytes, (data, role: StreamRole) => {
        if (role !== kind) {
          return data;
        }
        streams += 1;
        if (streams - 1 !== target % Math.max(1, streams)) {
          return data;
        }
        if (role === 'font') {
          const damaged = Buffer.from(data);
          for (let k = 0; k < 8; k += 1) {
            damaged[Math.floor(rng() * damaged.length)] = Math.floor(rng() * 256);
          }
          return rng() < 0.3 ? damaged.subarray(0, Math.floor(damaged.length * rng())) : damaged;
        }
        let text = data.toString('latin1');
        const edits = 1 + Math.floor(rng() * 3);
        for (let k = 0; k < edits; k += 1) {
          text = role === 'cmap' ? editCmap(text, rng) : editContent(text, rng);
        }
        return Buffer.from(text, 'latin1');
      });
      if (kind === 'dict') {
        file = editDictionaryByte(file, rng);
      }
      out.push({ label: `${kind} #${i} (seed ${seed})`, bytes: file });
    } catch {
      // not rewritable: skipped
    }
  }
  return out;
}

/** Changes one digit or letter outside streams, keeping the length (the offsets stay valid). */
function editDictionaryByte(file: Buffer, rng: Rng): Buffer {
  const text = file.toString('latin1');
  const dictionaries = [...text.matchAll(/<<[^]*?>>/g)].filter((m) => !m[0].includes('stream'));
  const match = pick(rng, dictionaries);
  const copy = Buffer.from(file);
  for (let tries = 0; tries < 20; tries += 1) {
    const at = match.index + Math.floor(rng() * match[0].length);
    const c = copy[at]!;
    if (c >= 0x30 && c <= 0x39) {
      copy[at] = 0x30 + Math.floor(rng() * 10);
      break;
    }
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      copy[at] = c ^ 0x20;
      break;
    }
  }
  return copy;
}
