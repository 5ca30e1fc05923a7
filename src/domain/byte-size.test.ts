import { describe, expect, it } from 'vitest';
import { fileSizeText, megabytes, megabytesText } from './byte-size.ts';

const MB = 1024 * 1024;

describe('megabytes / megabytesText', () => {
  it('rounds to a tenth and prints whole limits without a decimal', () => {
    expect(megabytes(20 * MB)).toBe(20);
    expect(megabytes(1.25 * MB)).toBe(1.3);
    expect(megabytes(MB / 3)).toBe(0.3);
    expect(megabytesText(10 * MB)).toBe('10 MB');
    expect(megabytesText(512 * MB)).toBe('512 MB');
    expect(megabytesText(2.5 * MB)).toBe('2.5 MB');
    expect(megabytesText(2 * MB + 1)).toBe('2 MB');
  });
});

describe('fileSizeText', () => {
  it('gives whole KB (at least 1) under 1 MB and MB to a tenth above', () => {
    expect(fileSizeText(0)).toBe('1 KB');
    expect(fileSizeText(300)).toBe('1 KB');
    expect(fileSizeText(1536)).toBe('2 KB');
    expect(fileSizeText(MB - 1)).toBe('1024 KB');
    expect(fileSizeText(MB)).toBe('1.0 MB');
    expect(fileSizeText(3.25 * MB)).toBe('3.3 MB');
  });
});
