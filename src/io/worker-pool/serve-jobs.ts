/**
 * The worker side of worker-pool.ts: announce readiness, run each job, answer with its value or
 * with the error it threw (name, code, message — never a stack, which could hold file content).
 */
import { parentPort } from 'node:worker_threads';

/** What a worker answers for one job. */
export type JobReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { name: string; message: string; code: string | undefined } };

/**
 * Serves jobs on this worker thread, one at a time.
 * @param handle runs one job's payload
 * @example serveJobs((payload) => runParseJob(payload as ParseJob))
 */
export function serveJobs(handle: (payload: unknown) => Promise<unknown>): void {
  const port = parentPort;
  if (port === null) {
    throw new Error('serveJobs must run in a worker thread');
  }
  port.on('message', (message: { id: number; payload: unknown }) => {
    const reply = (answer: JobReply) => {
      try {
        port.postMessage(answer);
      } catch (error) {
        port.postMessage({ id: message.id, ok: false, error: describe(error) } satisfies JobReply);
      }
    };
    handle(message.payload).then(
      (value) => reply({ id: message.id, ok: true, value }),
      (error: unknown) => reply({ id: message.id, ok: false, error: describe(error) }),
    );
  });
  port.postMessage('ready');
}

function describe(error: unknown): { name: string; message: string; code: string | undefined } {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { name: error.name, message: error.message, code: typeof code === 'string' ? code : undefined };
  }
  return { name: 'Error', message: String(error), code: undefined };
}
