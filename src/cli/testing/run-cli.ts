/** Runs the real `gongkai` CLI as a child process, for end-to-end tests. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root (where bin/gongkai.js lives). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export type CliResult = { code: number | null; stdout: string; stderr: string; stdoutBytes: Buffer };

/**
 * @param args command-line arguments after `gongkai`
 * @param options stdin text and extra environment
 * @example const { code, stdout } = await runGongkai(['report', 'parse', 'a.txt'])
 */
export function runGongkai(
  args: readonly string[],
  options: { input?: string | Buffer; env?: Record<string, string> } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/gongkai.js', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, GONGKAI_DEBUG: '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const stdoutBytes = Buffer.concat(out);
      resolve({
        code,
        stdout: stdoutBytes.toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        stdoutBytes,
      });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** A stack trace line of our own code. */
export const STACK_TRACE = /at .*\.ts:/;
