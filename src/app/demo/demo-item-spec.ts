/**
 * How demo 主动公开 content is written down: one record per item, in the words of the item form
 * (kind, 体裁, 主题分类, 文号, 成文日期), the day it went online, its paragraphs, the columns it is
 * listed in (the kind's default column when absent), the document a 解读 interprets, the older
 * document a new one 废止, and an optional Word attachment.
 */
import type { Genre, InterpretationForm, ItemKind } from '../../domain/publishing/vocabulary.ts';

/** One demo item. Dates are Beijing dates (YYYY-MM-DD). */
export type DemoItemSpec = {
  /** Unique within the organ; 解读 and 废止 refer to documents by it. */
  key: string;
  kind: ItemKind;
  title: string;
  genre: Genre;
  /** 「一级\二级」 of src/domain/publishing/topics.ts. */
  topic: string;
  docNumber?: string;
  writtenOn: string;
  /** The 发布日期 (the day it is signed and goes online). */
  publishOn: string;
  effectiveOn?: string;
  /** Column slugs of the default catalogue; the kind's default column when absent. */
  columns?: readonly string[];
  keywords?: string;
  /** Paragraphs of the body. */
  body: readonly string[];
  /** For a 解读: the key of the document it interprets (signed together with it). */
  interprets?: string;
  form?: InterpretationForm;
  /** The key of an older 规范性文件 this one replaces: marked 已废止 once this one is online. */
  repeals?: string;
  /** The day this 规范性文件 goes out of force by itself (已失效: its 有效期 ends). */
  lapsesOn?: string;
  /** A Word attachment: its file name and paragraphs. */
  attachment?: { name: string; lines: readonly string[] };
  /** For a 年度报告: the year of the organ's stored report data it is rendered from. */
  reportYear?: number;
};

/** The demo items of one organ and the people who draft, review and sign them. */
export type DemoOrganItems = {
  organSlug: string;
  /** The `settings` key marking them loaded (default `demo.items.<organSlug>`). */
  mark?: string;
  items: readonly DemoItemSpec[];
};

type Short = Omit<DemoItemSpec, 'kind' | 'genre' | 'topic' | 'writtenOn'> &
  Partial<Pick<DemoItemSpec, 'kind' | 'genre' | 'topic' | 'writtenOn'>>;

/**
 * A notice-like item: 工作动态和公告 (公告, `topic`) unless said otherwise, written two days before
 * it went online.
 */
export function demoItem(topic: string, s: Short): DemoItemSpec {
  const written = new Date(Date.parse(`${s.publishOn}T00:00:00Z`) - 2 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return { kind: 'notice', genre: '公告', topic, writtenOn: written, ...s };
}
