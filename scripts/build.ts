/**
 * `npm run build` (also npm's `prepare`, so `npm ci` builds): compiles the TypeScript in src/ to
 * JavaScript in dist/, one module per source file at the same relative path, so that files read
 * relative to `import.meta.url` (migrations, CSS, package.json) are found from dist/ as from src/.
 * `bin/gongkai.js` and `npm start` run dist/; tsx stays for development (`npm run dev`). See
 * decision 013.
 *
 * 1. Which modules: esbuild bundles from src/cli/main.ts (without writing) and reports every source
 *    file reachable through static and dynamic imports — tests and test helpers are never reached.
 * 2. Each of those is compiled on its own (esbuild; type checking is `npm run typecheck`), with its
 *    relative imports kept as imports of the sibling `.js` file; JSON imports are inlined (Node 20
 *    warns on JSON modules); source maps, so stack traces point at the .ts lines.
 * 3. Every other file in src/ that is neither TypeScript nor a test (SQL, CSS) is copied as is.
 * 4. The template for new embedded databases (dist/db/pgdata-template: initdb + migrations,
 *    src/db/pglite-template.ts) — kept from the last build while PGlite and the migrations are
 *    the same, since making it costs an initdb (≈ 4.5 s).
 * 5. dist/build.json records when the build started; bin/gongkai.js compares it with src/.
 */
import { build, type BuildOptions as EsbuildOptions, type Plugin } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from '../src/db/migrate.ts';
import { openPglite } from '../src/db/pglite.ts';
import {
  currentTemplateKey,
  readTemplateKey,
  writeTemplateKey,
  type TemplateKey,
} from '../src/db/pglite-template.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where the compiled modules go; bin/gongkai.js knows this name. */
const DIST = path.join(ROOT, 'dist');
const templateIn = (dist: string) => path.join(dist, 'db', 'pgdata-template');
const TYPESCRIPT = /\.tsx?$/;
const TEST_FILE = /\.test\.tsx?$|test-support|[\\/]testing[\\/]/;

const COMMON: EsbuildOptions = {
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  tsconfig: path.join(ROOT, 'tsconfig.json'),
  logLevel: 'warning',
};

/**
 * Modules started as worker threads (`new Worker(url)`, see entryNextTo): no import reaches them, so
 * they are entry points of their own.
 */
const WORKER_ENTRIES = [['io', 'parse-pool', 'parse-worker.ts']];

/** Every source module reachable from the CLI's entry point and the worker entries (step 1). */
async function reachableModules(src: string, dist: string): Promise<string[]> {
  const entryPoints = [path.join(src, 'cli', 'main.ts'), ...WORKER_ENTRIES.map((p) => path.join(src, ...p))];
  const result = await build({ ...COMMON, entryPoints, write: false, metafile: true, outdir: dist });
  return Object.keys(result.metafile.inputs)
    .map((input) => path.resolve(ROOT, input))
    .filter((file) => TYPESCRIPT.test(file));
}

/** Keeps each relative TypeScript import as an import of the compiled sibling (step 2). */
function keepModules(modules: ReadonlySet<string>): Plugin {
  return {
    name: 'keep-modules',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^\.\.?\/.*\.tsx?$/ }, (args) => {
        if (args.kind === 'entry-point') {
          return undefined;
        }
        const target = path.resolve(args.resolveDir, args.path);
        if (!modules.has(target)) {
          return { errors: [{ text: `${args.path} (imported by ${args.importer}) is not being built` }] };
        }
        return { path: args.path.replace(TYPESCRIPT, '.js'), external: true };
      });
    },
  };
}

/** Copies the non-TypeScript files of src/ (migrations, CSS …) to the same place in dist/ (step 3). */
function copyAssets(src: string, dist: string): number {
  const files = fs
    .readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !TYPESCRIPT.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !TEST_FILE.test(path.relative(src, file)));
  for (const file of files) {
    const target = path.join(dist, path.relative(src, file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(file, target);
  }
  return files.length;
}

const sameKey = (a: TemplateKey | null, b: TemplateKey) =>
  a !== null && a.pglite === b.pglite && a.migrations === b.migrations;

/** Empties dist/, keeping the database template when `keepTemplate`. */
function cleanDist(dist: string, keepTemplate: boolean): void {
  if (!keepTemplate) {
    fs.rmSync(dist, { recursive: true, force: true });
    return;
  }
  const template = templateIn(dist);
  const kept = new Set([path.dirname(template), template, `${template}.json`]);
  for (const dir of [dist, path.dirname(template)]) {
    for (const name of fs.readdirSync(dir)) {
      if (!kept.has(path.join(dir, name))) {
        fs.rmSync(path.join(dir, name), { recursive: true, force: true });
      }
    }
  }
}

/** Makes the template: a new PGlite data folder with the migrations applied (step 4). */
async function makeTemplate(dist: string, key: TemplateKey): Promise<void> {
  const template = templateIn(dist);
  const work = path.join(dist, 'db', '.template-work');
  fs.rmSync(work, { recursive: true, force: true });
  const db = await openPglite(work); // running the sources: no template, so initdb
  try {
    await migrate(db);
  } finally {
    await db.close();
  }
  fs.rmSync(template, { recursive: true, force: true });
  fs.renameSync(path.join(work, 'pgdata'), template);
  fs.rmSync(work, { recursive: true, force: true });
  writeTemplateKey(key, template);
}

/** Where to build from and to; tests build a copy elsewhere, without the database template. */
export type BuildOptions = { src?: string; dist?: string; withTemplate?: boolean };

/**
 * Builds dist/ from src/.
 * @returns the number of modules compiled and of files copied, and what became of the template
 */
export async function buildDist({
  src = path.join(ROOT, 'src'),
  dist = DIST,
  withTemplate = true,
}: BuildOptions = {}): Promise<{ modules: number; assets: number; template: 'kept' | 'made' | 'none' }> {
  const startedAt = Date.now();
  const key = withTemplate ? currentTemplateKey() : null;
  const keepTemplate = key !== null && sameKey(readTemplateKey(templateIn(dist)), key);
  cleanDist(dist, keepTemplate);
  const modules = await reachableModules(src, dist);
  await build({
    ...COMMON,
    entryPoints: modules,
    outbase: src,
    outdir: dist,
    sourcemap: 'linked',
    sourcesContent: false,
    plugins: [keepModules(new Set(modules))],
  });
  const assets = copyAssets(src, dist);
  if (key !== null && !keepTemplate) {
    await makeTemplate(dist, key);
  }
  fs.writeFileSync(path.join(dist, 'build.json'), `${JSON.stringify({ startedAt })}\n`);
  return {
    modules: modules.length,
    assets,
    template: key === null ? 'none' : keepTemplate ? 'kept' : 'made',
  };
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const { modules, assets, template } = await buildDist();
  process.stdout.write(
    `built dist/: ${modules} modules, ${assets} other files, database template ${template} (${Math.round(performance.now() - started)} ms)\n`,
  );
}
