/**
 * First start: create the demo organ tree and the administrator (one-time password printed, or
 * ADMIN_PASSWORD; must be changed at first login). Idempotent: each step does nothing once its
 * data exists, so every start (and every process on a shared PostgreSQL) may run it.
 */
import type { AppDeps } from './deps.ts';
import { ensureDemoOrgans } from './demo/demo-organs.ts';
import { ensureAdministrator } from './identity/ensure-administrator.ts';

export type BootstrapOptions = { print: (line: string) => void };

/**
 * @param options.print where first-start secrets go (the console; never the log)
 */
export async function bootstrapPlatform(deps: AppDeps, options: BootstrapOptions): Promise<void> {
  // The organ tree first, so the administrator gets 管理员 on its root.
  const organs = await ensureDemoOrgans(deps);
  if (organs.length > 0) {
    options.print(
      `已创建演示机构树：${organs[0]!.name}等 ${organs.length} 个机构（可在「机构管理」中修改，或导入本地机构表）`,
    );
  }
  await ensureAdministrator(deps, deps.env.adminPassword, options.print);
}
