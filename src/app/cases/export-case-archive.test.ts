import { describe, expect, it } from 'vitest';
import { MAX_ENTRY_NAME_CHARS, sanitizeEntryName } from './export-case-archive.ts';

describe('sanitizeEntryName (names inside the case archive)', () => {
  it.each([
    ['keeps an ordinary Chinese name', '身份证明.pdf', '身份证明.pdf'],
    ['turns a path climbing out of the folder into one plain segment', '../../etc/passwd', 'etc_passwd'],
    [
      'replaces Windows separators and forbidden characters',
      'C:\\Users\\li\\a<b>|c?.jpg',
      'C_Users_li_a_b_c_.jpg',
    ],
    ['replaces a right-to-left override that would disguise the extension', 'a\u202Eexe.pdf', 'a_exe.pdf'],
    ['replaces control characters and zero-width marks', 'a\u0000b\u0007c\u200Bd.png', 'a_b_c_d.png'],
    ['drops a leading dot (no hidden files)', '.bashrc', 'bashrc'],
    ['drops trailing dots and spaces (Windows strips them)', 'report. . ', 'report'],
    ['prefixes a Windows device name', 'CON.txt', '_CON.txt'],
    ['names an empty or all-unsafe name', '../..', 'file'],
    ['composes decomposed characters (NFC)', 'e\u0301.pdf', '\u00e9.pdf'],
  ])('%s', (_label, name, expected) => {
    expect(sanitizeEntryName(name)).toBe(expected);
  });

  it('cuts a 300-character name to the limit and keeps its extension', () => {
    const cut = sanitizeEntryName(`${'很长的文件名'.repeat(50)}.pdf`);
    expect(Array.from(cut)).toHaveLength(MAX_ENTRY_NAME_CHARS);
    expect(cut.endsWith('.pdf')).toBe(true);
  });

  it('never splits a character outside the basic plane', () => {
    const cut = sanitizeEntryName('𠀀'.repeat(100), 9);
    expect(cut).toBe('𠀀'.repeat(9));
  });

  it('honours a smaller budget (the folder and number take part of the 80 characters)', () => {
    expect(Array.from(sanitizeEntryName('x'.repeat(300), 74))).toHaveLength(74);
  });
});
