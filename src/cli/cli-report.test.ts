import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnnualReportSchema } from '../domain/report/model.ts';
import { runGongkai, STACK_TRACE } from './testing/run-cli.ts';

const SEED_002 = 'test-fixtures/seeds/002_2620abe2f7b9fa96.txt';
const SEED_001 = 'test-fixtures/seeds/001_1f886fd727df4157.txt';

let work = '';
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'gongkai-cli-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('gongkai (top level)', () => {
  it('prints help and the version on stdout, exit 0', async () => {
    const help = await runGongkai(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('用法：gongkai <命令>');
    expect(help.stdout).toContain('显示本帮助');
    expect(help.stdout).not.toMatch(/Usage|Commands|Options|show this help/);
    expect(help.stdout).toContain('report');
    const reportHelp = await runGongkai(['report', '--help']);
    expect(reportHelp.stdout).toMatch(/parse[\s\S]*check[\s\S]*render[\s\S]*batch/);
    const version = await runGongkai(['--version']);
    expect(version).toMatchObject({ code: 0, stdout: 'gongkai 0.1.0\n' });
  });

  it('answers an unknown command or flag with a short usage error on stderr, exit 2', async () => {
    const cases = [
      ['frobnicate'],
      ['report', 'frobnicate'],
      ['report', 'parse', SEED_002, '--bogus'],
      ['--bogus'],
      [],
      ['report', 'check'],
    ];
    const results = await Promise.all(cases.map((args) => runGongkai(args)));
    for (const [index, result] of results.entries()) {
      expect(result.code, cases[index]?.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^gongkai: [^\n]*[\u4e00-\u9fff][^\n]*\n用法：gongkai/);
      expect(result.stderr.split('\n').length).toBeLessThanOrEqual(4);
    }
  });
});

describe('gongkai report parse', () => {
  it('prints the report as contract JSON on stdout and findings on stderr', async () => {
    const result = await runGongkai(['report', 'parse', SEED_001]);
    expect(result.code).toBe(0);
    const report = AnnualReportSchema.parse(JSON.parse(result.stdout));
    expect(report).toMatchObject({ organ: '盐池县惠安堡镇人民政府', year: 2020, format: '2019' });
    expect(result.stderr).toMatch(/^\[警告\] PARSE_CELLS_MISSING 第\d+行：/m);
    const quiet = await runGongkai(['report', 'parse', SEED_001, '--quiet']);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(result.stdout);
  });

  it('reads standard input for `-`', async () => {
    const result = await runGongkai(['report', 'parse', '-'], { input: await readFile(SEED_002) });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ organ: '淄博市博山区人民政府', year: 2024 });
  });
});

describe('gongkai report check', () => {
  it('exits 0 or 1 on seed 002 as its findings say, in Chinese and as JSON', async () => {
    const human = await runGongkai(['report', 'check', SEED_002]);
    const json = await runGongkai(['report', 'check', SEED_002, '--json']);
    const output = JSON.parse(json.stdout) as { report: unknown; findings: { severity: string }[] };
    expect(output.report).toEqual({ organ: '淄博市博山区人民政府', year: 2024, format: '2021' });
    const errors = output.findings.filter((finding) => finding.severity === 'error').length;
    const warnings = output.findings.filter((finding) => finding.severity === 'warning').length;
    const infos = output.findings.filter((finding) => finding.severity === 'info').length;
    expect(human.code).toBe(errors > 0 ? 1 : 0);
    expect(json.code).toBe(human.code);
    expect(human.stdout).toContain(`错误 ${errors} 项，警告 ${warnings} 项，提示 ${infos} 项`);
  });

  it('groups findings by severity with their location, and exits 1 on errors', async () => {
    const result = await runGongkai(['report', 'check', 'test-fixtures/seeds/000_5b011f5e8cebd16c.txt']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^蘑菇气镇人民政府 · 2023年度 · 2021年格式（国办公开办函〔2021〕30号）\n\n错误（\d+ 项）\n {2}1\. [A-Z_]+［/,
    );
    expect(result.stdout).toMatch(/错误 \d+ 项，警告 \d+ 项，提示 \d+ 项\n$/);
  });

  it("takes last year's report with --previous", async () => {
    const result = await runGongkai(['report', 'check', SEED_002, '--previous', SEED_002, '--json']);
    expect([0, 1]).toContain(result.code);
    expect(result.stderr).toBe('');
  });
});

