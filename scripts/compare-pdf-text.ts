/**
 * Compares the text of every PDF in the given directories (and of mutations of each) read by
 * pdf.js and by our text-layer reader (decision 024): the two must be equal byte for byte — text
 * or error — wherever our reader reads the file; elsewhere it declines and pdf.js reads it.
 * Usage: tsx scripts/compare-pdf-text.ts [--mutations N] [--out DIR] DIR…  (exit 1 on any
 * difference; each differing variant is written to the --out directory, by default
 * $TMPDIR/pdf-text-differences, as .pdf, .pdfjs.txt and .own.txt)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pdfToText, type PdfTextReader } from '../src/io/pdf-to-text.ts';
import { readTextLayer } from '../src/io/pdf-text/read-text-layer.ts';
import { mutatePdf } from '../src/io/testing/pdf-mutations.ts';

const args = process.argv.slice(2);
const flag = args.indexOf('--mutations');
const mutations = flag >= 0 ? Number(args.splice(flag, 2)[1]) : 20;
const outFlag = args.indexOf('--out');
const outDir = outFlag >= 0 ? args.splice(outFlag, 2)[1]! : path.join(os.tmpdir(), 'pdf-text-differences');
if (!Number.isInteger(mutations) || mutations < 0 || args.length === 0) {
  process.stderr.write('usage: tsx scripts/compare-pdf-text.ts [--mutations N] [--out DIR] DIR…\n');
  process.exit(2);
}

async function text(bytes: Uint8Array, reader: PdfTextReader): Promise<string> {
  return pdfToText(bytes, reader).catch((error: unknown) => `ERROR ${(error as Error).message}`);
}

const tally = { read: 0, declined: 0, differ: 0 };
const files = args.flatMap((dir) =>
  fs
    .readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.pdf'))
    .map((name) => path.join(dir, name)),
);
for (const [index, file] of files.entries()) {
  const original = fs.readFileSync(file);
  const variants = [{ label: 'as is', bytes: original }, ...mutatePdf(original, mutations, index + 1)];
  for (const variant of variants) {
    if (readTextLayer(variant.bytes) === null) {
      tally.declined += 1;
      continue;
    }
    tally.read += 1;
    const [theirs, ours] = [await text(variant.bytes, 'pdfjs'), await text(variant.bytes, 'own')];
    if (theirs !== ours) {
      tally.differ += 1;
      fs.mkdirSync(outDir, { recursive: true });
      const out = path.join(outDir, `${path.basename(file)}.${variant.label.replace(/\W+/g, '-')}`);
      fs.writeFileSync(`${out}.pdf`, variant.bytes);
      fs.writeFileSync(`${out}.pdfjs.txt`, theirs);
      fs.writeFileSync(`${out}.own.txt`, ours);
      process.stdout.write(`DIFFERENT: ${file} ${variant.label} (written to ${out}.*)\n`);
    }
  }
}
process.stdout.write(
  `${files.length} files, ${tally.read + tally.declined} variants: ${tally.read} read by our reader, ${tally.declined} declined (pdf.js), ${tally.differ} different\n`,
);
process.exitCode = tally.differ === 0 ? 0 : 1;
