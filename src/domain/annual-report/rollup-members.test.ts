import { describe, expect, it } from 'vitest';
import { rollupFindings } from '../publishing/checks/report-findings.ts';
import { draftProse } from './draft-prose.ts';
import type { DraftFacts } from './draft-facts.ts';
import { areaWord, memberStanding, rollupGroup, rollupNews, type RollupRecord } from './rollup-members.ts';
import { districtProse } from './rollup-prose.ts';

const member = (organId: number, figures: 'published' | 'imported' | 'records') => ({
  organId,
  name: `单位${organId}`,
  group: 'departments' as const,
  figures,
  publishedOn: figures === 'records' ? null : '2026-01-20',
  standing: 'notStarted' as const,
});

describe('the roll-up’s organs', () => {
  it('groups the subtree as the editor shows it', () => {
    expect(rollupGroup({ id: 1, type: 'government', level: 'county' }, 1)).toBe('own');
    expect(rollupGroup({ id: 2, type: 'department', level: 'county' }, 1)).toBe('departments');
    expect(rollupGroup({ id: 3, type: 'township', level: 'township' }, 1)).toBe('townships');
    expect(rollupGroup({ id: 4, type: 'other', level: 'township' }, 1)).toBe('townships');
    expect(rollupGroup({ id: 5, type: 'government', level: 'county' }, 9)).toBe('governments');
  });

  it('says 全区 / 全县 / 全市 / 全省 by level and name', () => {
    const gov = (name: string, level: 'provincial' | 'municipal' | 'county' | 'township') =>
      areaWord({ name, type: 'government', level });
    expect(gov('淄博市博山区人民政府', 'county')).toBe('全区');
    expect(gov('某县人民政府', 'county')).toBe('全县');
    expect(gov('某市人民政府', 'county')).toBe('全市');
    expect(gov('淄博市人民政府', 'municipal')).toBe('全市');
    expect(gov('山东省人民政府', 'provincial')).toBe('全省');
    expect(areaWord({ name: '某街道办事处', type: 'township', level: 'township' })).toBe('全街道');
    expect(areaWord({ name: '某区教育局', type: 'department', level: 'county' })).toBe('全系统');
  });

  it('derives the standing: published, else overdue, else drafting or not started', () => {
    expect(memberStanding('2026-01-20', false, { state: 'onTime' })).toBe('published');
    expect(memberStanding(null, true, { state: 'overdue', daysLate: 2 })).toBe('overdue');
    expect(memberStanding(null, true, { state: 'pending', daysLeft: 20 })).toBe('drafting');
    expect(memberStanding(null, false, { state: 'dueSoon', daysLeft: 2 })).toBe('notStarted');
  });

  it('warns of unpublished organs (not the drafting organ) and of reports published since', () => {
    const record: RollupRecord = {
      draftedOn: '2026-02-01',
      members: [member(1, 'records'), member(2, 'records'), member(3, 'imported'), member(4, 'records')],
    };
    const news = rollupNews(
      record,
      1,
      new Map([
        [2, '2026-02-03'],
        [3, '2026-01-20'],
      ]),
    );
    expect(news).toEqual({ unpublished: ['单位4'], publishedSince: ['单位2'] });
    expect(rollupFindings(2025, news).map((f) => [f.code, f.severity, f.message])).toEqual([
      [
        'ROLLUP_UNPUBLISHED',
        'warning',
        '纳入汇总的1个单位的2025年度报告尚未发布：单位4；签发前须写明仍然发布的理由',
      ],
      [
        'ROLLUP_STALE',
        'warning',
        '单位2的年度报告在汇总后已发布，汇总用的是其平台记录；重新保存本报告（由下级机关汇总）即采用已发布的数据',
      ],
    ]);
    expect(rollupFindings(2025, { unpublished: [], publishedSince: [] })).toEqual([]);
    expect(rollupFindings(2025, undefined)).toEqual([]);
  });
});

describe('the roll-up’s prose', () => {
  const facts: DraftFacts = {
    organ: '甲区人民政府',
    year: 2025,
    proactive: null,
    applications: null,
    reviewLitigation: null,
    previousNewlyReceived: null,
    publishing: null,
    fees: { collectedYuan: 0, applications: 0 },
  };

  it('speaks of the whole area and names the organs summed, figures kept', () => {
    const prose = districtProse(draftProse(facts), {
      year: 2025,
      organ: '甲区人民政府',
      area: '全区',
      members: [
        { ...member(1, 'records'), group: 'own' },
        member(2, 'published'),
        member(3, 'imported'),
        { ...member(4, 'records'), group: 'townships' },
      ],
    });
    expect(prose.overview[0]!.text).toMatch(/^2025年全区各级行政机关认真贯彻落实/);
    expect(prose.overview[1]!.text).toBe(
      '本报告数据汇总本级政府办公室1个，部门2个，街道、乡镇1个，共4个单位，其中2个单位采用其已发布的年度报告数据（1个为导入的年度报告），其余按平台记录统计。',
    );
    expect(prose.overview[1]!.figures.map((f) => [f.key, f.value])).toEqual([
      ['rollup.members', 4],
      ['rollup.fromReports', 2],
      ['rollup.imported', 1],
    ]);
    expect(prose.other[0]!.text).toBe('2025年全区各级行政机关未收取信息处理费。');
  });

  it('says 「均采用」 and no 「其余按平台记录统计」 when every organ’s figures are from its report', () => {
    const prose = districtProse(draftProse(facts), {
      year: 2025,
      organ: '甲区人民政府',
      area: '全区',
      members: [member(2, 'published'), { ...member(4, 'imported'), group: 'townships' }],
    });
    expect(prose.overview[1]!.text).toBe(
      '本报告数据汇总部门1个，街道、乡镇1个，共2个单位，均采用其已发布的年度报告数据（1个为导入的年度报告）。',
    );
    expect(prose.other[0]!.figures).toEqual(draftProse(facts).other[0]!.figures);
  });
});
