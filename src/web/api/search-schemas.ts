/**
 * The zod schemas of GET /api/v1/search: the query string (the portal search's parameters, with
 * an organ and a column named by their codes as elsewhere in the API) and the answer (hits with a
 * plain-text snippet and the offsets of the matched words, facets, the total and the next page).
 * The portal's own checks (domain/search/search-params.ts) still run in the use case; these
 * schemas document the parameters and refuse what can never be right with a Chinese message.
 */
import { z } from '@hono/zod-openapi';
import { topicOptions } from '../../domain/publishing/topics.ts';
import { GENRES, VALIDITIES } from '../../domain/publishing/vocabulary.ts';
import { MAX_QUERY_CHARS } from '../../domain/search/query.ts';
import { SEARCH_SOURCE_KINDS } from '../../domain/search/search-source.ts';
import { OrganSlugSchema } from './schemas.ts';

const list = (values: readonly string[]) => values.join('、');

const dateParam = (name: string, description: string) =>
  z
    .string()
    .regex(/^\s*\d{4}-\d{1,2}-\d{1,2}\s*$|^\s*$/, { error: `${name}：须是日期，例如 2024-01-31。` })
    .optional()
    .openapi({ param: { name, in: 'query' }, example: '2024-01-31', description });

/** The kinds of source a hit can come from. */
export const SOURCE_KINDS = SEARCH_SOURCE_KINDS;

/** The query string of `/search`. */
export const SearchQuerySchema = z.object({
  q: z.string({ error: 'q：请输入检索词。' }).openapi({
    param: { name: 'q', in: 'query' },
    example: '〔2024〕5号',
    description:
      `检索词（必填，至多 ${MAX_QUERY_CHARS} 个字符、100 个字）：按原文连续出现检索，不分词；` +
      '全角半角、繁简、大小写不敏感，[2024]、(2024)、［2024］与〔2024〕视为相同；& | ! : * 等符号按原文检索。',
  }),
  kind: z
    .enum(SEARCH_SOURCE_KINDS, {
      error: 'kind：来源只能是 item（主动公开信息）、report（年度报告）或 reply（依申请公开答复）。',
    })
    .optional()
    .openapi({ param: { name: 'kind', in: 'query' }, description: '只检索一类来源：item、report 或 reply' }),
  organ: OrganSlugSchema.optional().openapi({
    param: { name: 'organ', in: 'query' },
    description: '发布机构代号：该机构及其下级机构',
  }),
  column: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, {
      error: 'column：栏目代号只含小写字母、数字和连字符（如 documents-2）。',
    })
    .optional()
    .openapi({
      param: { name: 'column', in: 'query' },
      description: '栏目代号（须同时给出 organ；只含直接发布在该栏目的信息）',
      example: 'documents-2',
    }),
  topic: z
    .enum(topicOptions() as [string, ...string[]], {
      error: 'topic：未知的主题分类，取值为「一级」或「一级\\二级」（见本文档的取值列表）。',
    })
    .optional()
    .openapi({ param: { name: 'topic', in: 'query' }, description: '主题分类（含其二级分类）' }),
  genre: z
    .enum(GENRES, { error: `genre：未知的体裁，可选 ${list(GENRES)}。` })
    .optional()
    .openapi({ param: { name: 'genre', in: 'query' }, description: '体裁' }),
  validity: z
    .enum(VALIDITIES, { error: `validity：未知的有效性，可选 ${list(VALIDITIES)}。` })
    .optional()
    .openapi({ param: { name: 'validity', in: 'query' }, description: '有效性' }),
  from: dateParam('from', '发布日期起（含，北京时间）'),
  to: dateParam('to', '发布日期止（含）'),
  writtenFrom: dateParam('writtenFrom', '成文日期起（含）'),
  writtenTo: dateParam('writtenTo', '成文日期止（含）'),
  sort: z
    .enum(['date', 'relevance'], {
      error: 'sort：排序方式只能是 date（按发布日期）或 relevance（按相关度）。',
    })
    .optional()
    .openapi({ param: { name: 'sort', in: 'query' }, description: '排序：date（默认，新到旧）或 relevance' }),
  cursor: z
    .string()
    .regex(/^[0-9.e-]{1,64}$/, { error: 'cursor：翻页标记无效，请使用上一页返回的 next 链接。' })
    .optional()
    .openapi({ param: { name: 'cursor', in: 'query' }, description: '翻页标记（沿上一页的 next 链接翻页）' }),
});

/** Plain text with the matched words given as offsets. */
export const MarkedTextSchema = z
  .object({
    text: z.string().openapi({ description: '纯文本（未转义，显示时须按 HTML 转义）' }),
    highlights: z
      .array(
        z.object({
          start: z.number().int().min(0).openapi({ description: '起始位置（含）' }),
          end: z.number().int().min(1).openapi({ description: '结束位置（不含）' }),
        }),
      )
      .openapi({
        description:
          '命中词在 text 中的位置，按 UTF-16 码元计（JavaScript、Java 字符串下标），互不重叠、由前到后',
      }),
  })
  .openapi('MarkedText');

/** One hit. */
export const SearchHitSchema = z
  .object({
    sourceKind: z.enum(SOURCE_KINDS).openapi({
      description: '命中来源：item 主动公开信息；report 年度报告；reply 依申请公开答复',
    }),
    id: z
      .number()
      .int()
      .openapi({ description: '来源在其本身的编号（item 为信息编号，reply 为答复编号；report 见 url）' }),
    title: MarkedTextSchema,
    docNumber: MarkedTextSchema.openapi({ description: '文号（无则 text 为空）' }),
    indexNumber: MarkedTextSchema.openapi({ description: '索引号（无则 text 为空）' }),
    organ: z.string().openapi({ description: '发布机构代号' }),
    organName: z.string(),
    publishedAt: z.string().openapi({ description: '发布时间（ISO 8601）' }),
    where: z.object({
      part: z.enum(['record', 'body', 'file']).openapi({
        description: 'record 标题、文号或概述；body 正文；file 附件',
      }),
      fileName: z.string().openapi({ description: '附件名（part 为 file 时）' }),
      paragraph: z.number().int().openapi({ description: '正文或附件中的第几段（从 1 起）' }),
      label: z.string().openapi({ example: '附件《实施方案.pdf》第2段' }),
    }),
    snippet: MarkedTextSchema.openapi({ description: '命中处前后的文字（省略处为 …）' }),
    url: z.string().openapi({ description: '门户页面' }),
  })
  .openapi('SearchHit');

const FacetSchema = z.array(
  z.object({
    value: z.string().openapi({ description: '作为同名参数的取值（有效性为空表示不适用）' }),
    label: z.string(),
    count: z.number().int(),
  }),
);

/** A page of hits. */
export const SearchPageSchema = z
  .object({
    query: z.string().openapi({ description: '规范化后的检索词' }),
    total: z.number().int().openapi({ description: '命中的条数（见 totalCapped）' }),
    totalCapped: z.boolean().openapi({
      description: '为 true 时 total 只统计了最新的 2000 处命中，实际更多',
    }),
    hits: z.array(SearchHitSchema),
    facets: z
      .object({ organ: FacetSchema, genre: FacetSchema, topic: FacetSchema, validity: FacetSchema })
      .nullable()
      .openapi({ description: '分面（每项不计自身的筛选条件）；翻页时为 null' }),
    advice: z.array(z.string()).openapi({ description: '没有命中时的建议' }),
    next: z.string().nullable().openapi({ description: '下一页的地址；最后一页为 null' }),
  })
  .openapi('SearchPage');
