/**
 * First start: create the demo organ tree and the administrator (one-time password printed, or
 * ADMIN_PASSWORD; must be changed at first login). Idempotent: does nothing once an account exists.
 * (Filled in by the organs/accounts work; see docs/ARCHITECTURE.md.)
 */
import type { AppDeps } from '../web/context.ts';

export type BootstrapOptions = { print: (line: string) => void };

export async function bootstrapPlatform(deps: AppDeps, options: BootstrapOptions): Promise<void> {
  void deps;
  void options;
  await Promise.resolve();
}
