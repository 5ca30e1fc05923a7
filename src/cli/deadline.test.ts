import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from './run.ts';
import { runGongkai, STACK_TRACE } from './testing/run-cli.ts';

/** Runs the CLI in this process and captures what it writes. */
async function run(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation(
    (chunk: string | Uint8Array) => out.push(String(chunk)) > 0,
  );
  vi.spyOn(process.stderr, 'write').mockImplementation(
    (chunk: string | Uint8Array) => err.push(String(chunk)) > 0,
  );
  try {
    const code = await runCli(['deadline', ...args], {});
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    vi.restoreAllMocks();
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('gongkai deadline', () => {
  it('prints the due date and the numbered explanation in Chinese', async () => {
    const { code, stdout, stderr } = await run(['--received', '2024-09-27', '--channel', 'counter']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.split('\n').slice(0, 8)).toEqual([
      '答复期限：2024年10月30日（星期三）',
      '适用：《中华人民共和国政府信息公开条例》（2019年修订，国务院令第711号）（ordinance-2019）',
      '',
      '计算过程：',
      ' 1. 2024年9月27日（星期五）收到申请（当面提交：以提交之日为收到申请之日，条例第三十一条）',
      ' 2. 自2024年9月27日的次日起计算 20 个工作日（开始的当日不计入），第 20 个工作日为2024年10月30日（星期三）（第三十三条第二款）',
      ' 3. 答复期限：2024年10月30日（星期三）',
      '',
    ]);
  });

  it('applies 补正, pauses of each kind, extension and shows the setting note', async () => {
    const { code, stdout } = await run([
      '--received',
      '2024-09-27',
      '--correction-received',
      '2024-10-10',
      '--pause',
      '2024-10-14:2024-10-18',
      '--pause',
      '2024-10-21:2024-10-22:coProducer',
      '--pause',
      '2024-10-28:2024-10-29:fee',
      '--extend',
      '5',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('补正后于2024年10月10日（星期四）收到，答复期限自该日重新计算（第三十条）');
    expect(stdout).toContain('经批准延长 5 个工作日（第三十三条第二款）');
    expect(stdout).toContain(
      '征求其他机关意见（2024年10月21日至2024年10月22日），期间 1 个工作日不计入答复期限',
    );
    expect(stdout).toContain('说明：');
    expect(stdout).toMatch(/^答复期限：2024年11月21日（星期四）/);
  });

  it('prints JSON with the due date, the version and the steps', async () => {
    const { code, stdout } = await run(['--received', '2019-05-14', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      due: string;
      provisional: boolean;
      version: string;
      steps: { kind: string; text: string }[];
    };
    expect(json).toMatchObject({ due: '2019-06-04', provisional: false, version: 'ordinance-2007' });
    expect(json.steps.map((s) => s.kind)).toEqual(['received', 'base', 'due']);
  });

  it('says when the clock is stopped and when a date is provisional', async () => {
    const stopped = await run(['--received', '2024-09-27', '--pause', '2024-10-08:open']);
    expect(stopped.stdout).toMatch(/^答复期限：暂停计算中（自2024年10月8日（星期二）起）/);
    const provisional = await run(['--received', '2026-12-10']);
    // 2027 has no arrangement, but 元旦 (1月1日, a Friday) is a holiday by the 办法 itself
    expect(provisional.stdout).toMatch(/^答复期限：2027年1月8日（星期五）（暂定：所涉年度放假安排尚未发布/);
    expect(provisional.stdout).toContain('2027年1月1日（星期五，元旦）为法定节假日，已按休息日计算');
  });

  it.each<[string, string[], RegExp]>([
    ['a missing --received', [], /^gongkai: 缺少 --received\n/],
    ['a date that does not exist', ['--received', '2023-02-29'], /--received 的日期「2023-02-29」无效/],
    ['a date in another format', ['--received', '2024/09/27'], /--received 的日期「2024\/09\/27」无效/],
    ['an unknown channel', ['--received', '2024-09-27', '--channel', 'pigeon'], /--channel「pigeon」无效/],
    [
      'an unknown pause reason',
      ['--received', '2024-09-27', '--pause', '2024-10-08:2024-10-09:holiday'],
      /--pause「2024-10-08:2024-10-09:holiday」无效/,
    ],
    ['a pause without dates', ['--received', '2024-09-27', '--pause', ':'], /--pause 的日期「」无效/],
    ['a non-numeric extension', ['--received', '2024-09-27', '--extend', 'twenty'], /--extend「twenty」无效/],
    [
      'a huge extension number',
      ['--received', '2024-09-27', '--extend', '99999999999999999999'],
      /--extend「99999999999999999999」无效/,
    ],
    ['an unknown flag', ['--received', '2024-09-27', '--now'], /没有选项「--now」/],
    ['a stray argument', ['2024-09-27'], /多余的参数「2024-09-27」/],
  ])('refuses %s with exit 2 and the usage line', async (_name, args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toContain('用法：gongkai deadline');
  });

  it.each<[string, string[], string]>([
    [
      'more extension than the 条例 allows',
      ['--received', '2024-09-27', '--extend', '21'],
      '错误：延长答复期限最长不得超过 20 个工作日（第三十三条第二款），不能延长 21 个工作日\n',
    ],
    [
      'a pause that ends before it starts',
      ['--received', '2024-09-27', '--pause', '2024-10-10:2024-10-08'],
      '错误：第 1 个暂停期间的结束日期（2024年10月8日）早于开始日期（2024年10月10日）\n',
    ],
    [
      'a correction before the receipt',
      ['--received', '2024-09-27', '--correction-received', '2024-09-01'],
      '错误：收到补正的日期（2024年9月1日）早于收到申请的日期（2024年9月27日）\n',
    ],
    [
      'a receipt before 2008-05-01',
      ['--received', '2001-01-01'],
      '错误：收到申请的日期（2001年1月1日）早于《政府信息公开条例》施行之日（2008年5月1日），无法计算\n',
    ],
  ])('refuses %s with exit 2 and one Chinese line', async (_name, args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect([code, stdout, stderr]).toEqual([2, '', message]);
  });

  it('computes far-future and long-pause input quickly (provisional, weekdays only)', async () => {
    const { code, stdout } = await run([
      '--received',
      '2999-01-01',
      '--pause',
      '2999-01-02:2999-12-31',
      '--json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ provisional: true });
  });

  it('runs as a real process: help, an answer, and a refusal without a stack trace', async () => {
    const help = await runGongkai(['deadline', '--help']);
    expect([help.code, help.stdout]).toEqual([
      0,
      expect.stringContaining('用法：gongkai deadline --received DATE'),
    ]);
    const answer = await runGongkai(['deadline', '--received', '2020-01-23']);
    expect(answer.stdout).toMatch(/^答复期限：2020年2月28日（星期五）/);
    const refused = await runGongkai(['deadline', '--received', '2024-09-27', '--extend', '21']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).not.toMatch(STACK_TRACE);
  });
});
