import { describe, expect, it } from 'vitest';
import { blankReport2021 } from '../report/check/fixtures.test-support.ts';
import type { Report2021 } from '../report/model.ts';
import type { DraftFacts } from './draft-facts.ts';
import { draftProse, sectionsOf } from './draft-prose.ts';
import { figureLabel } from './figure-labels.ts';
import { MAX_PART_CHARS, partField, readProseEdits } from './prose-edits.ts';
import {
  editedParts,
  figuresNow,
  freshProse,
  partNumbers,
  proseKeepingEdits,
  proseSections,
  staleProse,
} from './report-prose.ts';

const YEAR = 2025;

/** Facts with 10 applications: `granted` 予以公开, 2 部分公开, the rest carried forward. */
function facts(granted = 6): DraftFacts {
  const blank = blankReport2021(YEAR);
  const a = structuredClone(blank.applications!);
  a.newlyReceived = [10, 0, 0, 0, 0, 0, 10];
  a.granted = [granted, 0, 0, 0, 0, 0, granted];
  a.partlyGranted = [2, 0, 0, 0, 0, 0, 2];
  a.total = [granted + 2, 0, 0, 0, 0, 0, granted + 2];
  a.carriedForward = [8 - granted, 0, 0, 0, 0, 0, 8 - granted];
  return {
    organ: '某某区教育局',
    year: YEAR,
    proactive: blank.proactive,
    applications: a,
    reviewLitigation: blank.reviewLitigation,
    previousNewlyReceived: null,
    publishing: {
      published: 40,
      byColumn: [{ name: '通知公告', count: 40 }],
      interpretations: [],
      gazetteIssues: 0,
    },
    fees: { collectedYuan: 0, applications: 0 },
  };
}

const reportOf = (f: DraftFacts): Report2021 => ({
  ...blankReport2021(YEAR),
  organ: f.organ,
  proactive: f.proactive,
  applications: f.applications,
  reviewLitigation: f.reviewLitigation,
  sections: sectionsOf(draftProse(f)),
});

/** Every part posted as drafted, with `changes` applied. */
function posted(f: DraftFacts, changes: Record<string, string | undefined> = {}) {
  const sections = sectionsOf(draftProse(f));
  return {
    ...Object.fromEntries(Object.entries(sections).map(([k, v]) => [`part-${k}`, v ?? ''])),
    ...changes,
  };
}

describe('the staff text of the parts', () => {
  it('counts a part as edited only when it differs from the draft', () => {
    const stored = freshProse(draftProse(facts()));
    const unchanged = readProseEdits(posted(facts()), stored);
    expect(unchanged).toEqual({ ok: true, edited: {} });
    const read = readProseEdits(
      posted(facts(), { 'part-problems': '  一是解读形式单一。\r\n\r\n二是 公开  栏目更新不及时。 ' }),
      stored,
    );
    expect(read).toEqual({
      ok: true,
      edited: { problems: '一是解读形式单一。\n\n二是 公开 栏目更新不及时。' },
    });
    const emptied = readProseEdits(posted(facts(), { 'part-other': '   ' }), stored);
    expect(emptied).toEqual({ ok: true, edited: { other: '' } });
  });

  it('refuses markup, invisible characters, huge text and a missing part, in Chinese', () => {
    const stored = freshProse(draftProse(facts()));
    const errorsOf = (changes: Record<string, string | undefined>) => {
      const read = readProseEdits(posted(facts(), changes), stored);
      return read.ok ? {} : read.errors;
    };
    expect(errorsOf({ 'part-overview': '好<script>alert(1)</script>' })[partField('overview')]).toBe(
      '“一、总体情况”不能包含网页标记（如 <p>、<script>），请只填写文字，分段请直接换行。',
    );
    expect(errorsOf({ 'part-proactive': '甲\u0007乙' })['part-proactive']).toContain('不可见的控制字符');
    expect(errorsOf({ 'part-proactive': '甲\u202E乙' })['part-proactive']).toContain('文字方向控制字符');
    expect(errorsOf({ 'part-problems': '字'.repeat(MAX_PART_CHARS + 1) })['part-problems']).toBe(
      `“五、存在的主要问题及改进情况”不能超过 ${MAX_PART_CHARS} 个字。`,
    );
    expect(errorsOf({ 'part-problems': '字'.repeat(MAX_PART_CHARS) })).toEqual({});
    expect(errorsOf({ 'part-other': undefined })['part-other']).toContain('缺少“六、其他需要报告的事项”');
    // 「<」 in ordinary text (a comparison) is not markup
    expect(errorsOf({ 'part-problems': '办理时限<20个工作日的占90%。' })).toEqual({});
  });
});

describe('the report prose', () => {
  it('takes the edited text into the sections, and keeps edits when drafted again', () => {
    const stored = { ...freshProse(draftProse(facts())), edited: { problems: '一是……', other: '' } };
    expect(proseSections(stored).problems).toBe('一是……');
    expect(proseSections(stored).other).toBeNull();
    expect(proseSections(stored).applications).toBe(sectionsOf(stored.drafted).applications);
    expect(editedParts(stored)).toEqual(['problems', 'other']);
    expect(partNumbers(editedParts(stored))).toBe('五、六');

    const edited = { ...stored, edited: { applications: '本年度共收到申请10件。' } };
    const again = proseKeepingEdits(edited, draftProse(facts(5)));
    expect(again.edited).toEqual({ applications: '本年度共收到申请10件。' });
    // the edited part keeps the sentences it came from; the others are the new draft
    expect(again.drafted.applications).toEqual(edited.drafted.applications);
    expect(again.drafted.proactive).toEqual(draftProse(facts(5)).proactive);
    expect(proseKeepingEdits(null, draftProse(facts())).edited).toEqual({});
  });

  it('finds the sentences whose figures changed, with the figures in words', () => {
    const stored = freshProse(draftProse(facts(6)));
    expect(staleProse(stored, figuresNow(reportOf(facts(6)), draftProse(facts(6))))).toEqual([]);
    // no application granted now: the new draft leaves 予以公开 out, the table still says 0
    const later = facts(0);
    const stale = staleProse(stored, figuresNow(reportOf(later), draftProse(later)));
    expect(stale).toHaveLength(1);
    expect(stale[0]!.part).toBe('applications');
    expect(stale[0]!.text).toContain('予以公开6件');
    expect(stale[0]!.edited).toBe(false);
    expect(stale[0]!.changed).toContainEqual({
      key: 'applications.granted[6]',
      label: '表三 办理结果：予以公开（总计）',
      drafted: 6,
      now: 0,
    });
  });

  it('names figures in Chinese words', () => {
    expect(figureLabel('records.column:政策文件')).toBe('「政策文件」栏目公开信息条数');
    expect(figureLabel('proactive.normativeDocuments.inForce')).toBe('表二 行政规范性文件现行有效件数');
    expect(figureLabel('reviewLitigation.review.total')).toBe('表四 行政复议总计');
    expect(figureLabel('records.feesYuan')).toBe('收取信息处理费（元）');
    expect(figureLabel('unknown.key')).toBe('unknown.key');
  });
});
