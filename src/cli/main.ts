/**
 * Entry point of `gongkai` (bin/gongkai.js, `npm run cli`). Sets the exit code instead of calling
 * process.exit, so that everything written to stdout is flushed first.
 */
import { runCli } from './run.ts';

// `gongkai report parse … | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') {
    process.exit(process.exitCode ?? 0);
  }
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2));
