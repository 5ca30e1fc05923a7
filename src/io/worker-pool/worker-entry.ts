/**
 * Where a worker's code is and how to start it. The platform runs as compiled JavaScript (dist/)
 * in production and as TypeScript sources under tsx (`npm start`) and vitest: the worker file is
 * found next to the module that asks for it, with that module's own extension. Plain Node cannot
 * load a .ts worker, so a TypeScript worker starts through a two-line bootstrap that registers
 * tsx's loader (tsx is a runtime dependency) in the new thread first.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** A worker module's URL (file:). */
export type WorkerEntry = URL;

/**
 * The worker module `baseName` in the folder of `moduleUrl`, with the same extension.
 * @example entryNextTo('file:///app/dist/io/parse-pool/parse-pool.js', 'parse-worker') // file:///app/dist/io/parse-pool/parse-worker.js
 */
export function entryNextTo(moduleUrl: string, baseName: string): WorkerEntry {
  const extension = path.extname(fileURLToPath(moduleUrl));
  return new URL(`./${baseName}${extension}`, moduleUrl);
}

/**
 * Starts a worker on `entry` with heap limits.
 * @example spawnWorker(entryNextTo(import.meta.url, 'parse-worker'), { maxOldGenerationSizeMb: 512 })
 */
export function spawnWorker(entry: WorkerEntry, resourceLimits: ResourceLimits): Worker {
  const options = { resourceLimits, stdout: false, stderr: false };
  if (!entry.pathname.endsWith('.ts')) {
    return new Worker(entry, options);
  }
  const bootstrap = `import(${JSON.stringify(tsxApiUrl())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}

let cachedTsxApi: string | null = null;

/** tsx's ESM API module, found through its package.json exports (the `import` condition). */
function tsxApiUrl(): string {
  if (cachedTsxApi === null) {
    const packageJson = createRequire(import.meta.url).resolve('tsx/package.json');
    const manifest = JSON.parse(fs.readFileSync(packageJson, 'utf8')) as {
      exports: Record<string, { import: { default: string } }>;
    };
    const relative = manifest.exports['./esm/api']!.import.default;
    cachedTsxApi = pathToFileURL(path.join(path.dirname(packageJson), relative)).href;
  }
  return cachedTsxApi;
}
