/**
 * What users are told when the parse pool could not finish a job (decision 015): the pool was
 * full, the file took too long or too much memory, or a worker died. Phrases follow the thing
 * they are about (「文件」, 「附件「…」」). `isFileAtFault` tells a file's failure (422) from the
 * server's (503).
 */
import { WorkerPoolError, type WorkerPoolFailure } from '../io/parse-pool/parse-pool.ts';

/** Per failure: the phrase, and whether the file (rather than the server's load) is at fault. */
export const POOL_FAILURES = {
  busy: { text: '暂时无法检查：系统繁忙，请稍后再试', isFileAtFault: false },
  timeout: {
    text: '过于复杂，处理超时，无法检查；请确认文件是否选对，或换成 Word/PDF 的另一种格式',
    isFileAtFault: true,
  },
  'out-of-memory': {
    text: '过于复杂，处理所需内存超出上限，无法检查；请确认文件是否选对',
    isFileAtFault: true,
  },
  crashed: { text: '未能处理完成，请稍后再试或换一种格式', isFileAtFault: true },
  closed: { text: '暂时无法检查：系统正在重启，请稍后再试', isFileAtFault: false },
} as const satisfies Record<WorkerPoolFailure, { text: string; isFileAtFault: boolean }>;

/**
 * The phrase for a pool failure.
 * @throws the error itself when it is not a pool failure (a bug, not the file's fault)
 * @example `文件${poolFailureText(new WorkerPoolError('timeout'))}。`
 */
export function poolFailureText(error: unknown): string {
  if (error instanceof WorkerPoolError) {
    return POOL_FAILURES[error.failure].text;
  }
  throw error;
}
