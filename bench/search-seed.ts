/**
 * The corpus of `npm run bench -- search`: `count` published items in 200 organs, each with a title,
 * a 文号 and a ~200-character body made of 政务 sentences picked by a seeded generator (so common
 * words hit most items, as in real 公开 corpora) plus a unique 「编号N」; every twentieth item has a
 * ~2,600-character attachment (two chunks). Search rows are built with the real pipeline
 * (searchDocuments) and inserted in bulk with the search indexes dropped, then the indexes are built
 * again and timed — not through publishing over HTTP. On PostgreSQL on this machine the rows (items
 * and search rows, built in TypeScript) are written as tab-separated files and loaded with COPY,
 * 20,000 items at a time; elsewhere (PGlite) with multi-row INSERT … SELECT FROM unnest. The corpus
 * is the same either way (and the same as earlier versions of this seed: one generator, same order).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../src/db/db.ts';
import { searchDocuments, type SearchDocument } from '../src/domain/search/search-document.ts';

export const SENTENCES = [
  '为进一步规范政府信息公开工作，根据《中华人民共和国政府信息公开条例》，结合本区实际，制定本办法。',
  '各单位要高度重视，加强组织领导，明确责任分工，确保各项工作落到实处。',
  '本办法自发布之日起施行，有效期五年。',
  '对不按规定履行职责的，依法依规追究相关人员责任。',
  '加快推进城乡供水一体化建设，提升农村饮水安全保障水平。',
  '做好家庭经济困难学生认定和资助工作，确保应助尽助。',
  '严格落实安全生产责任制，开展隐患排查整治专项行动。',
  '优化营商环境，深化“放管服”改革，推行政务服务“一网通办”。',
  '财政预算资金实行绩效管理，提高资金使用效益。',
  '加强生态环境保护，推进大气污染防治和河湖长制工作。',
  '完善社会保障体系，落实城乡居民基本养老保险待遇调整政策。',
  '统筹推进乡村振兴，支持特色农业产业发展。',
  '做好防汛抗旱各项准备，确保人民群众生命财产安全。',
  '规范行政执法行为，全面推行行政执法公示制度。',
  '加强公共卫生体系建设，提高基层医疗服务能力。',
  '推进老旧小区改造，改善居民居住条件。',
  '落实减税降费政策，减轻市场主体负担。',
  '健全应急管理体系，提升突发事件应对能力。',
  '开展城市绿化养护，提升城区人居环境质量。',
  '依申请公开的答复期限为收到申请之日起二十个工作日。',
] as const;

/** A seeded generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GENRES = ['通知', '公告', '意见', '决定', '函'];
/** Items generated at a time (the generator's order, hence the corpus, depends on it). */
const BATCH = 1000;

type SeedItem = {
  g: number;
  organId: number;
  title: string;
  docNumber: string;
  genre: string;
  body: string;
  publishedAt: Date;
};
type SeedRow = { item: SeedItem; doc: SearchDocument };

/** Inserts a batch through unnest (PGlite; PostgreSQL when the server cannot read our files). */
async function insertBatch(db: Db, items: readonly SeedItem[], rows: readonly SeedRow[]): Promise<void> {
  const ids = await db.query<{ id: number }>(
    `INSERT INTO items (organ_id, kind, status, index_number, title, doc_number, doc_number_key, formed_on, topic, genre,
       body_html, body_text, validity, published_at, published_version, drafted_by_name, created_at, updated_at)
     SELECT organ_id, 'normative', 'published', 'BENCH/' || g, title, doc_number, '', date '2025-12-01', '综合政务\\政务公开',
       genre, '', body, 'inForce', published_at, 1, '测试', now(), now()
     FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[])
       AS t(g, organ_id, title, doc_number, genre, body, published_at)
     RETURNING id::int AS id`,
    [
      items.map((i) => i.g),
      items.map((i) => i.organId),
      items.map((i) => i.title),
      items.map((i) => i.docNumber),
      items.map((i) => i.genre),
      items.map((i) => i.body),
      items.map((i) => i.publishedAt),
    ],
  );
  const idOf = new Map(items.map((item, k) => [item.g, ids[k]!.id]));
  const columns = (pick: (r: SeedRow) => unknown) => rows.map(pick);
  await db.query(
    `INSERT INTO search_documents (source_kind, source_id, chunk, part, part_chunk, content, folded, organ_id, kind, genre,
       topic, validity, published_at, published_on, file_name)
     SELECT 'item', id, chunk, part, part_chunk, content, folded, organ_id, 'normative', genre, '综合政务\\政务公开',
       'inForce', published_at, (published_at AT TIME ZONE 'Asia/Shanghai')::date, file_name
     FROM unnest($1::bigint[], $2::int[], $3::text[], $4::int[], $5::text[], $6::text[], $7::int[], $8::text[], $9::timestamptz[],
       $10::text[])
       AS t(id, chunk, part, part_chunk, content, folded, organ_id, genre, published_at, file_name)`,
    [
      columns((r) => idOf.get(r.item.g)),
      columns((r) => r.doc.chunk),
      columns((r) => r.doc.part),
      columns((r) => r.doc.partChunk),
      columns((r) => r.doc.text),
      columns((r) => r.doc.folded),
      columns((r) => r.item.organId),
      columns((r) => r.item.genre),
      columns((r) => r.item.publishedAt),
      columns((r) => r.doc.fileName),
    ],
  );
}

