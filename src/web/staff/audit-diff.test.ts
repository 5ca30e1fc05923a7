import { describe, expect, it } from 'vitest';
import { describeAudit, fieldChanges, type AuditEntry } from '../../domain/audit/describe-audit.ts';
import { valueText } from '../../domain/audit/audit-labels.ts';

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  action: 'organ.update',
  entity: 'organ',
  entityId: '3',
  actorName: '赵磊',
  before: null,
  after: null,
  subjectName: null,
  ...over,
});

/** No codes or JSON a person would have to decode. */
const looksRaw = (s: string) => /[{}"]|\b[a-z]+[A-Z][a-zA-Z]*\b|toDeliver|closed/.test(s);

describe('audit before → after', () => {
  it('lists only changed fields, with Chinese labels and readable values', () => {
    expect(
      fieldChanges(
        { displayName: '李明', isDisabled: false, phone: '1' },
        { displayName: '李明', isDisabled: true, phone: '1' },
      ),
    ).toEqual([{ field: 'isDisabled', label: '已停用', before: '否', after: '是' }]);
  });

  it('shows every field on creation and on deletion, organ fields labelled as the organ form does', () => {
    expect(
      fieldChanges(null, { slug: 'jyj', roles: [{ organId: 3, organ: '教育局', role: 'handler' }] }),
    ).toEqual([
      { field: 'slug', label: '网址标识', before: null, after: 'jyj' },
      { field: 'roles', label: '角色', before: null, after: '教育局：公开专员' },
    ]);
    expect(fieldChanges({ name: '某局' }, null)).toEqual([
      { field: 'name', label: '名称', before: '某局', after: null },
    ]);
    expect(fieldChanges(null, null)).toEqual([]);
  });

  it('reads values instead of codes: statuses, dates, instants, nested objects', () => {
    expect(valueText('status', 'toDeliver')).toBe('待送达');
    expect(valueText('receivedOn', '2026-10-09')).toBe('2026年10月9日');
    expect(valueText('lockedUntil', '2026-12-06T13:58:00.000Z')).toBe('2026年12月6日 21:58');
    expect(valueText('x', { year: 2024, total: 3 })).toBe('2024年 3 件');
    expect(valueText('x', { channel: 'online', caseNumber: 'A1' })).toBe('申请渠道：网上申请，案件编号：A1');
    expect(valueText('x', null)).toBe('（空）');
    expect(valueText('x', [])).toBe('（无）');
  });
});

describe('an audit record as a Chinese sentence', () => {
  it('tells a case step in words, with the status change labelled (was: status: toDeliver → closed and JSON)', () => {
    const d = describeAudit(
      entry({
        action: 'case.recordDelivery',
        entity: 'case',
        entityId: '7',
        actorName: '张敏（演示）',
        subjectName: '博教依申〔2026〕3号',
        before: { status: 'toDeliver' },
        after: {
          status: 'closed',
          event: { kind: 'delivered', on: '2026-10-29', method: 'post', trackingNumber: 'XA1' },
          letterId: null,
        },
      }),
    );
    expect(d.sentence).toBe(
      '张敏（演示）在依申请公开案件「博教依申〔2026〕3号」中记录：答复已送达（邮政寄送，单号 XA1），办结。',
    );
    expect(d.changes).toEqual([{ field: 'status', label: '状态', before: '待送达', after: '已办结' }]);
  });

  it('names failed sign-ins without recording what was typed as a username', () => {
    expect(
      describeAudit(
        entry({
          action: 'auth.login_failed',
          entity: 'account',
          actorName: null,
          subjectName: '李静',
          after: { reason: 'wrongPassword' },
        }),
      ),
    ).toEqual({
      sentence: '账号「李静」登录失败：密码错误。',
      changes: [{ field: 'reason', label: '原因', before: null, after: '密码错误' }],
    });
    expect(
      describeAudit(
        entry({
          action: 'auth.login_failed',
          entity: 'account',
          entityId: null,
          actorName: null,
          after: { reason: 'unknownUsername' },
        }),
      ).sentence,
    ).toMatch(/^有人用不存在的用户名尝试登录/);
  });

  it('reads every action the use cases write as Chinese, without codes or JSON', () => {
    const samples: Array<Partial<AuditEntry>> = [
      { action: 'auth.login', entity: 'account' },
      { action: 'auth.logout', entity: 'account' },
      {
        action: 'auth.lockout',
        entity: 'account',
        actorName: null,
        subjectName: '李静',
        after: { lockedUntil: '2026-12-06T13:58:00.000Z' },
      },
      {
        action: 'account.create',
        entity: 'account',
        after: {
          username: 'li',
          displayName: '李静',
          isDisabled: false,
          mustChangePassword: true,
          roles: [{ organId: 1, organ: '教育局', role: 'reviewer' }],
        },
      },
      {
        action: 'account.disable',
        entity: 'account',
        before: { displayName: '李静', isDisabled: false },
        after: { displayName: '李静', isDisabled: true },
      },
      {
        action: 'account.password_reset',
        entity: 'account',
        subjectName: '李静',
        before: { mustChangePassword: false },
        after: { mustChangePassword: true },
      },
      {
        action: 'account.password_change',
        entity: 'account',
        before: { mustChangePassword: true },
        after: { mustChangePassword: false },
      },
      {
        action: 'organ.create',
        after: {
          name: '教育局',
          shortName: '',
          slug: 'jyj',
          creditCode: null,
          parentId: 1,
          parent: '区政府',
          source: 'form',
        },
      },
      {
        action: 'organ.move',
        subjectName: '教育局',
        before: { parentId: 1, parent: '甲区' },
        after: { parentId: 2, parent: '乙区', source: 'form' },
      },
      {
        action: 'organ.import',
        entity: 'organ_import',
        entityId: 'ab12cd34',
        after: { fileName: '机构.xlsx', created: 3, updated: 1 },
      },
      {
        action: 'case.register',
        entity: 'case',
        after: {
          caseNumber: '博教依申〔2026〕1号',
          channel: 'online',
          receivedOn: '2026-10-09',
          source: 'portal',
          applicantKind: 'naturalPerson',
          items: 2,
          attachments: 0,
        },
      },
      {
        action: 'case.archiveExport',
        entity: 'case',
        subjectName: 'A〔2026〕1号',
        after: { events: 5, letters: 2, attachments: 1, reviews: 0, bytes: 20480 },
      },
      {
        action: 'case.import',
        entity: 'case_import',
        after: {
          fileSha256: 'ab',
          format: 'xlsx',
          created: 3,
          keptNumbers: 1,
          numbered: 2,
          open: 1,
          closed: 2,
          reviews: 0,
          litigations: 0,
          years: [{ year: 2024, total: 3 }],
        },
      },
      {
        action: 'case.export',
        entity: 'case_ledger',
        after: {
          organId: null,
          year: 2026,
          status: 'open',
          decision: 'withheld',
          kind: 'public',
          format: 'csv',
        },
      },
      {
        action: 'case.demo',
        entity: 'case',
        actorName: null,
        before: { status: 'registered' },
        after: {
          status: 'inConsultation',
          event: {
            kind: 'consultationSent',
            on: '2026-11-13',
            party: 'thirdParty',
            partyName: '某公司',
            answerBy: '2026-11-28',
            matter: '',
          },
          letterId: 3,
        },
      },
      {
        action: 'calendar.replace',
        entity: 'calendar_year',
        entityId: '2027',
        before: {
          year: 2027,
          notice: '国办发明电〔2026〕1号',
          source: 'https://x',
          restDays: ['2027-01-01'],
          workdays: [],
          origin: 'official',
        },
        after: {
          year: 2027,
          notice: '国办发明电〔2026〕1号',
          source: 'https://x',
          restDays: ['2027-01-01', '2027-01-02'],
          workdays: [],
        },
      },
    ];
    for (const sample of samples) {
      const d = describeAudit(entry(sample));
      expect(d.sentence, sample.action).toMatch(/^[^a-zA-Z{}"]*[\u4e00-\u9fff]/);
      expect(d.sentence.endsWith('。'), sample.action).toBe(true);
      expect(looksRaw(d.sentence), `${sample.action}: ${d.sentence}`).toBe(false);
      for (const change of d.changes) {
        expect(change.label, `${sample.action} ${change.field}`).toMatch(/^[\u4e00-\u9fff（]/);
        expect(
          looksRaw(`${change.before ?? ''} ${change.after ?? ''}`),
          `${sample.action} ${change.field}`,
        ).toBe(false);
      }
    }
  });
});
