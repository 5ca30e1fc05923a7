/**
 * The files that read every published item (decision 035): /sitemap.xml (an index past 50,000
 * URLs), /sitemap-2.xml and /api/v1/datasets/items.csv over HTTP with 100,000 published items in
 * 200 organs (bench/search-seed.ts), on PGlite and PostgreSQL. The first request builds the file
 * (what every request cost before it was kept: the baseline, measured in the same run); the
 * following ones check the version key and send the kept bytes. Prints the figures.
 */
import os from 'node:os';
import { backends } from '../test/db.ts';
import { start, stop } from './publishing.ts';

const PATHS = ['/sitemap.xml', '/sitemap-2.xml', '/api/v1/datasets/items.csv'];
const REPEATS = 7;

async function timed(url: string): Promise<{ ms: number; bytes: number; status: number }> {
  const began = performance.now();
  const res = await fetch(url);
  const bytes = (await res.arrayBuffer()).byteLength;
  return { ms: performance.now() - began, bytes, status: res.status };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs the crawler files benchmark. */
export async function benchCrawlerFiles(): Promise<void> {
  process.stdout.write(
    `machine: ${os.cpus()[0]?.model ?? '?'}, ${os.cpus().length} cores, node ${process.version}, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}, ${new Date().toISOString().slice(0, 16)}\n`,
  );
  const pg = (await backends()).find((b) => b.name === 'postgres');
  for (const [label, open] of [
    ['PGlite', null],
    ['PostgreSQL', pg?.open],
  ] as const) {
    if (open === undefined) {
      process.stdout.write(`\n${label}: not reachable — skipped\n`);
      continue;
    }
    const database = open === null ? null : await open();
    await database?.db.close();
    const app = await start('search-child.ts', [], database?.url ? { DATABASE_URL: database.url } : {});
    const rows: string[] = [];
    for (const path of PATHS) {
      const url = app.info.url! + path;
      const first = await timed(url);
      const kept: number[] = [];
      for (let i = 0; i < REPEATS; i += 1) {
        kept.push((await timed(url)).ms);
      }
      rows.push(
        `| ${path} | ${first.status} | ${(first.bytes / 1048576).toFixed(1)} MB | ${first.ms.toFixed(0)} | ${median(kept).toFixed(0)} | ${Math.max(...kept).toFixed(0)} |`,
      );
    }
    await stop(app.child);
    await database?.dispose().catch(() => undefined);
    process.stdout.write(
      `\n${label} — 100,000 published items, 200 organs (load after: ${os.loadavg()[0]!.toFixed(1)})\n| request | status | size | built (baseline: every request before), ms | kept: median of ${REPEATS}, ms | kept: max, ms |\n|---|---:|---:|---:|---:|---:|\n${rows.join('\n')}\n`,
    );
  }
}