describe('gongkai report render', () => {
  it('writes each format atomically, from a report or from its JSON', async () => {
    const formats = ['html', 'docx', 'md', 'json', 'csv'];
    const results = await Promise.all(
      formats.map((format) =>
        runGongkai(['report', 'render', SEED_002, '--to', format, '--out', join(work, `002.${format}`)]),
      ),
    );
    for (const [index, result] of results.entries()) {
      const format = formats[index] ?? '';
      const out = join(work, `002.${format}`);
      expect(result.code, format).toBe(0);
      expect(result.stderr).toContain(`已写入 ${out}`);
      expect((await readFile(out)).length).toBeGreaterThan(100);
    }
    const fromJson = await runGongkai([
      'report',
      'render',
      join(work, '002.json'),
      '--to',
      'md',
      '--out',
      '-',
    ]);
    expect(fromJson.code).toBe(0);
    expect(fromJson.stdout).toContain('淄博市博山区人民政府');
  });

  it('reads back the Word file it wrote', async () => {
    const docx = join(work, 'round-trip.docx');
    await runGongkai(['report', 'render', SEED_002, '--to', 'docx', '--out', docx]);
    const original = JSON.parse((await runGongkai(['report', 'parse', SEED_002])).stdout) as Record<
      string,
      unknown
    >;
    const reparsed = JSON.parse((await runGongkai(['report', 'parse', docx, '--quiet'])).stdout) as Record<
      string,
      unknown
    >;
    expect(reparsed.applications).toEqual(original.applications);
    expect(reparsed.proactive).toEqual(original.proactive);
    expect(reparsed.reviewLitigation).toEqual(original.reviewLitigation);
  });

  it('refuses a missing or unknown --to, exit 2', async () => {
    expect((await runGongkai(['report', 'render', SEED_002, '--out', join(work, 'x')])).code).toBe(2);
    expect(
      (await runGongkai(['report', 'render', SEED_002, '--to', 'xps', '--out', join(work, 'x')])).code,
    ).toBe(2);
  });

  it('writes a PDF that reads back with the same tables; a bad PDF font is a clear error and no file', async () => {
    const pdf = join(work, 'round-trip.pdf');
    expect((await runGongkai(['report', 'render', SEED_002, '--to', 'pdf', '--out', pdf])).code).toBe(0);
    const original = JSON.parse((await runGongkai(['report', 'parse', SEED_002])).stdout) as Record<
      string,
      unknown
    >;
    const reparsed = JSON.parse((await runGongkai(['report', 'parse', pdf, '--quiet'])).stdout) as Record<
      string,
      unknown
    >;
    expect(reparsed.applications).toEqual(original.applications);
    const never = join(work, 'never.pdf');
    const bad = await runGongkai(['report', 'render', SEED_002, '--to', 'pdf', '--out', never], {
      env: { GAZETTE_FONT: '/nonexistent/font.ttf' },
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('字体文件不存在');
    expect(bad.stderr).not.toMatch(STACK_TRACE);
    await expect(readFile(never)).rejects.toThrow();
  }, 60_000);

  it('never prints a stack trace for a bad file', async () => {
    const path = join(work, 'not-a-report.txt');
    await writeFile(path, '今天天气很好。\n');
    const result = await runGongkai([
      'report',
      'render',
      path,
      '--to',
      'html',
      '--out',
      join(work, 'never.html'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});
