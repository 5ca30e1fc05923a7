#!/usr/bin/env node
// Entry point for `npx gongkai …` and `npm start` (decision 013). Runs the compiled CLI in dist/
// (built by `npm run build`, which `npm ci` runs as `prepare`) with source maps, so that stack
// traces point at the .ts lines. When dist/ is missing or older than a file in src/ (a developer
// has edited the sources), it runs the sources through tsx instead, as `npm run dev` does.
import fs from 'node:fs';

const root = new URL('../', import.meta.url);
const src = new URL('src/', root);

/** When the last build started (ms), or null when dist/ holds no finished build. */
function builtAt() {
  try {
    return JSON.parse(fs.readFileSync(new URL('dist/build.json', root), 'utf8')).startedAt;
  } catch {
    return null;
  }
}

/** Whether a source file (tests aside) changed after `since`; a checkout without src/ is never stale. */
function changedSince(dir, since) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  return entries.some((entry) => {
    const url = new URL(entry.isDirectory() ? `${entry.name}/` : entry.name, dir);
    if (entry.isDirectory()) {
      return changedSince(url, since);
    }
    return !entry.name.includes('.test.') && fs.statSync(url).mtimeMs > since;
  });
}

const since = builtAt();
if (since !== null && !changedSince(src, since)) {
  process.setSourceMapsEnabled(true);
  await import('../dist/cli/main.js');
} else {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write('gongkai: dist/ is missing or out of date; run `npm run build` first.\n');
    process.exit(70);
  }
  if (process.stderr.isTTY) {
    process.stderr.write(
      'gongkai: src/ changed since the last build; running the sources through tsx (slower). `npm run build` updates dist/.\n',
    );
  }
  register();
  await import('../src/cli/main.ts');
}
