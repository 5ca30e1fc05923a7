/**
 * A small pool of worker threads for work that must never block the server: parsing untrusted
 * files. Each worker has V8 heap limits (`resourceLimits`); each job a time limit, after which its
 * worker is terminated (and replaced on the next job); the queue is bounded — a full pool answers
 * `busy` at once instead of piling up requests in memory, and no job waits longer than the jobs
 * ahead of it may run (queueLength / size × timeoutMs, plus worker starts). Workers start on first
 * use and stop after a while idle. Decision 015.
 *
 * Typed arrays are NOT counted by the heap limits: what a job decompresses must be bounded by the
 * job itself (pdf-inflate-budget.ts, zip/office-package.ts).
 */
import type { Transferable, Worker } from 'node:worker_threads';
import { spawnWorker, type WorkerEntry } from './worker-entry.ts';
import type { JobReply } from './serve-jobs.ts';

/** How big, how patient and how strict a pool is. */
export type WorkerPoolSettings = {
  /** Workers at most (each a thread with its own heap). */
  size: number;
  /** The longest a job may run. */
  timeoutMs: number;
  /** V8 old-generation heap of each worker. */
  memoryMb: number;
  /** Jobs that may wait while every worker runs one; beyond that `busy`. */
  queueLength: number;
  /** Stop a worker after this long without work (default one minute). */
  idleMs?: number;
};

/** Why a job did not run to its end. */
export type WorkerPoolFailure = 'busy' | 'timeout' | 'out-of-memory' | 'crashed' | 'closed';

/** A job the pool could not finish (as opposed to an error the job itself threw). */
export class WorkerPoolError extends Error {
  readonly failure: WorkerPoolFailure;

  constructor(failure: WorkerPoolFailure) {
    super(`worker pool: ${failure}`);
    this.name = 'WorkerPoolError';
    this.failure = failure;
  }
}

/** An error the job threw in the worker, as it crossed back: its name, code and message. */
export class WorkerJobError extends Error {
  readonly code: string | undefined;

  constructor(name: string, message: string, code: string | undefined) {
    super(message);
    this.name = name;
    this.code = code;
  }
}

/** A running pool. */
export type WorkerPool = {
  /**
   * Runs one job.
   * @param transfer buffers moved (not copied) to the worker; they are unusable here afterwards
   * @throws WorkerPoolError busy / timeout / out-of-memory / crashed / closed
   * @throws WorkerJobError what the job threw
   */
  run<T>(payload: unknown, transfer?: readonly Transferable[]): Promise<T>;
  /** Jobs running and waiting, and live workers. */
  stats(): { running: number; queued: number; workers: number };
  /** Stops every worker; waiting and running jobs fail with `closed`. */
  close(): Promise<void>;
};

type Job = {
  payload: unknown;
  transfer: readonly Transferable[];
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
};

type Slot = {
  worker: Worker;
  isReady: boolean;
  job: Job | null;
  jobTimer: NodeJS.Timeout | null;
  idleTimer: NodeJS.Timeout | null;
};

const DEFAULT_IDLE_MS = 60_000;
/** A worker that has not loaded its modules by then is broken. */
const START_TIMEOUT_MS = 60_000;

/**
 * @param entry the worker module (see worker-entry.ts) — it must call serveJobs()
 * @example const pool = createWorkerPool(entryNextTo(import.meta.url, 'parse-worker'), { size: 1, timeoutMs: 20_000, memoryMb: 512, queueLength: 8 })
 */
