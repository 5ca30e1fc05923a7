/** The clock, injected into use cases (the domain never reads the time itself). */
import { beijingDate } from '../domain/calendar/beijing-time.ts';

export type Clock = {
  now(): Date;
  /** Today's date in the jurisdiction (China Standard Time, UTC+8), as YYYY-MM-DD. */
  today(): string;
};

/** The real clock. */
export const systemClock: Clock = {
  now: () => new Date(),
  today: () => beijingDate(new Date()),
};

/** A clock fixed at `iso` (tests, demo data). */
export function fixedClock(iso: string): Clock {
  const at = new Date(iso);
  return {
    now: () => new Date(at),
    today: () => beijingDate(at),
  };
}
