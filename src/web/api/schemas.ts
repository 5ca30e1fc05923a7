/**
 * The open data API's zod schemas: the query strings and path parameters the routes validate with,
 * and the shapes they answer. The OpenAPI 3.1 document (/api/v1/openapi.json) is generated from
 * these same objects by @hono/zod-openapi, so the document cannot drift from what the code checks.
 * Every message is Chinese and names its parameter.
 */
import { z } from '@hono/zod-openapi';
import { ORGAN_LEVELS, ORGAN_TYPES } from '../../domain/organs/organ.ts';
import { INTERPRETATION_FORMS, ITEM_KINDS, VALIDITIES } from '../../domain/publishing/vocabulary.ts';
import { AnnualReportSchema } from '../../domain/report/model.ts';
import { MAX_ITEMS_LIMIT, MAX_ITEMS_PAGE } from '../../app/open-data/open-items.ts';

const list = (values: readonly string[]) => values.join('、');

/** An organ's slug in paths and filters. */
export const OrganSlugSchema = z
  .string({ error: 'organ：须为机构代号' })
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, { error: 'organ：机构代号只含小写字母、数字和连字符（如 boshan）。' })
  .openapi({ example: 'boshan', description: '机构代号（门户网址 /o/{代号} 中的一段）' });

const YearSchema = z
  .string({ error: 'year：须为四位年份' })
  .regex(/^(19|20)\d{2}$/, { error: 'year：须为四位年份（如 2025）。' })
  .openapi({ example: '2025' });

/** The path of `/organs/{organ}/…`. */
export const OrganParamsSchema = z.object({
  organ: OrganSlugSchema.openapi({ param: { name: 'organ', in: 'path' } }),
});

/** The path of `/organs/{organ}/{reports|statistics}/{year}`. */
export const OrganYearParamsSchema = z.object({
  organ: OrganSlugSchema.openapi({ param: { name: 'organ', in: 'path' } }),
  year: YearSchema.openapi({ param: { name: 'year', in: 'path' } }),
});

/** The path of `/items/{id}`. */
export const ItemParamsSchema = z.object({
  id: z
    .string()
    .regex(/^[1-9]\d{0,14}$/, { error: 'id：信息编号须为正整数。' })
    .openapi({ param: { name: 'id', in: 'path' }, example: '42' }),
});

/** The filters and paging of `/items`. */
export const ItemsQuerySchema = z.object({
  organ: OrganSlugSchema.optional().openapi({ param: { name: 'organ', in: 'query' } }),
  column: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, {
      error: 'column：栏目代号只含小写字母、数字和连字符（如 documents-2）。',
    })
    .optional()
    .openapi({
      param: { name: 'column', in: 'query' },
      description: '栏目代号（须同时给出 organ）',
      example: 'documents-2',
    }),
  kind: z
    .enum(ITEM_KINDS, { error: `kind：未知的信息类别，可选 ${list(ITEM_KINDS)}。` })
    .optional()
    .openapi({ param: { name: 'kind', in: 'query' } }),
  validity: z
    .enum(VALIDITIES, { error: `validity：未知的有效性，可选 ${list(VALIDITIES)}。` })
    .optional()
    .openapi({ param: { name: 'validity', in: 'query' } }),
  year: YearSchema.optional().openapi({
    param: { name: 'year', in: 'query' },
    description: '发布年份（北京时间）',
  }),
  limit: z
    .string()
    .regex(/^\d{1,3}$/, { error: `limit：每页条数须为 1—${MAX_ITEMS_LIMIT} 的整数。` })
    .refine((v) => Number(v) >= 1 && Number(v) <= MAX_ITEMS_LIMIT, {
      error: `limit：每页条数须为 1—${MAX_ITEMS_LIMIT} 的整数。`,
    })
    .optional()
    .openapi({
      param: { name: 'limit', in: 'query' },
      example: '20',
      description: `每页条数，1—${MAX_ITEMS_LIMIT}，默认 20`,
    }),
  page: z
    .string()
    .regex(/^\d{1,9}$/, { error: 'page：页码须为正整数。' })
    .refine((v) => Number(v) >= 1 && Number(v) <= MAX_ITEMS_PAGE, {
      error: `page：页码须为 1—${MAX_ITEMS_PAGE}；更后面的页请用上一页返回的 next 链接（cursor）继续翻页。`,
    })
    .optional()
    .openapi({ param: { name: 'page', in: 'query' }, description: `页码，1—${MAX_ITEMS_PAGE}` }),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,48}$/, { error: 'cursor：翻页标记无效，请使用上一页返回的 next 链接。' })
    .optional()
    .openapi({ param: { name: 'cursor', in: 'query' }, description: '翻页标记（上一页的 next）' }),
});

