/**
 * Demo 主动公开 content: for each demo organ with items (demo-items-*.ts), every item goes through
 * the real use cases — 起草 (createItem, a Word attachment by addItemFile), 提交审核, 审核 with the
 * checklist, 签发 (a 规范性文件 together with its 解读) — by three different people, at a clock set to
 * the item's 发布日期, so that the 索引号, the events and the audit trail read as if the site had
 * been run for years. A newer document then marks the one it replaces 已废止, and one whose 有效期
 * ends (`lapsesOn`) is marked 已失效. Each organ's content
 * commits in one transaction with its mark in `settings` (idempotent: a marked organ is skipped).
 */
import { beijingDate } from '../../domain/calendar/beijing-time.ts';
import { Document, Packer, Paragraph } from 'docx';
import type { Db, Queryable } from '../../db/db.ts';
import { findOrganBySlug } from '../../db/queries/organs.ts';
import { findItem } from '../../db/queries/publishing/items.ts';
import { findReportData } from '../../db/queries/publishing/item-reports.ts';
import { findSetting, insertSetting } from '../../db/queries/settings.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { Clock } from '../clock.ts';
import type { AppDeps } from '../deps.ts';
import { addItemFile } from '../publishing/item-files.ts';
import { performItemAction } from '../publishing/perform-item-action.ts';
import { createItem } from '../publishing/save-item.ts';
import type { DemoItemSpec, DemoOrganItems } from './demo-item-spec.ts';
import { demoPeopleOf } from './demo-people.ts';
import { BOSHAN_ITEMS, CZJ_ITEMS, ZJJ_ITEMS } from './demo-items-district.ts';
import { BOSHAN_EARLIER_ITEMS } from './demo-items-earlier.ts';
import { JYJ_ITEMS } from './demo-items-jyj.ts';
import { withDemoApp } from './demo-app.ts';
import { registerDemoLoader, type DemoLoaderDeps } from './registry.ts';

/** The organs with demo items, in loading order. */
export const DEMO_ITEM_ORGANS: readonly DemoOrganItems[] = [
  JYJ_ITEMS,
  BOSHAN_ITEMS,
  BOSHAN_EARLIER_ITEMS,
  CZJ_ITEMS,
  ZJJ_ITEMS,
];

const CHECKLIST = { check_secrecy: 'yes', check_disclosure: 'yes', check_accuracy: 'yes' };
const MINUTE = 60_000;

type People = { drafter: Actor; reviewer: Actor; approver: Actor };

/** A clock the loader moves to each item's day (never past the real now). */
function demoClock(real: Clock) {
  let t = real.now().getTime();
  return {
    clock: {
      now: () => new Date(t),
      today: () => beijingDate(new Date(t)),
    } satisfies Clock,
    /** 09:00 Beijing time of `day` plus `minutes`, or two hours before the real now when later. */
    at: (day: string, minutes: number) => {
      const wanted = Date.parse(`${day}T01:00:00Z`) + minutes * MINUTE;
      t = Math.min(wanted, real.now().getTime() - 2 * 3600_000 + minutes * MINUTE);
    },
  };
}

function must<T>(result: ({ ok: true } & T) | { ok: false }, what: string): T {
  if (!result.ok) {
    throw new Error(`demo item ${what}: ${JSON.stringify(result)}`);
  }
  return result;
}