export function createWorkerPool(entry: WorkerEntry, settings: WorkerPoolSettings): WorkerPool {
  const slots = new Set<Slot>();
  const queue: Job[] = [];
  let isClosed = false;
  let nextId = 0;

  const startJob = (slot: Slot, job: Job) => {
    slot.job = job;
    if (slot.idleTimer) {
      clearTimeout(slot.idleTimer);
      slot.idleTimer = null;
    }
    slot.worker.ref();
    slot.jobTimer = setTimeout(() => fail(slot, new WorkerPoolError('timeout')), settings.timeoutMs);
    nextId += 1;
    slot.worker.postMessage({ id: nextId, payload: job.payload }, [...job.transfer]);
  };

  const dispatch = () => {
    for (const slot of slots) {
      const job = slot.isReady && slot.job === null ? queue.shift() : undefined;
      if (job) {
        startJob(slot, job);
      }
    }
    const starting = [...slots].filter((slot) => !slot.isReady).length;
    if (queue.length > starting && slots.size < settings.size) {
      addWorker();
    }
  };

  /** Ends a slot's worker; its job (if any) fails with `error`. */
  const fail = (slot: Slot, error: Error) => {
    if (!slots.delete(slot)) {
      return;
    }
    clearTimers(slot);
    slot.job?.reject(error);
    slot.job = null;
    void slot.worker.terminate();
    if (!slot.isReady) {
      // The worker could not even start (a broken build): do not respawn it for every waiting job.
      for (const job of queue.splice(0)) {
        job.reject(new WorkerPoolError('crashed'));
      }
    }
    if (!isClosed) {
      dispatch();
    }
  };

  const finish = (slot: Slot, reply: JobReply) => {
    const job = slot.job;
    if (job === null) {
      return;
    }
    clearTimers(slot);
    slot.job = null;
    slot.worker.unref();
    if (reply.ok) {
      job.resolve(reply.value);
    } else {
      job.reject(new WorkerJobError(reply.error.name, reply.error.message, reply.error.code));
    }
    slot.idleTimer = setTimeout(
      () => fail(slot, new WorkerPoolError('closed')),
      settings.idleMs ?? DEFAULT_IDLE_MS,
    );
    slot.idleTimer.unref();
    dispatch();
  };

  const addWorker = () => {
    const worker = spawnWorker(entry, {
      maxOldGenerationSizeMb: settings.memoryMb,
      maxYoungGenerationSizeMb: Math.min(64, Math.max(8, Math.floor(settings.memoryMb / 8))),
      stackSizeMb: 4,
    });
    const slot: Slot = { worker, isReady: false, job: null, jobTimer: null, idleTimer: null };
    slot.jobTimer = setTimeout(() => fail(slot, new WorkerPoolError('crashed')), START_TIMEOUT_MS);
    slots.add(slot);
    worker.on('message', (message: JobReply | 'ready') => {
      if (message === 'ready') {
        clearTimers(slot);
        slot.isReady = true;
        worker.unref();
        dispatch();
      } else {
        finish(slot, message);
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const isMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      fail(slot, new WorkerPoolError(isMemory ? 'out-of-memory' : 'crashed'));
    });
    worker.on('exit', () => fail(slot, new WorkerPoolError('crashed')));
  };

  return {
    run<T>(payload: unknown, transfer: readonly Transferable[] = []): Promise<T> {
      if (isClosed) {
        return Promise.reject(new WorkerPoolError('closed'));
      }
      // Workers not running a job (idle, starting, or not started yet) take a job each; beyond
      // them, queueLength jobs may wait.
      const running = [...slots].filter((slot) => slot.job !== null).length;
      if (queue.length >= settings.queueLength + settings.size - running) {
        return Promise.reject(new WorkerPoolError('busy'));
      }
      return new Promise<T>((resolve, reject) => {
        queue.push({ payload, transfer, resolve: resolve as (value: unknown) => void, reject });
        dispatch();
      });
    },
    stats() {
      const running = [...slots].filter((slot) => slot.job !== null).length;
      return { running, queued: queue.length, workers: slots.size };
    },
    async close() {
      isClosed = true;
      for (const job of queue.splice(0)) {
        job.reject(new WorkerPoolError('closed'));
      }
      const workers = [...slots].map((slot) => slot.worker);
      for (const slot of [...slots]) {
        fail(slot, new WorkerPoolError('closed'));
      }
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

function clearTimers(slot: Slot): void {
  for (const timer of [slot.jobTimer, slot.idleTimer]) {
    if (timer) {
      clearTimeout(timer);
    }
  }
  slot.jobTimer = null;
  slot.idleTimer = null;
}
