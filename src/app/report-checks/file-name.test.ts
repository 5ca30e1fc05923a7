import { describe, expect, it } from 'vitest';
import { asciiFileName, checkFileName, contentDisposition, UnsafeFileNameError } from './file-name.ts';
import { ReportInputError } from '../../domain/report/errors.ts';

describe('upload file names', () => {
  it.each([['2024年报.pdf'], ['博山区（2024）政府信息公开年报 v2.docx'], ['report..txt'], ['  报告.html  ']])(
    'accepts %s',
    (name) => {
      expect(checkFileName(name)).toBe(name.trim());
    },
  );

  it.each([
    ['../../etc/passwd'],
    ['..\\windows\\x.txt'],
    ['<script>alert(1)</script>.txt'],
    ['a"b.txt'],
    ['a\u0000b.txt'],
    ['evil\u202etxt.exe'],
    ['..'],
    ['x'.repeat(201)],
  ])('refuses %j', (name) => {
    expect(() => checkFileName(name)).toThrow(UnsafeFileNameError);
  });

  it('asks for a file when the name is empty', () => {
    expect(() => checkFileName('  ')).toThrow(ReportInputError);
  });

  it('writes an ASCII fallback and the UTF-8 name', () => {
    expect(asciiFileName('gongkai-check-2024', 'json')).toBe('gongkai-check-2024.json');
    expect(asciiFileName('博山区', 'csv')).toBe('report.csv');
    expect(contentDisposition('x', '博山\r\n"年报"', 'docx')).toBe(
      `attachment; filename="x.docx"; filename*=UTF-8''${encodeURIComponent('博山__"年报".docx')}`,
    );
  });
});
