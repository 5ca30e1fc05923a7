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
import { build, type BuildOptions, type Plugin } from 'esbuild';
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
const SRC = path.join(ROOT, 'src');
/** Where the compiled modules go; bin/gongkai.js and the tests know this name. */
export const DIST = path.join(ROOT, 'dist');
const ENTRY = path.join(SRC, 'cli', 'main.ts');
const TEMPLATE = path.join(DIST, 'db', 'pgdata-template');
const TYPESCRIPT = /\.tsx?$/;
const TEST_FILE = /\.test\.tsx?$|test-support|[\\/]testing[\\/]/;

const COMMON: BuildOptions = {
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  tsconfig: path.join(ROOT, 'tsconfig.json'),
  logLevel: 'warning',
};

/** Every source module reachable from the CLI's entry point (step 1). */
async function reachableModules(): Promise<string[]> {
  const result = await build({ ...COMMON, entryPoints: [ENTRY], write: false, metafile: true, outdir: DIST });
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
function copyAssets(): number {
  const files = fs
    .readdirSync(SRC, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !TYPESCRIPT.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !TEST_FILE.test(path.relative(SRC, file)));
  for (const file of files) {
    const target = path.join(DIST, path.relative(SRC, file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(file, target);
  }
  return files.length;
}

const sameKey = (a: TemplateKey | null, b: TemplateKey) =>
  a !== null && a.pglite === b.pglite && a.migrations === b.migrations;

/** Empties dist/, keeping the database template when `keepTemplate`. */
function cleanDist(keepTemplate: boolean): void {
  if (!keepTemplate) {
    fs.rmSync(DIST, { recursive: true, force: true });
    return;
  }
  const kept = new Set([path.dirname(TEMPLATE), TEMPLATE, `${TEMPLATE}.json`]);
  for (const dir of [DIST, path.dirname(TEMPLATE)]) {
    for (const name of fs.readdirSync(dir)) {
      if (!kept.has(path.join(dir, name))) {
        fs.rmSync(path.join(dir, name), { recursive: true, force: true });
      }
    }
  }
}

/** Makes the template: a new PGlite data folder with the migrations applied (step 4). */
async function makeTemplate(key: TemplateKey): Promise<void> {
  const work = path.join(DIST, 'db', '.template-work');
  fs.rmSync(work, { recursive: true, force: true });
  const db = await openPglite(work); // running the sources: no template, so initdb
  try {
    await migrate(db);
  } finally {
    await db.close();
  }
  fs.rmSync(TEMPLATE, { recursive: true, force: true });
  fs.renameSync(path.join(work, 'pgdata'), TEMPLATE);
  fs.rmSync(work, { recursive: true, force: true });
  writeTemplateKey(key, TEMPLATE);
}

/**
 * Builds dist/ from src/.
 * @returns the number of modules compiled and of files copied, and whether the template was remade
 */
export async function buildDist(): Promise<{ modules: number; assets: number; template: 'kept' | 'made' }> {
  const startedAt = Date.now();
  const key = currentTemplateKey();
  const keepTemplate = sameKey(readTemplateKey(TEMPLATE), key);
  cleanDist(keepTemplate);
  const modules = await reachableModules();
  await build({
    ...COMMON,
    entryPoints: modules,
    outbase: SRC,
    outdir: DIST,
    sourcemap: 'linked',
    sourcesContent: false,
    plugins: [keepModules(new Set(modules))],
  });
  const assets = copyAssets();
  if (!keepTemplate) {
    await makeTemplate(key);
  }
  fs.writeFileSync(path.join(DIST, 'build.json'), `${JSON.stringify({ startedAt })}\n`);
  return { modules: modules.length, assets, template: keepTemplate ? 'kept' : 'made' };
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const { modules, assets, template } = await buildDist();
  process.stdout.write(
    `built dist/: ${modules} modules, ${assets} other files, database template ${template} (${Math.round(performance.now() - started)} ms)\n`,
  );
}
