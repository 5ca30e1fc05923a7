import { describe, expect, it } from 'vitest';
import { Decline } from './objects.ts';
import { checkType1Program } from './type1-program.ts';

/** Type 1 encryption (the inverse of pdf.js's `decrypt`), with four leading bytes. */
function encrypt(plain: Uint8Array, key: number): Uint8Array {
  const cipher = new Uint8Array(plain.length + 4);
  const input = Uint8Array.of(0x11, 0x22, 0x33, 0x44, ...plain);
  let r = key;
  for (let i = 0; i < input.length; i += 1) {
    const c = input[i]! ^ (r >> 8);
    cipher[i] = c;
    r = ((c + r) * 52845 + 22719) & 0xffff;
  }
  return cipher;
}

const latin1 = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'latin1'));
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(Buffer.concat(parts));

/** ` len RD <charstring> ` as a font tool writes it (charstring encrypted with 4330). */
function entry(code: number[]): Uint8Array {
  const bin = encrypt(Uint8Array.from(code), 4330);
  return concat(latin1(` ${bin.length} RD `), bin, latin1(' '));
}

/** Charstrings: `0 500 hsbw 100 100 rmoveto closepath endchar` and `3 4 callsubr endchar`. */
const GLYPH = [139, 248, 136, 13, 239, 239, 21, 9, 14];
const CALLS_HINTS = [142, 143, 10, 14];
const SUBRS = [
  [142, 139, 12, 16, 12, 17, 12, 17, 12, 33, 11],
  [139, 140, 12, 16, 11],
  [139, 141, 12, 16, 11],
  [11],
  [140, 142, 12, 16, 12, 17, 10, 11],
];

type Parts = {
  header?: string;
  subrs?: number[][];
  glyphs?: Array<[string, number[]]>;
  charStringsCount?: number;
  trailer?: string;
};

/** A small Type 1 program shaped like LibreOffice's subsets: clear text, eexec part, zeros. */
function program(parts: Parts = {}): {
  data: Uint8Array;
  length1: number;
  length2: number;
  /** Where the `end` of CharStrings ends in `data`. */
  charStringsEnd: number;
} {
  const header = latin1(
    parts.header ??
      '%!FontType1-1.0: Test 001.000\n11 dict begin\n/FontName /Test def\n' +
        '/FontMatrix [0.001 0 0 0.001 0 0]readonly def\n/FontBBox {-100 -200 1000 900}readonly def\n' +
        '/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\ndup 1 /a put\ndup 2 /b put\n' +
        'readonly def\ncurrentdict end\ncurrentfile eexec\n',
  );
  const subrs = parts.subrs ?? SUBRS;
  const glyphs = parts.glyphs ?? [
    ['.notdef', GLYPH],
    ['a', GLYPH],
    ['b', CALLS_HINTS],
  ];
  const plain = concat(
    latin1(
      'dup /Private 8 dict dup begin\n/RD{string currentfile exch readstring pop}executeonly def\n' +
        '/ND{noaccess def}executeonly def\n/NP{noaccess put}executeonly def\n/BlueValues [-250 -250 1100 1100]ND\n' +
        `/StdHW [33] def\n/Subrs ${subrs.length} array\n`,
    ),
    ...subrs.map((code, i) => concat(latin1(`dup ${i}`), entry(code), latin1('NP\n'))),
    latin1(`ND\n2 index /CharStrings ${parts.charStringsCount ?? glyphs.length} dict dup begin\n`),
    ...glyphs.map(([name, code]) => concat(latin1(`/${name}`), entry(code), latin1('ND\n'))),
    latin1(
      parts.trailer ??
        'end end\nreadonly put\nput\ndup/FontName get exch definefont pop\nmark currentfile closefile\n',
    ),
  );
  const encrypted = encrypt(plain, 55665);
  const charStringsEnd = header.length + 4 + Buffer.from(plain).lastIndexOf('end end') + 3;
  const zeros = latin1(`${'0'.repeat(64)}\n`.repeat(8) + 'cleartomark\n');
  return {
    data: concat(header, encrypted, zeros),
    length1: header.length,
    length2: encrypted.length,
    charStringsEnd,
  };
}

function verdict(data: Uint8Array, length1: unknown, length2: unknown): string {
  try {
    checkType1Program(data, length1, length2);
    return 'read';
  } catch (error) {
    if (error instanceof Decline) {
      return `declined: ${error.message}`;
    }
    throw error;
  }
}

const check = (parts: Parts = {}): string => {
  const { data, length1, length2 } = program(parts);
  return verdict(data, length1, length2);
};

