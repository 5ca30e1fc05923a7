/**
 * The build (decision 013), on a copy of the checkout in a temporary folder so that the real
 * dist/ — which other tests' CLI runs use — is never touched: the compiled CLI runs, bin/gongkai.js
 * runs it while it is current and the sources once src/ has changed, and stack traces of the
 * compiled code point at the .ts lines.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDist } from './build.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const MARK = 'compiled CLI ran';
let root: string;

function gongkai(...args: string[]) {
  return spawnSync(process.execPath, [path.join(root, 'bin', 'gongkai.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, GONGKAI_DEBUG: '' },
  });
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-build-'));
  fs.cpSync(path.join(ROOT, 'src'), path.join(root, 'src'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'bin'), path.join(root, 'bin'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(root, 'package.json'));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const built = await buildDist({
    src: path.join(root, 'src'),
    dist: path.join(root, 'dist'),
    withTemplate: false,
  });
  expect(built.modules).toBeGreaterThan(100);
  // Only this copy's compiled entry point says so, to tell which one bin/gongkai.js ran.
  fs.appendFileSync(path.join(root, 'dist', 'cli', 'main.js'), `\nprocess.stderr.write('${MARK}\\n');\n`);
}, 120_000);

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('the build', () => {
  it('gives a CLI that prints the Chinese usage, run by bin/gongkai.js while dist/ is current', () => {
    const result = gongkai('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('gongkai（公开）— 政府信息公开工作平台');
    expect(result.stderr).toContain(MARK);
  });

  it('copies the migrations and the stylesheets next to the modules that read them', () => {
    const migrations = fs.readdirSync(path.join(root, 'src', 'db', 'migrations'));
    expect(fs.readdirSync(path.join(root, 'dist', 'db', 'migrations')).sort()).toEqual(migrations.sort());
    expect(fs.existsSync(path.join(root, 'dist', 'web', 'static', 'app.css'))).toBe(true);
    // started as a worker thread, reached by no import (was missing: uploads crashed the built platform)
    expect(fs.existsSync(path.join(root, 'dist', 'io', 'parse-pool', 'parse-worker.js'))).toBe(true);
    expect(fs.readdirSync(path.join(root, 'dist'), { recursive: true }).map(String)).not.toContainEqual(
      expect.stringMatching(/\.test\.js$/),
    );
  });

  it('has source maps, so a stack trace from the compiled code names the .ts file and line', () => {
    const module = pathToFileURL(path.join(root, 'dist', 'domain', 'calendar', 'local-date.js')).href;
    const source = fs.readFileSync(path.join(root, 'src', 'domain', 'calendar', 'local-date.ts'), 'utf8');
    const line = source.split('\n').findIndex((l) => l.includes('throw new Error(`not a date')) + 1;
    const result = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `process.setSourceMapsEnabled(true); (await import(${JSON.stringify(module)})).localDate('nope');`,
      ],
      { encoding: 'utf8' },
    );
    expect(result.status).not.toBe(0);
    expect(line).toBeGreaterThan(0);
    expect(result.stderr).toContain(`src/domain/calendar/local-date.ts:${line}:`);
  });

  it('runs the sources through tsx once a source file is newer than the build', () => {
    const future = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(root, 'src', 'cli', 'run.ts'), future, future);
    const result = gongkai('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('gongkai（公开）— 政府信息公开工作平台');
    expect(result.stderr).not.toContain(MARK);
  });
});
