/**
 * What a feed shows of each kind of published page (feeds.ts writes the XML): a 主动公开 item with
 * the metadata real portals show (索引号, 文号, 发布机构, 主题分类, 体裁, 成文日期, 有效性), and a
 * 依申请公开答复 with what its page shows beside the text (答复书文号, 答复机关, 收到申请日期, 答复日期,
 * 办理结果 in the statute's words) — never the applicant, whose data the published reply no longer holds.
 */
import { feedId } from '../../app/open-data/feed-ids.ts';
import type { PortalReply } from '../../app/replies/portal-replies.ts';
import type { OpenItemLine } from '../../db/queries/publishing/open-items.ts';
import { itemKindLabel } from '../../domain/publishing/vocabulary.ts';
import type { FeedEntry } from './feeds.ts';
import { validityLabel } from './item-format.ts';
import { replyTitle } from './reply-pages.tsx';

/** Where an entry sits: its page's URL, the installation's id namespace, the organ's name. */
export type EntryPlace = { url: string; namespace: string; organName: string };

/** `summary（label：value；…）`, the empty values left out. */
function describe(summary: string, lines: readonly (readonly [string, string])[]): string {
  const meta = lines
    .filter(([, value]) => value !== '')
    .map(([label, value]) => `${label}：${value}`)
    .join('；');
  return summary === '' ? meta : `${summary}（${meta}）`;
}

/**
 * A published item as a feed entry.
 * @example itemFeedEntry(line, { url: 'https://gk.example.gov.cn/o/boshan/gk/items/42', namespace, organName: '博山区' })
 */
export function itemFeedEntry(line: OpenItemLine, place: EntryPlace): FeedEntry {
  return {
    id: feedId(place.namespace, { kind: 'item', id: line.id }),
    url: place.url,
    title: line.title,
    authorName: place.organName,
    description: describe(line.summary, [
      ['索引号', line.indexNumber ?? ''],
      ['发布机构', place.organName],
      ['文号', line.docNumber],
      ['成文日期', line.writtenOn ?? ''],
      ['主题分类', line.topic],
      ['体裁分类', line.genre],
      ['有效性', validityLabel(line.validity)],
    ]),
    publishedAt: line.publishedAt,
    updatedAt: line.updatedAt,
    categories: [
      { term: line.kind, label: itemKindLabel(line.kind) },
      ...(line.topic === '' ? [] : [{ term: line.topic, label: line.topic, domain: '主题分类' }]),
    ],
    elements: [
      ['indexNumber', line.indexNumber],
      ['organ', place.organName],
      ['kind', line.kind],
      ['docNumber', line.docNumber],
      ['topic', line.topic],
      ['genre', line.genre],
      ['writtenOn', line.writtenOn],
      ['validity', line.validity],
    ],
  };
}

/** The category of every reply entry (the search's source kind and its label). */
const REPLY_CATEGORY = { term: 'reply', label: '依申请公开答复' };

/**
 * A public reply as a feed entry (its page changes only by 撤回公开 and publishing again, which
 * sets 公开时间: that is its `updated`).
 * @example replyFeedEntry(reply, { url: '/o/boshan/gk/replies/7', namespace, organName: '博山区教育局' })
 */
export function replyFeedEntry(reply: PortalReply, place: EntryPlace): FeedEntry {
  return {
    id: feedId(place.namespace, { kind: 'reply', id: reply.id }),
    url: place.url,
    title: replyTitle(reply),
    authorName: place.organName,
    description: describe(`申请内容：${reply.requestSummary}`, [
      ['答复书文号', reply.caseNumber],
      ['答复机关', place.organName],
      ['收到申请日期', reply.receivedOn],
      ['答复日期', reply.repliedOn],
      ['办理结果', reply.outcome],
    ]),
    publishedAt: reply.publishedAt,
    updatedAt: reply.publishedAt,
    categories: [
      REPLY_CATEGORY,
      ...(reply.outcome === '' ? [] : [{ term: reply.decision, label: reply.outcome, domain: '办理结果' }]),
    ],
    elements: [
      ['docNumber', reply.caseNumber],
      ['organ', place.organName],
      ['kind', REPLY_CATEGORY.term],
      ['receivedOn', reply.receivedOn],
      ['repliedOn', reply.repliedOn],
      ['outcome', reply.outcome],
    ],
  };
}
