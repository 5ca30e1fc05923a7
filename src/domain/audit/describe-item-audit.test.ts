import { describe, expect, it } from 'vitest';
import { describeAudit } from './describe-audit.ts';

const entry = (action: string, before: Record<string, unknown> | null, after: Record<string, unknown>) =>
  describeAudit({
    id: 1,
    at: new Date('2026-12-01T02:00:00Z'),
    actorId: 1,
    actorName: '张敏',
    organId: 1,
    action,
    entity: 'item',
    entityId: '5',
    before,
    after,
  } as never);

describe('audit sentences of 主动公开 steps', () => {
  it.each([
    ['item.sign', { status: 'inSigning' }, { status: 'published', indexNumber: 'X/2026-00001', version: 1 }],
    [
      'item.approveReview',
      { status: 'inReview' },
      {
        status: 'inSigning',
        checklist: { secrecy: true, disclosure: true, accuracy: true },
        opinion: '同意',
      },
    ],
    ['item.create', null, { title: '关于寒假安排的通知', itemKind: 'notice' }],
    [
      'item.changeValidity',
      { status: 'published' },
      { status: 'published', validity: 'repealed', on: '2026-12-01', note: '被废止', replacedBy: 3 },
    ],
    ['item.withdraw', { status: 'published' }, { status: 'withdrawn', reason: '内容已过时' }],
    ['item.addFile', null, { fileId: 4, name: '名单.docx', size: 2048 }],
    [
      'publishing.settings',
      { indexPattern: 'a', drafterMaySign: false },
      { indexPattern: 'b', drafterMaySign: true, interpretationRequired: true },
    ],
  ])('%s reads as Chinese, every changed field labelled', (action, before, after) => {
    const d = entry(action, before, after);
    expect(d.sentence).toMatch(/^张敏.+。$/);
    for (const change of d.changes) {
      expect(change.label).not.toMatch(/[A-Za-z]/);
      expect(String(change.after)).not.toMatch(/^(published|inSigning|withdrawn|notice|repealed)$/);
    }
  });
});

describe('audit sentences of 政府公报', () => {
  it('names the step and lists 期号, 出版日期, 收录信息 and 页数 in Chinese', () => {
    const described = describeAudit({
      id: 2,
      at: new Date('2026-12-07T02:00:00Z'),
      actorId: 1,
      actorName: '吴志强',
      organId: 1,
      action: 'gazette.publish',
      entity: 'gazette_issue',
      entityId: '3',
      before: { status: 'draft' },
      after: { status: 'published', issueNumber: 4, publishedOn: '2026-12-07', itemIds: '12、9', pages: 11 },
    } as never);
    expect(described.sentence).toBe('吴志强出版了政府公报（编号 3）。');
    expect(described.changes.map((c) => c.label)).toEqual([
      '状态',
      '期号',
      '出版日期',
      '收录信息（编号，按目录顺序）',
      '页数',
    ]);
  });
});
