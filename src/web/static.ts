/**
 * Static files (CSS, images, the 公 favicon) from src/web/static, read once at start and served with caching.
 * The report stylesheet comes from the renderer so the checker page and exports look the same.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import { REPORT_CSS } from '../render/html-style.ts';
import { LETTER_CSS } from '../render/letters/letter-html.ts';
import type { AppEnv } from './context.ts';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'static');
const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

function loadStatic(): Map<string, { body: Uint8Array; type: string }> {
  const files = new Map<string, { body: Uint8Array; type: string }>();
  for (const name of fs.readdirSync(DIR)) {
    const type = TYPES[path.extname(name)];
    if (type) {
      files.set(name, { body: fs.readFileSync(path.join(DIR, name)), type });
    }
  }
  files.set('report.css', { body: Buffer.from(REPORT_CSS, 'utf8'), type: TYPES['.css']! });
  files.set('letter.css', { body: Buffer.from(LETTER_CSS, 'utf8'), type: TYPES['.css']! });
  return files;
}

/** Serves GET /static/:name, and /favicon.ico (browsers ask for it at the root whatever the page says). */
export function registerStatic(app: Hono<AppEnv>): void {
  const files = loadStatic();
  const favicon = files.get('favicon.ico');
  app.get('/favicon.ico', (c) =>
    favicon
      ? c.body(favicon.body as Uint8Array<ArrayBuffer>, 200, {
          'content-type': favicon.type,
          'cache-control': 'public, max-age=86400',
        })
      : c.notFound(),
  );
  app.get('/static/:name', (c) => {
    const file = files.get(c.req.param('name'));
    if (!file) {
      return c.notFound();
    }
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': file.type,
      'cache-control': 'public, max-age=3600',
    });
  });
}
