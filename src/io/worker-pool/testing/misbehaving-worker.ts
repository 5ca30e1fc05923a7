/**
 * A worker for the pool's own tests: it answers, throws, spins, fills its heap or exits, as told —
 * the ways real parse jobs fail, made deterministic.
 */
import { serveJobs } from '../serve-jobs.ts';

/** What the test asks the worker to do. */
export type MisbehaviourJob =
  | { do: 'echo'; value: unknown }
  | { do: 'throw'; code: string }
  | { do: 'spin' }
  | { do: 'fill-heap' }
  | { do: 'exit' };

serveJobs((payload) => {
  const job = payload as MisbehaviourJob;
  switch (job.do) {
    case 'echo':
      return Promise.resolve(job.value);
    case 'throw':
      return Promise.reject(
        Object.assign(new Error('refused by the job'), { name: 'ReportInputError', code: job.code }),
      );
    case 'spin':
      for (;;) {
        // A parse that never ends, without yielding: only terminate() stops it.
      }
    case 'fill-heap': {
      const kept: string[][] = [];
      for (;;) {
        kept.push(Array.from({ length: 10_000 }, (_, index) => `${index}-${kept.length}`));
      }
    }
    case 'exit':
      process.exit(3);
  }
});
