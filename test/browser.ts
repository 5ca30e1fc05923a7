/**
 * Browser tests: headless Debian Chromium through playwright-core, the real server on a free port
 * with a fresh database, and an axe-core accessibility scan.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createLogger } from '../src/app/logger.ts';
import type { Env } from '../src/config/env.ts';
import { startServer, type Bootstrap, type RunningServer } from '../src/server.ts';
import { bootstrapPlatform } from '../src/app/bootstrap.ts';
import { DEFAULT_PARSE_POOL_SETTINGS, type ParsePoolSettings } from '../src/io/parse-pool/parse-pool.ts';
import { DEFAULT_GAZETTE_FONT } from '../src/io/publishing/gazette-font.ts';
import { seedFromTemplate } from '../src/db/pglite-template.ts';
import { pgliteTemplateFolder } from './db-template.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ADMIN_PASSWORD = 'Test-Admin-Passw0rd';

/** Launches headless Chromium with the flags this machine needs (no network, no sandbox as root). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export type TestServer = RunningServer & { dataDir: string; stop: () => Promise<void> };

/**
 * Starts the platform on a free port with a fresh embedded database (or `databaseUrl`), bootstrapped
 * with ADMIN_PASSWORD. The embedded database starts as a copy of the tests' migrated template, as an
 * installation starts from the build's (src/db/pglite-template.ts).
 */
export async function startTestServer(
  options: { databaseUrl?: string | null; bootstrap?: Bootstrap; parsePool?: ParsePoolSettings } = {},
): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-e2e-'));
  if (!options.databaseUrl) {
    seedFromTemplate(path.join(dataDir, 'pgdata'), await pgliteTemplateFolder());
  }
  const env: Env = {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    databaseUrl: options.databaseUrl ?? null,
    adminPassword: ADMIN_PASSWORD,
    secureCookies: false,
    maxUploadBytes: 5 * 1024 * 1024,
    logLevel: 'silent',
    gazetteFont: { path: DEFAULT_GAZETTE_FONT, face: null },
    parsePool: options.parsePool ?? DEFAULT_PARSE_POOL_SETTINGS,
  };
  const running = await startServer(env, {
    logger: createLogger('silent'),
    bootstrap: options.bootstrap ?? ((deps) => bootstrapPlatform(deps, { print: () => undefined })),
  });
  return {
    ...running,
    dataDir,
    stop: async () => {
      await running.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: number };

/** Runs axe-core (WCAG 2.x A/AA rules) on the page; returns serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: Array<{ id: string; impact: string | null; help: string; nodes: unknown[] }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Saves a full-page screenshot under SCREENSHOT_DIR (default /tmp/gongkai-shots) for people to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = process.env.SCREENSHOT_DIR ?? path.join(os.tmpdir(), 'gongkai-shots');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
