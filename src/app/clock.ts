/** The clock, injected into use cases (the domain never reads the time itself). */
export type Clock = {
  now(): Date;
  /** Today's date in the jurisdiction (China Standard Time, UTC+8), as YYYY-MM-DD. */
  today(): string;
};

const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The real clock. */
export const systemClock: Clock = {
  now: () => new Date(),
  today: () => new Date(Date.now() + CST_OFFSET_MS).toISOString().slice(0, 10),
};

/** A clock fixed at `iso` (tests, demo data). */
export function fixedClock(iso: string): Clock {
  const at = new Date(iso);
  return {
    now: () => new Date(at),
    today: () => new Date(at.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10),
  };
}