describe('checkType1Program', () => {
  it('reads a sound program with the standard Subrs, hint replacement and an encoding', () => {
    expect(check()).toBe('read');
    expect(check({ subrs: [] })).toBe('read');
  });

  it('declines when /Length1 or /Length2 do not fit the program (cut off, wrong, missing)', () => {
    const { data, length1, length2 } = program();
    expect(verdict(data.subarray(0, length1 + length2 - 1), length1, length2)).toMatch(/Length1/);
    expect(verdict(data, length1 - 1, length2)).toMatch(/eexec at \/Length1/);
    expect(verdict(data, length1 + 1, length2)).toMatch(/eexec at \/Length1/);
    expect(verdict(data, undefined, length2)).toMatch(/Length1/);
    expect(verdict(data, length1, '1')).toMatch(/Length1/);
    expect(verdict(data, length1, 0)).toMatch(/Length1/);
    expect(verdict(data, 2 ** 40, length2)).toMatch(/Length1/);
    expect(verdict(new Uint8Array(0), 0, 0)).toMatch(/%!/);
  });

  it('declines a program whose encrypted part was changed anywhere before the end of CharStrings', () => {
    const { data, length1, length2, charStringsEnd } = program();
    const read: number[] = [];
    for (let at = length1; at < length1 + length2; at += 1) {
      const damaged = Uint8Array.from(data);
      damaged[at] = data[at]! ^ 0x5a;
      if (verdict(damaged, length1, length2) === 'read') {
        read.push(at);
      }
    }
    // After the CharStrings pdf.js reads nothing it uses: damage there changes nothing.
    expect(read.length).toBeGreaterThan(0);
    expect(Math.min(...read)).toBeGreaterThanOrEqual(charStringsEnd);
  });

  it('declines a header pdf.js would read differently', () => {
    const sound = program().data;
    const header = Buffer.from(sound.subarray(0, program().length1)).toString('latin1');
    const variants = [
      header.replace('0.001 0 0 0.001', '0.002 0 0 0.001'),
      header.replace('[0.001', '[0.001x'),
      header.replace('/FontMatrix', '%FontMatrix'),
      header.replace('/FontBBox {-100 -200 1000 900}', '/FontBBox {-100 -200 1000}'),
      header.replace('/a put', '/c put'),
      header.replace('dup 2 /b', 'dup 1 /b'),
      header.replace('dup 2', 'dXp 2'),
      header.replace('dup 1 /a put', 'dup 1 /a put\n/FontMatrix [0.001 0 0 0.001 0 0] def'),
      header.replace('256 array', 'StandardEncoding def %'),
      header.replace('%!', '%?'),
    ];
    for (const variant of variants) {
      const text = variant.replace('StandardEncoding def %', 'MacRomanEncoding def %');
      expect(check({ header: text })).toMatch(/^declined/);
    }
    expect(
      check({ header: header.replace(/\/Encoding[^]*readonly def\n/, '/Encoding StandardEncoding def\n') }),
    ).toBe('read');
  });

  it('declines CharStrings and Subrs that are not well formed', () => {
    expect(check({ charStringsCount: 4 })).toMatch(/CharStrings count/);
    expect(check({ subrs: [...SUBRS, [139, 10, 11]] })).toMatch(/Subr calling a Subr/);
    expect(
      check({
        glyphs: [
          ['.notdef', GLYPH],
          ['a', GLYPH],
          ['a', GLYPH],
          ['b', GLYPH],
        ],
      }),
    ).toMatch(/CharStrings entry/);
    expect(
      check({
        glyphs: [
          ['.notdef', GLYPH],
          ['a', GLYPH],
        ],
      }),
    ).toMatch(/lacks/);
    expect(
      check({
        glyphs: [
          ['.notdef', GLYPH],
          ['a', GLYPH],
          ['b', Array(4000).fill(139)],
        ],
      }),
    ).toMatch(/too long/);
    expect(
      check({
        glyphs: [
          ['.notdef', GLYPH],
          ['a b', GLYPH],
          ['b', GLYPH],
        ],
      }),
    ).toMatch(/^declined/);
    expect(check({ trailer: '' })).toMatch(/^declined/);
    expect(check({ trailer: 'end end\n/CharStrings 1 dict dup begin\nend\n' })).toMatch(
      /two Type 1 CharStrings/,
    );
  });

  it('declines hostile programs without throwing anything else', () => {
    const { data, length1 } = program();
    const header = data.subarray(0, length1);
    const hexPart = concat(header, latin1('d9d66f633b846a989b9974b0179fc6cc'));
    expect(verdict(hexPart, length1, 32)).toMatch(/hexadecimal/);
    const pfb = Uint8Array.of(0x80, 0x01, 0, 0, 0, 0, ...data);
    expect(verdict(pfb, length1, 10)).toMatch(/%!/);
    for (let seed = 1; seed <= 200; seed += 1) {
      const noise = Uint8Array.from({ length: 300 }, (_, i) => (seed * 7919 + i * 104729) % 256);
      expect(verdict(concat(header, noise), length1, noise.length)).toMatch(/^declined/);
    }
  });
});
