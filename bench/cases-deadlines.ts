/**
 * Deadline engine throughput, one process: `computeDueDate` over generated clock facts (receipts
 * 2017–2026 on both 条例 versions, 补正 restarts, consultation and fee pauses — some still open —,
 * extensions, 第三十五条 deferrals), and `addWorkingDays` alone, on the official calendar.
 */
import { buildCalendar, type CountingCalendar } from '../src/domain/calendar/holiday-calendar.ts';
import { addDays, localDate, type LocalDate } from '../src/domain/calendar/local-date.ts';
import { OFFICIAL_ARRANGEMENTS } from '../src/domain/calendar/official-arrangements.ts';
import { addWorkingDays } from '../src/domain/calendar/working-days.ts';
import { INTAKE_CHANNELS } from '../src/domain/case/channels.ts';
import type { ClockFacts, ClockPause, PauseReason } from '../src/domain/deadlines/clock-facts.ts';
import { DEADLINE_SETTINGS } from '../src/domain/deadlines/deadline-settings.ts';
import { computeDueDate } from '../src/domain/deadlines/due-date.ts';
import { periodVersionFor } from '../src/domain/deadlines/statutory-periods.ts';
import { seededRandom } from '../src/domain/case/statistics/generate-cases.test-support.ts';

const FACTS = 20_000;
const SECONDS = Number(process.env.BENCH_DEADLINE_SECONDS ?? 3);
const FIRST_DAY = localDate('2017-01-01');
/** 2017-01-01 … 2026-12-31. */
const SPAN_DAYS = 3652;
const REASONS: readonly PauseReason[] = ['thirdParty', 'coProducer', 'fee'];

/** Rates, and how many of the generated facts have each feature. */
export type DeadlineFigures = {
  facts: number;
  mix: {
    pauses: number;
    openPauses: number;
    corrections: number;
    extensions: number;
    deferrals: number;
    provisional: number;
    stopped: number;
  };
  computeDueDate: { perSecond: number; microseconds: number; errors: number };
  addWorkingDays: { perSecond: number; microseconds: number };
};

function pausesOf(random: () => number, start: LocalDate): ClockPause[] {
  if (random() < 0.6) {
    return [];
  }
  const count = 1 + Math.floor(random() * 3);
  return Array.from({ length: count }, () => {
    const from = addDays(start, Math.floor(random() * 25));
    const to = random() < 0.1 ? null : addDays(from, Math.floor(random() * 20));
    return { reason: REASONS[Math.floor(random() * REASONS.length)]!, from, to };
  });
}

/** Valid facts only (the engine refuses impossible ones; those are not what is measured). */
function generateFacts(seed: number, n: number): ClockFacts[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, (): ClockFacts => {
    const received = addDays(FIRST_DAY, Math.floor(random() * SPAN_DAYS));
    const version = periodVersionFor(received);
    const correctionReceived = random() < 0.15 ? addDays(received, 1 + Math.floor(random() * 20)) : null;
    const start = correctionReceived ?? received;
    const extensionDays = random() < 0.2 ? 1 + Math.floor(random() * version.extensionDays) : 0;
    const isDeferred = version.citations.deferral !== null && random() < 0.03;
    return {
      received,
      channel: INTAKE_CHANNELS[Math.floor(random() * INTAKE_CHANNELS.length)]!,
      correctionReceived,
      pauses: pausesOf(random, start),
      extensionDays,
      deferredTo: isDeferred ? addDays(start, 30 + Math.floor(random() * 60)) : null,
    };
  });
}

/** Runs `step(i)` for about SECONDS; returns calls per second. */
function rate(step: (i: number) => void): number {
  let calls = 0;
  const start = performance.now();
  const end = start + SECONDS * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 1000; i += 1) {
      step(calls + i);
    }
    calls += 1000;
  }
  return calls / ((performance.now() - start) / 1000);
}

function mixOf(facts: readonly ClockFacts[], calendar: CountingCalendar): DeadlineFigures['mix'] {
  const results = facts.map((f) => computeDueDate(f, calendar, DEADLINE_SETTINGS));
  return {
    pauses: facts.filter((f) => f.pauses.length > 0).length,
    openPauses: facts.filter((f) => f.pauses.some((p) => p.to === null)).length,
    corrections: facts.filter((f) => f.correctionReceived !== null).length,
    extensions: facts.filter((f) => f.extensionDays > 0).length,
    deferrals: facts.filter((f) => f.deferredTo !== null).length,
    provisional: results.filter((r) => r.provisional).length,
    stopped: results.filter((r) => r.due === null).length,
  };
}

/** Computations per second of the reply deadline and of working-day addition. */
export function benchDeadlines(): DeadlineFigures {
  const calendar = buildCalendar(OFFICIAL_ARRANGEMENTS);
  const facts = generateFacts(4, FACTS);
  const mix = mixOf(facts, calendar); // also the warm-up
  let errors = 0;
  const dueRate = rate((i) => {
    try {
      computeDueDate(facts[i % FACTS]!, calendar, DEADLINE_SETTINGS);
    } catch {
      errors += 1;
    }
  });
  const random = seededRandom(5);
  const starts = Array.from({ length: FACTS }, () => ({
    from: addDays(FIRST_DAY, Math.floor(random() * SPAN_DAYS)),
    days: 1 + Math.floor(random() * 60),
  }));
  rate((i) => addWorkingDays(calendar, starts[i % FACTS]!.from, starts[i % FACTS]!.days)); // warm-up
  const addRate = rate((i) => addWorkingDays(calendar, starts[i % FACTS]!.from, starts[i % FACTS]!.days));
  return {
    facts: FACTS,
    mix,
    computeDueDate: { perSecond: dueRate, microseconds: 1e6 / dueRate, errors },
    addWorkingDays: { perSecond: addRate, microseconds: 1e6 / addRate },
  };
}
