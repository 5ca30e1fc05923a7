import { describe, expect, it } from 'vitest';
import { barLine, createProgress } from './progress.ts';

function fakeStream(isTTY: boolean): {
  write: (text: string) => boolean;
  isTTY: boolean;
  columns: number;
  output: string[];
} {
  const output: string[] = [];
  return { write: (text: string) => output.push(text) > 0, isTTY, columns: 60, output };
}

describe('createProgress', () => {
  it('writes a line about every 10 % when stderr is not a terminal', () => {
    const stream = fakeStream(false);
    const progress = createProgress(95, stream);
    for (let index = 0; index < 95; index += 1) {
      progress.tick(`file-${index}`);
    }
    progress.done();
    expect(stream.output).toHaveLength(10);
    expect(stream.output[0]).toBe('进度：10/95（10%）\n');
    expect(stream.output.at(-1)).toBe('进度：95/95（100%）\n');
  });

  it('redraws one line in place on a terminal and clears it at the end', () => {
    const stream = fakeStream(true);
    const progress = createProgress(2, stream);
    progress.tick('a.pdf');
    progress.tick('b.pdf');
    progress.done();
    expect(stream.output).toEqual([
      `\r\u001b[K${barLine(1, 2, 'a.pdf', 60)}`,
      `\r\u001b[K${barLine(2, 2, 'b.pdf', 60)}`,
      '\r\u001b[K',
    ]);
  });
});

describe('barLine', () => {
  it('draws the bar and cuts a long label to the terminal width, CJK counting double', () => {
    expect(barLine(5, 10, 'a.pdf', 80)).toBe('[############            ]  5/10  50%  a.pdf');
    const head = '[########################] 1/1 100%  ';
    const line = barLine(1, 1, '淄博市博山区人民政府2024年政府信息公开工作年度报告.pdf', 50);
    expect(line).toBe(`${head}淄博市博山区`); // 6 CJK characters = 12 columns = 50 − 1 − head
  });
});
