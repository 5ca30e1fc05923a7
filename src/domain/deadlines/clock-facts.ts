/**
 * What the reply deadline depends on: the facts of a case that move the clock (条例第三十条至
 * 第三十五条). The deadline engine (due-date.ts) is a pure fold over these; the case domain
 * derives them from the case's events, the calculator (portal page and `gongkai deadline`) takes
 * them from its form or flags.
 */
import type { LocalDate } from '../calendar/local-date.ts';
import type { IntakeChannel } from '../case/channels.ts';

/** Why the clock stopped: 第三十二条 third party, 第三十四条 co-producing organ, 信息处理费 notice. */
export type PauseReason = 'thirdParty' | 'coProducer' | 'fee';

/**
 * A stretch excluded from the reply period: from the day the letter/notice went out to the day
 * the answer (or payment, or the end of the 15/20-day period) came. `to` null: still running.
 */
export type ClockPause = { reason: PauseReason; from: LocalDate; to: LocalDate | null };

export type ClockFacts = {
  /** 收到申请之日 under 第三十一条 for the channel. */
  received: LocalDate;
  channel: IntakeChannel | null;
  /** The day the corrected application (补正) was received: the period starts again from it. */
  correctionReceived: LocalDate | null;
  pauses: readonly ClockPause[];
  /** Working days of extension approved (0 = none; at most the version's maximum). */
  extensionDays: number;
  /** 第三十五条: the reasonable deferred reply date the organ set (no statutory cap). */
  deferredTo: LocalDate | null;
};

/** Facts with only a receipt date. */
export function receivedOnly(received: LocalDate, channel: IntakeChannel | null = null): ClockFacts {
  return { received, channel, correctionReceived: null, pauses: [], extensionDays: 0, deferredTo: null };
}
