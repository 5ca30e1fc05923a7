/**
 * `gongkai demo`: the demo organ tree (if the registry is empty), the demo accounts, then every
 * registered demo loader. Idempotent: running it again adds only what is missing.
 */
import './all-loaders.ts';
import { ensureDemoAccounts, type DemoAccountOutcome } from './demo-accounts.ts';
import { ensureDemoOrgans } from './demo-organs.ts';
import { demoLoaders, type DemoLoaderDeps } from './registry.ts';

/** What `gongkai demo` did. */
export type DemoOutcome = { organsCreated: number; accounts: DemoAccountOutcome[]; loaders: string[] };

/** Loads all demo content. */
export async function loadDemo(deps: DemoLoaderDeps): Promise<DemoOutcome> {
  const organs = await ensureDemoOrgans(deps);
  deps.print(
    organs.length > 0
      ? `已创建演示机构树：${organs[0]!.name}等 ${organs.length} 个机构`
      : '机构已存在，未创建演示机构树',
  );
  const accounts = await ensureDemoAccounts(deps);
  const loaders: string[] = [];
  for (const [name, load] of demoLoaders()) {
    deps.print(`正在载入演示内容：${name}`);
    await load(deps);
    loaders.push(name);
  }
  return { organsCreated: organs.length, accounts, loaders };
}
