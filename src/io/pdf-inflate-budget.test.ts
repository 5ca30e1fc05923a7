import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeLzw } from './pdf-filters.ts';
import { checkPdfInflation, PDF_INFLATE_LIMITS } from './pdf-inflate-budget.ts';
import { pdfToText } from './pdf-to-text.ts';
import { buildPdfBomb, buildPdfWithContentStream } from './testing/hostile-files.ts';
import { buildMinimalPdf } from './testing/minimal-pdf.ts';

const MiB = 1024 * 1024;
/** Small budgets, so that the hostile files stay small too. */
const SMALL = { maxContentBytes: 4 * MiB, maxContentAndFontBytes: 8 * MiB, maxImageBytes: 16 * MiB };

/** LZW code width (EarlyChange 1) once the decoder's table has `entries` entries. */
const widthFor = (entries: number) =>
  entries + 1 >= 2048 ? 12 : entries + 1 >= 1024 ? 11 : entries + 1 >= 512 ? 10 : 9;

/** A textbook LZW encoder (EarlyChange 1, table frozen when full), to test the decoder against. */
function encodeLzw(input: Uint8Array): Uint8Array {
  const table = new Map<number, number>(); // prefix code × 256 + byte → code
  const codes: number[] = [];
  let next = 258;
  let current = -1;
  for (const byte of input) {
    const known = current === -1 ? byte : table.get(current * 256 + byte);
    if (known !== undefined) {
      current = known;
      continue;
    }
    codes.push(current);
    if (next < 4096) {
      table.set(current * 256 + byte, next);
      next += 1;
    }
    current = byte;
  }
  codes.push(current, 257);
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  const write = (code: number, width: number) => {
    buffer = ((buffer << width) | code) & 0xffffff;
    bits += width;
    while (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >>> bits) & 0xff);
    }
  };
  write(256, 9);
  // The decoder adds its first entry on the second code after a clear.
  codes.forEach((code, index) => write(code, widthFor(Math.min(4096, 258 + Math.max(0, index - 1)))));
  if (bits > 0) {
    bytes.push((buffer << (8 - bits)) & 0xff);
  }
  return Uint8Array.from(bytes);
}

describe('checkPdfInflation', () => {
  it('measures a real PDF and passes it', () => {
    const check = checkPdfInflation(buildMinimalPdf([{ runs: [{ text: 'Total 61', x: 50, y: 700 }] }]));
    expect(check.ok).toBe(true);
  });

  it('refuses a 400 KB PDF whose content stream inflates to 200 MB, after inflating only the budget', () => {
    const bomb = buildPdfBomb(200 * MiB);
    expect(bomb.length).toBeLessThan(MiB);
    expect(checkPdfInflation(bomb)).toEqual({ ok: false, limitBytes: PDF_INFLATE_LIMITS.maxContentBytes });
  });

  it('charges streams labelled as fonts or images to their own budgets (a label is not a way out)', () => {
    expect(checkPdfInflation(buildPdfBomb(6 * MiB, undefined, '/Length1 100'), SMALL)).toMatchObject({
      ok: true,
    });
    expect(checkPdfInflation(buildPdfBomb(10 * MiB, undefined, '/Length1 100'), SMALL)).toEqual({
      ok: false,
      limitBytes: 8 * MiB,
    });
    expect(
      checkPdfInflation(buildPdfBomb(10 * MiB, undefined, '/Subtype /Image /Width 10 /Height 10'), SMALL),
    ).toMatchObject({ ok: true });
    expect(
      checkPdfInflation(buildPdfBomb(20 * MiB, undefined, '/Subtype /Image /Width 10 /Height 10'), SMALL),
    ).toEqual({ ok: false, limitBytes: 16 * MiB });
  });

  it('decodes filter chains: ASCIIHex then Flate', () => {
    const deflated = deflateSync(Buffer.alloc(5 * MiB, 0x20));
    const pdf = buildPdfWithContentStream(Buffer.from(`${deflated.toString('hex')}>`), '/Filter [/AHx /Fl]');
    expect(checkPdfInflation(pdf, SMALL)).toEqual({ ok: false, limitBytes: 4 * MiB });
  });

  it('decodes LZW as pdf.js does, and bounds it', () => {
    const text = Buffer.from('BT /F1 10 Tf 50 700 Td (TOBEORNOTTOBEORTOBEORNOT) Tj ET\n'.repeat(2000));
    const chunks: Uint8Array[] = [];
    decodeLzw(encodeLzw(text), (chunk) => chunks.push(chunk));
    expect(Buffer.concat(chunks).equals(text)).toBe(true);
    const bomb = encodeLzw(Buffer.alloc(5 * MiB, 0x20));
    expect(
      checkPdfInflation(buildPdfWithContentStream(Buffer.from(bomb), '/Filter /LZWDecode'), SMALL),
    ).toEqual({
      ok: false,
      limitBytes: 4 * MiB,
    });
  });

  it('charges compressed data it cannot decode at deflate’s worst case (pdf.js is more lenient)', () => {
    const damaged = Buffer.concat([Buffer.from([0x78, 0x9c]), Buffer.alloc(8 * 1024, 0xff)]);
    const pdf = buildPdfWithContentStream(damaged, '/Filter /FlateDecode');
    expect(checkPdfInflation(pdf, SMALL)).toEqual({ ok: false, limitBytes: 4 * MiB });
  });

  it('still lets pdf.js read what it passes', async () => {
    const pdf = buildMinimalPdf([{ runs: [{ text: 'Total 61', x: 50, y: 700 }] }]);
    expect(checkPdfInflation(pdf).ok).toBe(true);
    expect(await pdfToText(pdf)).toContain('Total 61');
  });
});
