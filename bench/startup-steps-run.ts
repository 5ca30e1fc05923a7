/**
 * The step-by-step part of `npm run bench -- startup`: runs startup-steps.ts (compiled to plain JS
 * with esbuild) RUNS times on new data folders and RUNS times on one existing folder, and prints
 * the median of each step.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = path.dirname(fileURLToPath(import.meta.url));

function runChild(
  script: string,
  root: string,
  dataDir: string,
  mode: 'dist' | 'src',
): Promise<Record<string, number>> {
  const args = mode === 'src' ? ['--import', 'tsx', script] : [script];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...args, root, dataDir, mode], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.once('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (code === 0 && line !== undefined) {
        resolve(JSON.parse(line) as Record<string, number>);
      } else {
        reject(new Error(`startup-steps exited with ${String(code)}: ${err.slice(0, 500)}`));
      }
    });
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * @param root the checkout measured (its dist/ when built)
 * @param scratch a temporary folder for the data folders and the compiled child
 */
export async function benchStartupSteps(root: string, scratch: string, runs: number): Promise<void> {
  const script = path.join(scratch, 'startup-steps.mjs');
  await build({
    entryPoints: [path.join(HERE, 'startup-steps.ts')],
    outfile: script,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  const mode = fs.existsSync(path.join(root, 'dist', 'build.json')) ? 'dist' : 'src';
  const existing = path.join(scratch, 'steps-existing');
  const fresh: Record<string, number>[] = [];
  const reopened: Record<string, number>[] = [];
  for (let run = 0; run < runs; run += 1) {
    fresh.push(await runChild(script, root, run === 0 ? existing : path.join(scratch, `steps-${run}`), mode));
    reopened.push(await runChild(script, root, existing, mode));
  }
  process.stdout.write(
    `\nStart steps (${mode}/, median of ${runs}, ms):\n\n| step | fresh folder | existing folder |\n|---|---:|---:|\n`,
  );
  for (const step of Object.keys(fresh[0]!)) {
    const a = median(fresh.map((r) => r[step] ?? 0));
    const b = median(reopened.map((r) => r[step] ?? 0));
    process.stdout.write(`| ${step} | ${a} | ${b} |\n`);
  }
}
