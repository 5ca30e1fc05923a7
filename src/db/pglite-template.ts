/**
 * A new embedded database starts as a copy of a template made by the build, instead of running
 * PostgreSQL's initdb (≈ 4.5 s of the first start, stack notes; decision 013). The template is a
 * data folder that PGlite created and the shipped migrations were applied to — nothing else: no
 * organs, accounts or secrets (the CSRF secret and the administrator's one-time password are made
 * at first start, so every installation has its own). Migrations still run at every start
 * (migrate.ts), so a template older than the code only means more of them run.
 *
 * The template lives next to the compiled module (dist/db/pgdata-template/); running the sources
 * (tsx, vitest) there is none, and a new folder is made by initdb as before. A template made by
 * another PGlite version is never used.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listMigrations } from './migrate.ts';

/** The template data folder beside this module (only the build creates it). */
export const TEMPLATE_DIR = fileURLToPath(new URL('./pgdata-template', import.meta.url));

/** What a template was made from; the build remakes it when this changes. */
export type TemplateKey = { pglite: string; migrations: string };

const keyFile = (dir: string) => `${dir}.json`;

/** The installed PGlite's version (its package.json is not among its exports). */
function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const manifest = path.join(path.dirname(entry), '..', 'package.json');
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** The key of a template made now: the installed PGlite and the shipped migrations. */
export function currentTemplateKey(): TemplateKey {
  const hash = createHash('sha256');
  for (const m of listMigrations()) {
    hash.update(`${m.version}_${m.name}\n${m.sql}\n`);
  }
  return { pglite: pgliteVersion(), migrations: hash.digest('hex') };
}

/** The key a template was made with, or null when there is no (finished) template. */
export function readTemplateKey(dir = TEMPLATE_DIR): TemplateKey | null {
  try {
    return JSON.parse(fs.readFileSync(keyFile(dir), 'utf8')) as TemplateKey;
  } catch {
    return null;
  }
}

/** Records the key once the template is complete (its absence marks an unfinished one). */
export function writeTemplateKey(key: TemplateKey, dir = TEMPLATE_DIR): void {
  fs.writeFileSync(keyFile(dir), `${JSON.stringify(key)}\n`);
}

/**
 * Makes `pgdata` a copy of the template when it does not exist yet and a template for this PGlite
 * is there. The copy goes to a temporary sibling first and is renamed into place, so an
 * interrupted copy leaves no half-made database behind.
 * @returns true when the template was copied (false: PGlite will run initdb or open the folder)
 */
export function seedFromTemplate(pgdata: string, dir = TEMPLATE_DIR): boolean {
  if (fs.existsSync(pgdata)) {
    return false;
  }
  const key = readTemplateKey(dir);
  if (key === null || key.pglite !== pgliteVersion()) {
    return false;
  }
  const temporary = `${pgdata}.${process.pid}.tmp`;
  fs.rmSync(temporary, { recursive: true, force: true });
  fs.cpSync(dir, temporary, { recursive: true });
  fs.renameSync(temporary, pgdata);
  return true;
}
