import { describe, expect, it } from 'vitest';
import { builtFile, createFileCache } from './file-cache.ts';

describe('file cache', () => {
  it('builds once per key, shares a build between concurrent callers, rebuilds when the key changes', async () => {
    const cache = createFileCache();
    let builds = 0;
    const build = (text: string) => async () => {
      builds += 1;
      await Promise.resolve();
      return builtFile(text);
    };
    const [a, b] = await Promise.all([cache.get('f', 'k1', build('one')), cache.get('f', 'k1', build('x'))]);
    expect(a).toBe(b);
    expect(builds).toBe(1);
    expect(await cache.get('f', 'k1', build('y'))).toBe(a);
    const c = await cache.get('f', 'k2', build('two'));
    expect(builds).toBe(2);
    expect(new TextDecoder().decode(c.bytes)).toBe('two');
    expect(c.etag).not.toBe(a.etag);
    await cache.get('other', 'k2', build('three'));
    expect(await cache.get('f', 'k2', build('z'))).toBe(c);
  });

  it('does not keep a failed build', async () => {
    const cache = createFileCache();
    await expect(cache.get('f', 'k', () => Promise.reject(new Error('disk')))).rejects.toThrow('disk');
    await Promise.resolve();
    expect(
      new TextDecoder().decode((await cache.get('f', 'k', () => Promise.resolve(builtFile('ok')))).bytes),
    ).toBe('ok');
  });

  it('gives equal text the same strong ETag', () => {
    expect(builtFile('政务').etag).toBe(builtFile('政务').etag);
    expect(builtFile('政务').etag).toMatch(/^"[0-9a-f]{40}"$/);
  });
});
