import { describe, expect, it } from 'vitest';
import { localDate } from '../calendar/local-date.ts';
import { foldCase } from './case-file.ts';
import { clockFactsOf } from './clock-facts-of.ts';
import type { CaseEvent, CaseEventData } from './events.ts';

const d = localDate;
const history = (...data: CaseEventData[]): CaseEvent[] =>
  data.map((e, i) => ({ seq: i + 1, at: '2024-01-01T00:00:00Z', actorName: 't', data: e }));
const received: CaseEventData = { kind: 'received', channel: 'mail', on: d('2024-09-27'), source: 'staff' };

describe('a case as its events tell it', () => {
  it('given a receipt, is registered with no clock facts but the receipt', () => {
    const file = foldCase(history(received));
    expect(file.status).toBe('registered');
    expect(clockFactsOf(file)).toEqual({
      received: d('2024-09-27'),
      channel: 'mail',
      correctionReceived: null,
      pauses: [],
      extensionDays: 0,
      deferredTo: null,
    });
  });

  it('restarts from the corrected application (第三十条)', () => {
    const file = foldCase(
      history(
        received,
        { kind: 'correctionRequested', on: d('2024-09-30'), missing: ['文号'], correctBy: d('2024-10-15') },
        { kind: 'correctionReceived', on: d('2024-10-10'), note: '' },
      ),
    );
    expect(file.status).toBe('registered');
    expect(clockFactsOf(file).correctionReceived).toBe('2024-10-10');
  });

  it('pauses while consulting until every consulted party answered (第三十三条第三款)', () => {
    const sent = (n: number, party: 'thirdParty' | 'coProducer'): CaseEventData => ({
      kind: 'consultationSent',
      on: d('2024-10-08'),
      consultation: n,
      party,
      partyName: `p${n}`,
      matter: 'm',
      answerBy: d('2024-10-29'),
    });
    const one = foldCase(
      history(received, sent(1, 'thirdParty'), sent(2, 'coProducer'), {
        kind: 'consultationAnswered',
        on: d('2024-10-12'),
        consultation: 1,
        opinion: 'object',
        note: '',
      }),
    );
    expect(one.status).toBe('inConsultation');
    const both = foldCase([
      ...history(
        received,
        sent(1, 'thirdParty'),
        sent(2, 'coProducer'),
        { kind: 'consultationAnswered', on: d('2024-10-12'), consultation: 1, opinion: 'object', note: '' },
        { kind: 'consultationAnswered', on: d('2024-10-29'), consultation: 2, opinion: 'silent', note: '' },
      ),
    ]);
    expect(both.status).toBe('drafting');
    expect(clockFactsOf(both).pauses).toEqual([
      { reason: 'thirdParty', from: '2024-10-08', to: '2024-10-12' },
      { reason: 'coProducer', from: '2024-10-08', to: '2024-10-29' },
    ]);
  });

  it('counts an extension only once approved (第三十三条第二款)', () => {
    const asked = foldCase(
      history(received, { kind: 'extensionRequested', on: d('2024-10-20'), days: 20, reason: 'r' }),
    );
    expect(clockFactsOf(asked).extensionDays).toBe(0);
    const approved = foldCase(
      history(
        received,
        { kind: 'extensionRequested', on: d('2024-10-20'), days: 20, reason: 'r' },
        { kind: 'extensionApproved', on: d('2024-10-21'), days: 15 },
      ),
    );
    expect(clockFactsOf(approved).extensionDays).toBe(15);
  });

  it('closes with the statistical decision of its items when the reply is delivered', () => {
    const file = foldCase(
      history(
        received,
        {
          kind: 'replyDrafted',
          on: d('2024-10-20'),
          items: [
            { description: 'a', decision: 'granted', reason: '', howToObtain: '附后' },
            { description: 'b', decision: 'withheld.thirdPartyRights', reason: '商业秘密', howToObtain: '' },
          ],
        },
        { kind: 'submittedForReview', on: d('2024-10-20') },
        { kind: 'reviewApproved', on: d('2024-10-21'), comment: '' },
        { kind: 'signed', on: d('2024-10-22'), comment: '' },
        { kind: 'delivered', on: d('2024-10-23'), method: 'post', trackingNumber: 'XA1' },
      ),
    );
    expect(file).toMatchObject({ status: 'closed', decision: 'partlyGranted', closedOn: '2024-10-23' });
  });

  it('closes as （六）1 when the correction never came, and as （六）3 when withdrawn', () => {
    expect(
      foldCase(
        history(
          received,
          { kind: 'correctionRequested', on: d('2024-09-30'), missing: ['x'], correctBy: d('2024-10-15') },
          { kind: 'correctionLapsed', on: d('2024-10-16') },
        ),
      ),
    ).toMatchObject({ status: 'closed', decision: 'other.noCorrection' });
    expect(
      foldCase(history(received, { kind: 'withdrawn', on: d('2024-10-02'), note: '申请人来电撤回' })),
    ).toMatchObject({ decision: 'other.other' });
  });

  it('refuses a history that does not start with the receipt', () => {
    expect(() => foldCase(history({ kind: 'feePaid', on: d('2024-10-01') }))).toThrow(/receipt/);
  });
});
