/**
 * The 定时发布 sweep of a running server: once at start (so a restart that spanned a scheduled
 * time publishes it at once) and then every `intervalMs`. Each sweep is idempotent and safe with
 * several processes on one PostgreSQL (publish-due-items.ts). A failed sweep is logged and retried
 * at the next tick.
 */
import type { AppDeps } from '../app/deps.ts';

export const SCHEDULE_SWEEP_MS = 30_000;

export type ScheduledPublisher = { stop(): Promise<void> };

/** Starts the sweep; `stop` waits for a running sweep to end. */
export function startScheduledPublisher(deps: AppDeps, intervalMs = SCHEDULE_SWEEP_MS): ScheduledPublisher {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const sweep = () => {
    if (stopped) {
      return;
    }
    running = running
      .then(async () => {
        const { publishDueItems } = await import('../app/publishing/publish-due-items.ts');
        const count = await publishDueItems(deps);
        if (count > 0) {
          deps.logger.info('scheduled items published', { count });
        }
      })
      .catch((error: unknown) => deps.logger.error('scheduled publishing failed', { error: String(error) }));
  };
  const timer = setInterval(sweep, intervalMs);
  timer.unref();
  sweep();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
