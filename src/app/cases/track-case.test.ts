import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import { normalizeCaseNumber, publicDeadlineOf } from './track-case.ts';

describe('normalizeCaseNumber', () => {
  it.each([
    ['博政公开〔2026〕0001号', '博政公开〔2026〕0001号'],
    [' 博政公开[2026]0001号 ', '博政公开〔2026〕0001号'],
    ['博政公开（２０２６）０００１号', '博政公开〔2026〕0001号'],
    ['博政公开【2026】 0001 号', '博政公开〔2026〕0001号'],
    ['gk-2026-0001', 'GK-2026-0001'],
  ])('%j reads as %j', (input, expected) => {
    expect(normalizeCaseNumber(input)).toBe(expected);
  });
});

describe('publicDeadlineOf', () => {
  const due = '2026-12-18' as LocalDate;
  it.each([
    [
      'a running period',
      { status: 'registered', dueOn: due, dueProvisional: false },
      { kind: 'running', dueOn: due, isProvisional: false },
    ],
    [
      'a provisional date',
      { status: 'drafting', dueOn: due, dueProvisional: true },
      { kind: 'running', dueOn: due, isProvisional: true },
    ],
    [
      'a 补正 awaited (第三十条: the period starts again)',
      { status: 'awaitingCorrection', dueOn: null, dueProvisional: false },
      { kind: 'awaitingCorrection' },
    ],
    [
      'a consultation (第三十三条第三款: not counted)',
      { status: 'inConsultation', dueOn: null, dueProvisional: false },
      { kind: 'paused', reason: '征求意见中，期限中止' },
    ],
    [
      'a fee notice awaiting payment',
      { status: 'awaitingFee', dueOn: null, dueProvisional: false },
      { kind: 'paused', reason: '待缴纳信息处理费，期限中止' },
    ],
    [
      'another stop',
      { status: 'drafting', dueOn: null, dueProvisional: false },
      { kind: 'paused', reason: '期限中止' },
    ],
    ['a closed case', { status: 'closed', dueOn: due, dueProvisional: false }, { kind: 'closed' }],
  ] as const)('%s', (_name, row, expected) => {
    expect(publicDeadlineOf(row)).toEqual(expected);
  });
});
