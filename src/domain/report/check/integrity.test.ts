import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings.ts';
import { checkIntegrity } from './integrity.ts';
import { NO_SECTIONS, blankReport2021, seedReport, seedText, type SeedId } from './fixtures.test-support.ts';

/** Integrity findings for a bit of prose put into part 一 (no source text). */
function inProse(text: string): Finding[] {
  return checkIntegrity({ ...blankReport2021(), sections: { ...NO_SECTIONS, overview: text } });
}
const summary = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.code}:${f.text ?? ''}`);

describe('checkIntegrity — seed 000 (tampered on its website)', () => {
  const source = seedText('000');
  const findings = checkIntegrity(seedReport('000'), source);

  it('reports the injected brand once, with all 24 occurrences and their positions', () => {
    const injected = findings.filter((f) => f.code === 'CONTENT_INJECTED');
    expect(injected).toHaveLength(1);
    const [f] = injected;
    expect(f).toMatchObject({ severity: 'error', text: 'UedBet体育' });
    expect(f?.numbers?.occurrences).toBe(24);
    expect(f?.message).toContain('共24处，位于第1、3、9、12、14、69、71–73行');
    for (let i = 1; i <= 24; i += 1) {
      const start = f?.numbers?.[`start${i}`] ?? -1;
      expect(source.slice(start, start + 'UedBet体育'.length)).toBe('UedBet体育');
    }
    expect(f?.where).toMatchObject({ start: 36, end: 44, line: 1 });
  });

  it('reports the replaced office name and leader name', () => {
    const replaced = findings.filter((f) => f.code === 'CONTENT_REPLACED_NAME');
    expect(replaced.map((f) => [f.severity, f.where.line, f.text])).toEqual([
      ['error', 1, 'UedBet体育'],
      ['error', 3, 'UedBet体育'],
    ]);
    expect(replaced[1]?.message).toBe(
      '固定表述「习近平新时代中国特色社会主义思想」中的「习近平」被替换为「UedBet体育」（原文：「UedBet体育新时代中国特色社会主义思想」），疑为篡改',
    );
    const at = replaced[1]!.where;
    expect(source.slice(at.start, at.end)).toBe('UedBet体育');
  });

  it('has nothing else to say (its link is on a .gov.cn host)', () => {
    expect(findings.map((f) => f.code).sort()).toEqual([
      'CONTENT_INJECTED',
      'CONTENT_REPLACED_NAME',
      'CONTENT_REPLACED_NAME',
    ]);
  });

  it('attributes source positions to the part whose section holds them', () => {
    const lines = source.split('\n');
    const sections = {
      ...NO_SECTIONS,
      overview: lines.slice(2, 14).join('\n'),
      other: lines.slice(67).join('\n'),
    };
    const withSections = checkIntegrity(seedReport('000', sections), source);
    const injected = withSections.find((f) => f.code === 'CONTENT_INJECTED');
    expect(injected?.where.part).toBe('document'); // line 1 is the preamble, in no section
    const leader = withSections.filter((f) => f.code === 'CONTENT_REPLACED_NAME')[1];
    expect(leader?.where.part).toBe('overview');
  });

  it('without the source text, gives offsets within the section', () => {
    const text = seedText('000');
    const [injected] = checkIntegrity(seedReport('000'));
    expect(injected?.where).toEqual({ part: 'overview', start: 36, end: 44 });
    expect(injected?.message).toContain('位于一、总体情况（24处）');
    expect(text.slice(36, 44)).toBe('UedBet体育');
  });
});

describe('checkIntegrity — honest reports', () => {
  it.each(['001', '002', '003', '004'] as const)('seed %s has no CONTENT_* findings', (id: SeedId) => {
    expect(checkIntegrity(seedReport(id), seedText(id))).toEqual([]);
    expect(checkIntegrity(seedReport(id))).toEqual([]);
  });

  it.each([
    '通过图片、H5、视频等多维度解读政策文件',
    '到区12345热线平台开展上线回访',
    '开发政务服务APP下载量突破10万',
    '通过ISO9001质量管理体系认证',
    '新增AAAA级景区2个，G20峰会保障，PM2.5浓度下降',
    '做好COVID-19疫情防控，完成IPv6改造和WiFi全覆盖，OA系统上线',
    '联系邮箱:bsqzfb@zb.shandong.cn，网址http://xxgk.dg.gov.cn',
    '严厉打击网络赌博，查处老虎机12台、六合彩窝点3个',
    '发放福利彩票公益金资助项目',
    '警惕刷单返利诈骗，防范裸聊敲诈',
    '坚持以习近平新时代中国特色社会主义思想为指导',
    '根据《中华人民共和国政府信息公开条例》和《中华人民共和国道路交通安全法实施条例》',
    '国务院办公厅政府信息与政务公开办公室印发通知',
    '门户网站 (https://www.zhalantun.gov.cn) 与 http://www.gov.cn 及 http://xx.政务',
    'The report is available in English.',
    '安装Dreamweaver软件，升级Dreamweaver软件，培训Dreamweaver软件',
    '坚持以习近平同志新时代中国特色社会主义思想为指导',
    '某某有限公司Ltd.Co承办',
  ])('no finding for 「%s」', (text) => {
    expect(inProse(text)).toEqual([]);
  });
});

describe('checkIntegrity — what it catches', () => {
  it.each([
    ['在镇KY棋牌领导小组的统一管理下', ['CONTENT_INJECTED:KY棋牌']],
    ['提供AG真人视讯等服务', ['CONTENT_INJECTED:AG真人视讯']],
    ['欢迎访问澳门新葡京', ['CONTENT_INJECTED:澳门新葡京']],
    ['扫码下载bet365', ['CONTENT_INJECTED:bet365']],
    ['本镇百家乐活动丰富', ['CONTENT_INJECTED:百家乐']],
    ['全角ＵｅｄＢｅｔ体育也算', ['CONTENT_INJECTED:ＵｅｄＢｅｔ体育']],
    ['成立XyzAbc领导小组，公布XyzAbc监督电话，制定XyzAbc制度', ['CONTENT_INJECTED:XyzAbc']],
    ['成立XyzAbc领导小组', ['CONTENT_SUSPICIOUS_TOKEN:XyzAbc']],
    ['深入学习贯彻新时代中国特色社会主义思想', ['CONTENT_NAME_MISSING:新时代中国特色社会主义思想']],
    ['根据《中华人民共和国乐鱼体育条例》', ['CONTENT_INJECTED:乐鱼体育', 'CONTENT_REPLACED_NAME:乐鱼体育']],
    ['政府信息与扎兰屯市办公室', ['CONTENT_REPLACED_NAME:扎兰屯市']],
    ['详见http://www.example.com/a.html', ['CONTENT_EXTERNAL_LINK:http://www.example.com/a.html']],
    ['访问ued123.com领取', ['CONTENT_EXTERNAL_LINK:ued123.com']],
  ])('「%s」', (text, expected) => {
    expect(summary(inProse(text)).sort()).toEqual([...expected].sort());
  });

  it('severity: injected and replaced text are errors, the rest warnings', () => {
    const findings = inProse('成立XyzAbc小组。皇冠体育。政府信息与博彩办公室。见www.example.com');
    expect(findings.map((f) => `${f.severity}:${f.code}`).sort()).toEqual([
      'error:CONTENT_INJECTED', // 皇冠体育
      'error:CONTENT_INJECTED', // 博彩
      'error:CONTENT_REPLACED_NAME',
      'warning:CONTENT_EXTERNAL_LINK',
      'warning:CONTENT_SUSPICIOUS_TOKEN',
    ]);
  });

  it('scans the organ name when there is no source text', () => {
    const report = { ...blankReport2021(), organ: 'UedBet体育某某镇人民政府' };
    const [f] = checkIntegrity(report);
    expect(f).toMatchObject({ code: 'CONTENT_INJECTED', where: { part: 'header', start: 0, end: 8 } });
  });
});