/** A value in COPY's text format. */
function field(value: string | number | null): string {
  if (value === null) {
    return '\\N';
  }
  return String(value).replace(
    /[\\\t\n\r]/g,
    (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!,
  );
}

/** Does the PostgreSQL server read files we write (same machine)? */
async function serverReadsFiles(db: Db): Promise<boolean> {
  const file = path.join(os.tmpdir(), `gk-seed-probe-${process.pid}.tsv`);
  fs.writeFileSync(file, '1\n', { mode: 0o644 });
  try {
    await db.query('CREATE TEMP TABLE IF NOT EXISTS gk_seed_probe (x int)');
    await db.query(`COPY gk_seed_probe FROM '${file}'`);
    return true;
  } catch {
    return false;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** Items and search rows as COPY files, loaded every COPY_ITEMS items (ids are the generator's g). */
class CopyWriter {
  private items: string[] = [];
  private rows: string[] = [];
  private readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-seed-'));
  constructor(private readonly db: Db) {
    fs.chmodSync(this.dir, 0o755);
  }

  async add(items: readonly SeedItem[], rows: readonly SeedRow[]): Promise<void> {
    for (const i of items) {
      const at = i.publishedAt.toISOString();
      this.items.push(
        [i.g, i.organId, `BENCH/${i.g}`, i.title, i.docNumber, i.genre, i.body, at].map(field).join('\t'),
      );
    }
    for (const { item, doc } of rows) {
      this.rows.push(
        [
          item.g,
          doc.chunk,
          doc.part,
          doc.partChunk,
          doc.text,
          doc.folded,
          item.organId,
          item.genre,
          item.publishedAt.toISOString(),
          doc.fileName,
        ]
          .map(field)
          .join('\t'),
      );
    }
    if (this.items.length >= COPY_ITEMS) {
      await this.flush();
    }
  }

  async flush(): Promise<void> {
    if (this.items.length === 0) {
      return;
    }
    const items = path.join(this.dir, 'items.tsv');
    const rows = path.join(this.dir, 'rows.tsv');
    fs.writeFileSync(items, `${this.items.join('\n')}\n`, { mode: 0o644 });
    fs.writeFileSync(rows, `${this.rows.join('\n')}\n`, { mode: 0o644 });
    this.items = [];
    this.rows = [];
    await this.db.transaction(async (tx) => {
      await tx.query(`CREATE TEMP TABLE seed_items (g bigint, organ_id int, index_number text, title text,
        doc_number text, genre text, body text, published_at timestamptz) ON COMMIT DROP`);
      await tx.query(`COPY seed_items FROM '${items}'`);
      await tx.query(
        `INSERT INTO items (id, organ_id, kind, status, index_number, title, doc_number, doc_number_key, formed_on, topic, genre,
           body_html, body_text, validity, published_at, published_version, drafted_by_name, created_at, updated_at)
         SELECT g, organ_id, 'normative', 'published', index_number, title, doc_number, '', date '2025-12-01',
           '综合政务\\政务公开', genre, '', body, 'inForce', published_at, 1, '测试', now(), now() FROM seed_items`,
      );
      await tx.query(`CREATE TEMP TABLE seed_rows (id bigint, chunk int, part text, part_chunk int, content text,
        folded text, organ_id int, genre text, published_at timestamptz, file_name text) ON COMMIT DROP`);
      await tx.query(`COPY seed_rows FROM '${rows}'`);
      await tx.query(
        `INSERT INTO search_documents (source_kind, source_id, chunk, part, part_chunk, content, folded, organ_id, kind,
           genre, topic, validity, published_at, published_on, file_name)
         SELECT 'item', id, chunk, part, part_chunk, content, folded, organ_id, 'normative', genre, '综合政务\\政务公开',
           'inForce', published_at, (published_at AT TIME ZONE 'Asia/Shanghai')::date, file_name FROM seed_rows`,
      );
    });
    fs.rmSync(this.dir, { recursive: true, force: true });
    fs.mkdirSync(this.dir, { mode: 0o755 });
  }
}

/** Items per COPY. */
const COPY_ITEMS = 20_000;

/** An attachment of ~100 sentences (two chunks), with a unique 「附件编号N」 at the end. */
function attachment(g: number, next: () => number): string {
  const sentences = Array.from({ length: 100 }, () => SENTENCES[Math.floor(next() * SENTENCES.length)]);
  return `${sentences.join('')}（附件编号${g}）`;
}

/** The search indexes but the primary key, as (name, definition). */
async function searchIndexes(db: Db): Promise<{ name: string; definition: string }[]> {
  return db.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE tablename = 'search_documents' AND indexname <> 'search_documents_pkey' ORDER BY 1`,
  );
}

export type SeedFigures = { indexMs: number; buildMs: Record<string, number>; organIds: number[] };

/**
 * Seeds organs, items and their search rows. Returns the milliseconds spent building and inserting
 * search rows, the build time of each search index, and the organ ids (item g is in organIds[g % 200]).
 */
export async function seedSearchCorpus(db: Db, count: number, organs = 200): Promise<SeedFigures> {
  const indexes = await searchIndexes(db);
  for (const index of indexes) {
    await db.query(`DROP INDEX ${index.name}`);
  }
  await db.query(
    `INSERT INTO organs (parent_id, name, short_name, slug, type, level, created_at, updated_at)
     SELECT NULL, '测试机关' || g, '机关' || g, 'o' || g, 'department', 'county', now(), now() FROM generate_series(1, $1::int) g`,
    [organs],
  );
  const organIds = (await db.query<{ id: number }>('SELECT id FROM organs ORDER BY id')).map((r) => r.id);
  const next = random(42);
  const began = performance.now();
  const copy = db.kind === 'postgres' && (await serverReadsFiles(db)) ? new CopyWriter(db) : null;
  for (let start = 1; start <= count; start += BATCH) {
    const items: SeedItem[] = [];
    for (let g = start; g < Math.min(start + BATCH, count + 1); g += 1) {
      const body = Array.from({ length: 8 }, () => SENTENCES[Math.floor(next() * SENTENCES.length)]).join('');
      items.push({
        g,
        organId: organIds[g % organIds.length]!,
        title: `关于${SENTENCES[g % SENTENCES.length]!.slice(0, 12)}的通知（第${g}号）`,
        docNumber: `测发〔2026〕${g}号`,
        genre: GENRES[g % GENRES.length]!,
        body: `${body}（编号${g}）`,
        publishedAt: new Date(Date.parse('2026-01-01T00:00:00Z') + g * 60_000),
      });
    }
    const rows = items.flatMap((item) =>
      searchDocuments({
        title: item.title,
        docNumber: item.docNumber,
        indexNumber: `BENCH/${item.g}`,
        summary: '',
        keywords: '',
        bodyText: item.body,
        files:
          item.g % 20 === 0 ? [{ id: 0, name: `附件${item.g}.pdf`, text: attachment(item.g, next) }] : [],
      }).map((doc) => ({ item, doc })),
    );
    if (copy === null) {
      await insertBatch(db, items, rows);
    } else {
      await copy.add(items, rows);
    }
  }
  await copy?.flush();
  if (copy !== null) {
    await db.query(`SELECT setval('items_id_seq', (SELECT max(id) FROM items))`);
  }
  const indexMs = performance.now() - began;
  const buildMs: Record<string, number> = {};
  for (const index of indexes) {
    const began = performance.now();
    await db.transaction(async (tx) => {
      await tx.query(`SET LOCAL maintenance_work_mem = '512MB'`);
      await tx.query(index.definition);
    });
    buildMs[index.name] = Math.round(performance.now() - began);
  }
  await db.query('ANALYZE');
  return { indexMs: Math.round(indexMs), buildMs, organIds };
}