/** Every error: `{ error: { code, message }, requestId }`. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'INVALID_PARAMETER' }),
      message: z.string().openapi({ example: 'kind：未知的信息类别。' }),
    }),
    requestId: z.string(),
  })
  .openapi('Error');

/** An organ as the API lists it (public fields only). */
export const OrganSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    shortName: z.string(),
    type: z.enum(ORGAN_TYPES),
    level: z.enum(ORGAN_LEVELS),
    parent: z.string().nullable().openapi({ description: '上级机构代号' }),
    address: z.string().nullable(),
    postcode: z.string().nullable(),
    phone: z.string().nullable(),
    fax: z.string().nullable(),
    email: z.string().nullable(),
    officeHours: z.string().nullable(),
    reportYears: z.array(z.number().int()).openapi({ description: '已公开年度报告的年份，新到旧' }),
    url: z.string().openapi({ description: '门户页面' }),
  })
  .openapi('Organ');

/** A catalogue column with its count of published items. */
export const ColumnSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    basis: z.string().openapi({ description: '依据（条例条款）' }),
    parent: z.string().nullable(),
    count: z.number().int(),
    url: z.string(),
  })
  .openapi('Column');

/** The metadata of a published item. */
export const ItemSummarySchema = z
  .object({
    id: z.number().int(),
    organ: z.string().openapi({ description: '发布机构代号' }),
    organName: z.string().openapi({ description: '发布机构' }),
    kind: z.enum(ITEM_KINDS),
    indexNumber: z.string().nullable().openapi({ description: '索引号' }),
    title: z.string(),
    docNumber: z.string().openapi({ description: '文号（非公文为空）' }),
    writtenOn: z.string().nullable().openapi({ description: '成文日期 YYYY-MM-DD' }),
    effectiveOn: z.string().nullable().openapi({ description: '实施日期' }),
    publishedAt: z.string().openapi({ description: '发布时间（ISO 8601）' }),
    revisedAt: z.string().nullable().openapi({ description: '最近修订时间' }),
    topic: z.string().openapi({ description: '主题分类（一级\\二级）' }),
    genre: z.string().openapi({ description: '体裁分类' }),
    keywords: z.string(),
    summary: z.string(),
    validity: z.enum(VALIDITIES).nullable().openapi({ description: '有效性（规章、规范性文件）' }),
    interpretationForm: z.enum(INTERPRETATION_FORMS).nullable().openapi({ description: '解读形式' }),
    url: z.string().openapi({ description: '门户页面' }),
  })
  .openapi('ItemSummary');

const LinkSchema = z.object({ id: z.number().int(), title: z.string(), url: z.string() });

/** One published item with its body, attachments, 有效性 and 解读 links. */
export const ItemDetailSchema = ItemSummarySchema.extend({
  coOrgans: z.string().openapi({ description: '联合发文机关' }),
  bodyHtml: z.string().openapi({ description: '正文（经过清理的 HTML）' }),
  validityOn: z.string().nullable(),
  validityNote: z.string(),
  replacedBy: LinkSchema.nullable().openapi({ description: '替代它的文件' }),
  revisionNote: z.string(),
  attachments: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      mediaType: z.string(),
      size: z.number().int(),
      url: z.string(),
    }),
  ),
  interpretations: z.array(LinkSchema.extend({ form: z.enum(INTERPRETATION_FORMS).nullable() })).openapi({
    description: '相关解读',
  }),
  documents: z.array(LinkSchema).openapi({ description: '解读的文件（本条为解读时）' }),
  versions: z.array(z.object({ number: z.number().int(), publishedAt: z.string(), note: z.string() })),
}).openapi('ItemDetail');

/** A page of items. */
export const ItemsPageSchema = z
  .object({
    items: z.array(ItemSummarySchema),
    next: z.string().nullable().openapi({ description: '下一页的地址；最后一页为 null' }),
  })
  .openapi('ItemsPage');

/**
 * An annual report in the `gongkai.annual-report.v1` contract (docs/annual-report-json.md): the
 * report engine's own schema. It is wrapped because it may be built before @hono/zod-openapi adds
 * `.openapi()` to zod's schemas (zod 4 gives each schema its methods when it is made).
 */
export const AnnualReportContractSchema = z
  .lazy(() => AnnualReportSchema)
  .openapi('AnnualReport', { description: '年度报告（gongkai.annual-report.v1）' });
