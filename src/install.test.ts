/**
 * The install stays reproducible (issue 9, decision 013): `npm ci` takes the committed lockfile on
 * any machine (.ci/run relies on it), and every production dependency runs on the Node we claim.
 */
import fs from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

type LockEntry = {
  version?: string;
  dev?: boolean;
  engines?: { node?: string } | string[];
  optionalDependencies?: Record<string, string>;
};

const ROOT = new URL('../', import.meta.url);
const lock = JSON.parse(fs.readFileSync(new URL('package-lock.json', ROOT), 'utf8')) as {
  packages: Record<string, LockEntry>;
};
const manifest = JSON.parse(fs.readFileSync(new URL('package.json', ROOT), 'utf8')) as {
  engines: { node: string };
};

/** Where Node would find `name` from the package at `from` (its own node_modules, then its parents'). */
function resolveInLock(from: string, name: string): string | null {
  let base = from;
  for (;;) {
    const candidate = `${base === '' ? '' : `${base}/`}node_modules/${name}`;
    if (lock.packages[candidate]) {
      return candidate;
    }
    if (base === '') {
      return null;
    }
    const parent = base.lastIndexOf('/node_modules/');
    base = parent < 0 ? '' : base.slice(0, parent);
  }
}

/** The Node range a package declares (lockfiles keep `engines` as npm found it). */
function nodeRange(entry: LockEntry): string | null {
  return entry.engines && !Array.isArray(entry.engines) ? (entry.engines.node ?? null) : null;
}

const productionPackages = Object.entries(lock.packages).filter(
  ([path, entry]) => path !== '' && entry.dev !== true,
);

describe('package-lock.json', () => {
  it("lists every platform's optional package of rollup and esbuild, so npm ci works on any machine", () => {
    for (const name of ['rollup', 'esbuild']) {
      const holders = Object.entries(lock.packages).filter(([path]) => path.endsWith(`node_modules/${name}`));
      expect(holders.length, name).toBeGreaterThan(0);
      for (const [path, entry] of holders) {
        const platforms = Object.keys(entry.optionalDependencies ?? {});
        expect(platforms.length, `${path} declares its platform packages`).toBeGreaterThan(10);
        const missing = platforms.filter((platform) => resolveInLock(path, platform) === null);
        expect(missing, `${path}: platform packages missing from the lockfile`).toEqual([]);
      }
    }
  });

  it('lists every optional dependency of every package (npm 11 refuses a lockfile without them)', () => {
    const missing = Object.entries(lock.packages).flatMap(([path, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((name) => resolveInLock(path, name) === null)
        .map((name) => `${path} → ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('has production dependencies that all accept the running Node', () => {
    expect(productionPackages.length).toBeGreaterThan(50);
    const refusing = productionPackages
      .filter(([, entry]) => {
        const range = nodeRange(entry);
        return range !== null && !semver.satisfies(process.version, range);
      })
      .map(([path, entry]) => `${path}@${entry.version ?? '?'} wants Node ${nodeRange(entry) ?? ''}`);
    expect(refusing, `running ${process.version}`).toEqual([]);
  });

  it('has production dependencies that all accept the oldest Node that package.json allows', () => {
    const oldest = semver.minVersion(manifest.engines.node);
    expect(oldest).not.toBeNull();
    const refusing = productionPackages
      .filter(([, entry]) => {
        const range = nodeRange(entry);
        return range !== null && !semver.satisfies(oldest!, range);
      })
      .map(([path, entry]) => `${path}@${entry.version ?? '?'} wants Node ${nodeRange(entry) ?? ''}`);
    expect(refusing, `package.json engines.node ${manifest.engines.node}`).toEqual([]);
  });
});