async function docx(lines: readonly string[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * The item form of a spec; `ids` resolves keys of documents already created. `today` is the day it
 * goes online: a 成文日期 after it (the demo run before the spec's day) becomes that day.
 */
function submissionOf(spec: DemoItemSpec, ids: ReadonlyMap<string, number>, today: string) {
  return {
    fields: {
      kind: spec.kind,
      title: spec.title,
      genre: spec.genre,
      topic: spec.topic,
      docNumber: spec.docNumber ?? '',
      writtenOn: spec.writtenOn > today ? today : spec.writtenOn,
      effectiveOn: spec.effectiveOn ?? '',
      keywords: spec.keywords ?? '',
      interpretationForm: spec.form ?? '',
    },
    bodyFormat: 'text',
    body: spec.body.join('\n'),
    bodyDocx: null,
    columns: spec.columns ?? [],
    documents: spec.interprets === undefined ? [] : [String(ids.get(spec.interprets))],
    ...(spec.reportYear === undefined
      ? {}
      : { report: { year: String(spec.reportYear), source: 'data', file: null } }),
  };
}

async function publishGroup(
  deps: AppDeps & { move: (minutes: number) => void },
  people: People,
  organId: number,
  group: readonly DemoItemSpec[],
  ids: Map<string, number>,
): Promise<void> {
  const version = async (id: number) => (await findItem(deps.db, id))!.version;
  const created: number[] = [];
  for (const [i, spec] of group.entries()) {
    deps.move(i);
    const made = await createItem(deps, people.drafter, organId, submissionOf(spec, ids, deps.clock.today()));
    const { itemId } = must(made, `create ${spec.key}`);
    ids.set(spec.key, itemId);
    created.push(itemId);
    if (spec.attachment) {
      const bytes = await docx(spec.attachment.lines);
      const file = { name: spec.attachment.name, bytes };
      must(await addItemFile(deps, people.drafter, itemId, await version(itemId), file), `file ${spec.key}`);
    }
  }
  for (const [step, who, form] of [
    ['submitForReview', people.drafter, {}],
    ['approveReview', people.reviewer, CHECKLIST],
  ] as const) {
    deps.move(step === 'submitForReview' ? 15 : 45);
    for (const id of created) {
      must(await performItemAction(deps, who, id, await version(id), step, form), `${step} ${id}`);
    }
  }
  deps.move(90);
  const [first] = created;
  must(await performItemAction(deps, people.approver, first!, await version(first!), 'sign', {}), 'sign');
}

async function loadOrganItems(deps: AppDeps, organ: DemoOrganItems, real: Clock): Promise<number> {
  const found = await findOrganBySlug(deps.db, organ.organSlug);
  if (found === null) {
    return 0;
  }
  const people = await demoPeopleOf(deps, found);
  const moving = demoClock(real);
  const ids = new Map<string, number>();
  const items: DemoItemSpec[] = [];
  for (const spec of organ.items) {
    // a 年度报告 needs its year's report data (the 年度报告 demo loader stores it)
    if (
      spec.reportYear === undefined ||
      (await findReportData(deps.db, found.id, spec.reportYear)) !== null
    ) {
      items.push(spec);
    }
  }
  const documents = items
    .filter((s) => s.interprets === undefined)
    .sort((a, b) => a.publishOn.localeCompare(b.publishOn));
  for (const doc of documents) {
    const group = [doc, ...items.filter((s) => s.interprets === doc.key)];
    const at = { ...deps, clock: moving.clock, move: (m: number) => moving.at(doc.publishOn, m) };
    await publishGroup(at, people, found.id, group, ids);
    if (doc.repeals !== undefined) {
      moving.at(doc.publishOn, 120);
      const old = ids.get(doc.repeals)!;
      const form = {
        validity: 'repealed',
        validityOn: moving.clock.today(),
        note: `被《${doc.title}》${doc.docNumber === undefined ? '' : `（${doc.docNumber}）`}废止`,
        replacedBy: String(ids.get(doc.key)),
      };
      const changed = await performItemAction(
        at,
        people.drafter,
        old,
        (await findItem(deps.db, old))!.version,
        'changeValidity',
        form,
      );
      must(changed, `repeal ${doc.repeals}`);
    }
  }
  for (const doc of documents.filter((d) => d.lapsesOn !== undefined)) {
    moving.at(doc.lapsesOn!, 0);
    const id = ids.get(doc.key)!;
    const form = { validity: 'lapsed', validityOn: moving.clock.today(), note: '有效期届满', replacedBy: '' };
    const at = { ...deps, clock: moving.clock };
    const version = (await findItem(deps.db, id))!.version;
    must(
      await performItemAction(at, people.drafter, id, version, 'changeValidity', form),
      `lapse ${doc.key}`,
    );
  }
  return items.length;
}

/**
 * `db` seen through one open transaction: the use cases' own transactions run inside it, so that an
 * organ's demo content commits at once (one commit instead of hundreds) or not at all.
 */
function withinTransaction(db: Db, tx: Queryable): Db {
  return {
    kind: db.kind,
    query: (sql, params) => tx.query(sql, params),
    transaction: (fn) => fn(tx),
    execScript: () => Promise.reject(new Error('no scripts in demo loading')),
    close: () => Promise.resolve(),
  };
}

/**
 * Publishes the items of `organs` (default: every demo organ's), each organ's in one transaction,
 * skipping those already marked.
 */
export async function loadDemoItems(
  deps: DemoLoaderDeps,
  organs: readonly DemoOrganItems[] = DEMO_ITEM_ORGANS,
): Promise<void> {
  await withDemoApp(deps, async (shared) => {
    for (const organ of organs) {
      const mark = organ.mark ?? `demo.items.${organ.organSlug}`;
      const count = await deps.db.transaction(async (tx) => {
        if ((await findSetting(tx, mark)) !== null) {
          return null;
        }
        const db = withinTransaction(deps.db, tx);
        const app: AppDeps = { ...shared, db };
        const loaded = await loadOrganItems(app, organ, deps.clock);
        if (loaded > 0) {
          await insertSetting(tx, mark, deps.clock.today());
        }
        return loaded;
      });
      if (count === null) {
        deps.print(`主动公开演示信息（${organ.organSlug}）：已存在，跳过`);
      } else if (count > 0) {
        deps.print(`主动公开演示信息：已发布 ${count} 条（${organ.organSlug}）`);
      }
    }
  });
}

registerDemoLoader('主动公开演示信息', (deps) => loadDemoItems(deps));
