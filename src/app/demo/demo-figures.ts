/**
 * Demo 表二数据填报 (issue 12, decision 037): last year's 行政许可 / 行政处罚 / 行政强制 decision counts
 * and 行政事业性收费 of the demo district's organs, entered through the real form use case by each
 * organ's demo 公开专员 (audited like any entry), so that drafted and rolled-up reports carry table
 * 二 in full. Figures are fictional and marked so in the note. Idempotent: an organ and year that
 * already has figures is left as it is.
 */
import { findEnteredFigures } from '../../db/queries/report-entered-figures.ts';
import { findOrganBySlug } from '../../db/queries/organs.ts';
import type { AppDeps } from '../deps.ts';
import { enterFigures } from '../annual-report/enter-figures.ts';
import { demoPeopleOf } from './demo-people.ts';
import { withDemoApp } from './demo-app.ts';
import { registerDemoLoader, type DemoLoaderDeps } from './registry.ts';

/** Per organ: 许可, 处罚, 强制, 收费（万元）, source system. */
const FIGURES: readonly (readonly [string, number, number, number, string, string])[] = [
  ['boshan', 0, 0, 0, '0', '区政务服务管理平台'],
  ['zfb', 0, 0, 0, '0', '区政务服务管理平台'],
  ['jyj', 126, 3, 0, '0', '省一体化政务服务平台；行政执法监督平台'],
  ['czj', 12, 1, 0, '1728.59', '省一体化政务服务平台；非税收入管理系统'],
  ['zjj', 2350, 96, 4, '35.2', '省一体化政务服务平台；行政执法监督平台'],
  ['chengdong', 18, 0, 0, '0', '镇（街道）便民服务中心台账'],
  ['shantou', 9, 2, 0, '0', '镇（街道）便民服务中心台账'],
  ['chishang', 6, 0, 0, '0', '镇（街道）便民服务中心台账'],
  ['yuanquan', 4, 1, 0, '0', '镇（街道）便民服务中心台账'],
];

async function enterAll(app: AppDeps, year: number): Promise<number> {
  let entered = 0;
  for (const [slug, licensing, penalties, coercion, fees, source] of FIGURES) {
    const organ = await findOrganBySlug(app.db, slug);
    if (organ === null || (await findEnteredFigures(app.db, organ.id, year, false)) !== null) {
      continue;
    }
    const people = await demoPeopleOf(app, organ);
    const saved = await enterFigures(app, people.drafter, {
      organId: organ.id,
      year,
      version: 0,
      form: {
        licensing: String(licensing),
        penalties: String(penalties),
        coercion: String(coercion),
        feesWanYuan: fees,
        sourceSystem: source,
        note: '演示数据（虚构）',
      },
    });
    if (!saved.ok) {
      throw new Error(`demo figures ${slug} ${year}: ${JSON.stringify(saved)}`);
    }
    entered += 1;
  }
  return entered;
}

async function loadDemoFigures(deps: DemoLoaderDeps): Promise<void> {
  const year = Number(deps.clock.today().slice(0, 4)) - 1;
  const entered = await withDemoApp(deps, (app) => enterAll(app, year));
  deps.print(`表二填报数据（${year}年）：${entered > 0 ? `已填报 ${entered} 个单位` : '已存在，跳过'}`);
}

registerDemoLoader('表二填报数据', loadDemoFigures);
