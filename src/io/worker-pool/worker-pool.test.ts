import { afterEach, describe, expect, it } from 'vitest';
import { entryNextTo } from './worker-entry.ts';
import { createWorkerPool, WorkerJobError, WorkerPoolError, type WorkerPool } from './worker-pool.ts';
import type { MisbehaviourJob } from './testing/misbehaving-worker.ts';

const ENTRY = entryNextTo(new URL('./testing/x.ts', import.meta.url).href, 'misbehaving-worker');
const SETTINGS = { size: 1, timeoutMs: 1500, memoryMb: 64, queueLength: 1 };

const failureOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof WorkerPoolError ? error.failure : error;
  }
};

describe('the worker pool', () => {
  let pool: WorkerPool;
  afterEach(() => pool.close());

  it('runs a TypeScript worker under vitest and returns what it answers', async () => {
    pool = createWorkerPool(ENTRY, SETTINGS);
    expect(
      await pool.run<unknown>({ do: 'echo', value: { a: [1, '二'] } } satisfies MisbehaviourJob),
    ).toEqual({
      a: [1, '二'],
    });
  });

  it('passes an error the job threw back with its name, code and message', async () => {
    pool = createWorkerPool(ENTRY, SETTINGS);
    const error = await pool
      .run({ do: 'throw', code: 'TOO_LARGE' } satisfies MisbehaviourJob)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerJobError);
    expect(error).toMatchObject({
      name: 'ReportInputError',
      code: 'TOO_LARGE',
      message: 'refused by the job',
    });
  });

  it('terminates a job that runs past the time limit, and the next job gets a fresh worker', async () => {
    pool = createWorkerPool(ENTRY, SETTINGS);
    expect(await failureOf(pool.run({ do: 'spin' } satisfies MisbehaviourJob))).toBe('timeout');
    expect(await pool.run({ do: 'echo', value: 'after' } satisfies MisbehaviourJob)).toBe('after');
    expect(pool.stats()).toEqual({ running: 0, queued: 0, workers: 1 });
  });

  it('ends a job that fills its heap past the limit as out-of-memory, not the process', async () => {
    pool = createWorkerPool(ENTRY, { ...SETTINGS, timeoutMs: 60_000 });
    expect(await failureOf(pool.run({ do: 'fill-heap' } satisfies MisbehaviourJob))).toBe('out-of-memory');
    expect(await pool.run({ do: 'echo', value: 'alive' } satisfies MisbehaviourJob)).toBe('alive');
  });

  it('reports a worker that exits as crashed', async () => {
    pool = createWorkerPool(ENTRY, SETTINGS);
    await pool.run({ do: 'echo', value: 'warm' } satisfies MisbehaviourJob);
    expect(await failureOf(pool.run({ do: 'exit' } satisfies MisbehaviourJob))).toBe('crashed');
  });

  it('answers busy at once when the worker and the queue are full, never queueing without bound', async () => {
    pool = createWorkerPool(ENTRY, SETTINGS);
    await pool.run({ do: 'echo', value: 'warm' } satisfies MisbehaviourJob);
    const running = failureOf(pool.run({ do: 'spin' } satisfies MisbehaviourJob));
    const queued = pool.run({ do: 'echo', value: 'queued' } satisfies MisbehaviourJob);
    expect(await failureOf(pool.run({ do: 'echo', value: 'third' } satisfies MisbehaviourJob))).toBe('busy');
    expect(pool.stats()).toMatchObject({ running: 1, queued: 1 });
    expect(await running).toBe('timeout');
    expect(await queued).toBe('queued');
  });

  it('fails waiting and running jobs with closed when it is closed', async () => {
    pool = createWorkerPool(ENTRY, { ...SETTINGS, timeoutMs: 60_000 });
    await pool.run({ do: 'echo', value: 'warm' } satisfies MisbehaviourJob);
    const running = failureOf(pool.run({ do: 'spin' } satisfies MisbehaviourJob));
    await pool.close();
    expect(await running).toBe('closed');
    expect(await failureOf(pool.run({ do: 'echo', value: 'late' } satisfies MisbehaviourJob))).toBe('closed');
  });
});
