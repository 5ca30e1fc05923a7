import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listMigrations } from './migrate.ts';
import { currentTemplateKey, seedFromTemplate, writeTemplateKey } from './pglite-template.ts';

let work: string;
let template: string;

/** A stand-in data folder (the real one is made by `npm run build`; the CLI e2e tests start from it). */
function makeTemplate(pglite = currentTemplateKey().pglite): void {
  fs.mkdirSync(path.join(template, 'base', '1'), { recursive: true });
  fs.writeFileSync(path.join(template, 'PG_VERSION'), '18\n');
  fs.writeFileSync(path.join(template, 'base', '1', '1259'), Buffer.from([1, 2, 3]));
  writeTemplateKey({ ...currentTemplateKey(), pglite }, template);
}

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-template-'));
  template = path.join(work, 'pgdata-template');
});

afterEach(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

describe('a new embedded database from the build template', () => {
  it('is a full copy of the template, with nothing left half-copied beside it', () => {
    makeTemplate();
    const pgdata = path.join(work, 'data', 'pgdata');
    fs.mkdirSync(path.dirname(pgdata));
    expect(seedFromTemplate(pgdata, template)).toBe(true);
    expect(fs.readFileSync(path.join(pgdata, 'PG_VERSION'), 'utf8')).toBe('18\n');
    expect([...fs.readFileSync(path.join(pgdata, 'base', '1', '1259'))]).toEqual([1, 2, 3]);
    expect(fs.readdirSync(path.dirname(pgdata))).toEqual(['pgdata']);
  });

  it('never touches a database folder that exists', () => {
    makeTemplate();
    const pgdata = path.join(work, 'pgdata');
    fs.mkdirSync(pgdata);
    fs.writeFileSync(path.join(pgdata, 'PG_VERSION'), '17\n');
    expect(seedFromTemplate(pgdata, template)).toBe(false);
    expect(fs.readdirSync(pgdata)).toEqual(['PG_VERSION']);
    expect(fs.readFileSync(path.join(pgdata, 'PG_VERSION'), 'utf8')).toBe('17\n');
  });

  it('is left to initdb when the template is unfinished or was made by another PGlite', () => {
    makeTemplate('0.0.1');
    expect(seedFromTemplate(path.join(work, 'a'), template)).toBe(false);
    fs.rmSync(`${template}.json`);
    expect(seedFromTemplate(path.join(work, 'b'), template)).toBe(false);
    expect(fs.existsSync(path.join(work, 'a')) || fs.existsSync(path.join(work, 'b'))).toBe(false);
  });

  it('gets no per-installation secret from a migration (the template is shared by every installation)', () => {
    const random = /gen_random|random\s*\(|uuid_generate|gen_salt|pgp_sym/i;
    expect(
      listMigrations()
        .filter((m) => random.test(m.sql))
        .map((m) => m.name),
    ).toEqual([]);
  });
});
