import { describe, expect, it } from 'vitest';
import { hasControlCharacters, stripControlCharacters } from './control-characters.ts';
import { isControlPath } from './clean-url.ts';

describe('control characters in submitted text', () => {
  it.each([
    ['NUL inside a user name', 'a\u0000b', 'ab'],
    ['bell, escape, DEL', '\u0007张\u001b三\u007f', '张三'],
    [
      'every C0 control but tab, LF, CR',
      String.fromCharCode(...Array.from({ length: 32 }, (_, i) => i)),
      '\t\n\n\n\r',
    ],
    ['form feed between pasted PDF pages becomes a line feed', '第一页\f第二页', '第一页\n第二页'],
    ['vertical tab becomes a line feed', '甲\u000b乙', '甲\n乙'],
    ['tab and line breaks stay', '甲\t乙\r\n丙\n', '甲\t乙\r\n丙\n'],
    [
      'ordinary Chinese text is untouched',
      '政府信息公开申请表（２０２６）',
      '政府信息公开申请表（２０２６）',
    ],
    ['C1 and direction controls are left to the field readers', '\u0085\u202e', '\u0085\u202e'],
  ])('%s', (_name, input, expected) => {
    expect(stripControlCharacters(input)).toBe(expected);
    expect(hasControlCharacters(expected.replace(/[\t\n\r]/g, ''))).toBe(false);
  });

  it.each([
    ['/o/%00/gk', true],
    ['/o/boshan%1B', true],
    ['/o/boshan%7f', true],
    ['/o/a\u0000', true],
    ['/o/boshan/gk/apply/form', false],
    ['/o/%E5%8D%9A%E5%B1%B1', false],
    ['/staff/cases/12', false],
  ])('the path %s has a control character: %s', (path, expected) => {
    expect(isControlPath(path)).toBe(expected);
  });
});
