import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGongkai, STACK_TRACE } from './testing/run-cli.ts';

describe('gongkai demo', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-demo-'));
  const env = { DATA_DIR: dataDir };
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('loads the organ tree and one account per role with one-time passwords, then adds nothing the second time', async () => {
    const first = await runGongkai(['demo'], { env });
    expect(first.stderr).toContain('已创建演示机构树：博山区人民政府等 9 个机构');
    expect(first.code).toBe(0);
    const lines = first.stdout.trim().split('\n');
    expect(lines[0]).toBe('用户名\t姓名\t机构\t角色\t一次性密码\t说明');
    expect(lines.slice(1).map((l) => l.split('\t').slice(0, 4).join(' '))).toEqual([
      'jyj-gongkai 张敏（演示） 博山区教育局 公开专员',
      'jyj-shenhe 李静（演示） 博山区教育局 审核人',
      'jyj-lingdao 王建国（演示） 博山区教育局 领导（签发）',
      'jyj-guanli 赵磊（演示） 博山区教育局 管理员',
      'qu-jiandu 刘洋（演示） 博山区人民政府 上级监督',
    ]);
    expect(
      lines
        .slice(1)
        .every((l) => /\t[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}\t已创建；首次登录后必须修改密码$/.test(l)),
    ).toBe(true);
    expect(first.stderr).toContain('主动公开演示信息：已发布 44 条（jyj）');
    expect(first.stderr).toContain('主动公开演示信息：已发布 21 条（boshan）');
    const second = await runGongkai(['demo'], { env });
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('机构已存在，未创建演示机构树');
    expect(second.stderr).toContain('主动公开演示信息（jyj）：已存在，跳过');
    expect(
      second.stdout
        .trim()
        .split('\n')
        .slice(1)
        .every((l) => l.endsWith('\t—\t已存在，未改动')),
    ).toBe(true);
    // the whole demo, twice, in child processes: minutes on a busy 2-core machine
  }, 240_000);

  it("drafts a demo organ's annual report from its records, and refuses bad flags without a stack trace", async () => {
    // runs on the data the first test loaded
    const draft = await runGongkai(['report', 'draft', '--organ', 'jyj', '--year', '2025'], { env });
    expect(draft.stderr).toContain('博山区教育局 2025年度报告草稿：错误 0 项');
    expect(draft.code).toBe(0);
    const report = JSON.parse(draft.stdout) as {
      organ: string;
      year: number;
      sections: { proactive: string };
    };
    expect(report).toMatchObject({ organ: '博山区教育局', year: 2025 });
    expect(report.sections.proactive).toMatch(/全年通过政府网站主动公开政府信息\d+条/);
    // table 二's entered figures (the demo's 表二填报数据) are in the draft and its prose
    expect(report.sections.proactive).toContain('全年作出行政许可决定126件');
    const district = await runGongkai(
      ['report', 'draft', '--organ', 'boshan', '--year', '2025', '--rollup', '--to', 'md'],
      {
        env,
      },
    );
    expect(district.stderr).toMatch(/汇总 \d+ 个单位：博山区人民政府（/);
    expect(district.stdout).toContain('# 博山区人民政府2025年政府信息公开工作年度报告');
    for (const [args, message] of [
      [['--organ', 'nope', '--year', '2025'], '没有网址代码为「nope」的机关'],
      [['--organ', 'jyj', '--year', '2099'], '2099年尚未结束'],
      [['--organ', 'jyj', '--year', '25'], '--year 须是四位年份'],
      [['--organ', 'jyj'], '缺少 --year'],
      [['--organ', 'jyj', '--year', '2025', '--to', 'xlsx'], '不支持的格式「xlsx」'],
      [['--organ', 'jyj', '--year', '2025', '--by', 'x'], '--by 只能是'],
    ] as const) {
      const bad = await runGongkai(['report', 'draft', ...args], { env });
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.stderr).toContain(message);
      expect(bad.stdout).toBe('');
      expect(bad.stderr).not.toMatch(STACK_TRACE);
    }
  });

  it('tells how to load the demo while the platform runs on the same DATA_DIR, writing nothing', async () => {
    const busy = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-demo-busy-'));
    try {
      // the lock a running `gongkai serve` holds (this test process stands in for it: it is alive)
      fs.writeFileSync(
        path.join(busy, 'gongkai.lock'),
        JSON.stringify({ pid: process.pid, host: os.hostname(), since: '2026-12-06T00:00:00Z' }),
      );
      const result = await runGongkai(['demo'], { env: { DATA_DIR: busy } });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`平台正在运行（进程 PID ${process.pid}）`);
      expect(result.stderr).toContain('按 Ctrl+C 停止平台');
      expect(result.stderr).toContain('运行 npx gongkai demo');
      expect(result.stderr).not.toMatch(STACK_TRACE);
      expect(fs.readdirSync(busy)).toEqual(['gongkai.lock']);
    } finally {
      fs.rmSync(busy, { recursive: true, force: true });
    }
  });

  it('answers --help and refuses stray arguments without a stack trace', async () => {
    const help = await runGongkai(['demo', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('载入演示数据');
    expect(help.stdout).toContain('DATA_DIR');
    const stray = await runGongkai(['demo', 'extra']);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain('多余的参数「extra」');
    expect(stray.stderr).not.toMatch(STACK_TRACE);
    const badEnv = await runGongkai(['demo'], { env: { DATABASE_URL: 'mysql://x' } });
    expect(badEnv.code).toBe(2);
    expect(badEnv.stderr).toContain('错误：环境变量有误');
    expect(badEnv.stderr).toContain('DATABASE_URL');
  });
});
