/**
 * The human-readable page of the open data API (/api/v1/docs), rendered on the server from the
 * OpenAPI document itself (no script: the CSP allows none inline, and the page must work without
 * JavaScript): each route with its parameters, their allowed values, and its answers; then the
 * rules every route shares (paging, caching, CORS, rate limit, errors).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Frame } from '../portal/frame.ts';
import { baseCrumbs, PortalPage } from '../portal/portal-layout.tsx';

/** The generated document. */
export type OpenApiDocument = ReturnType<OpenAPIHono['getOpenAPI31Document']>;

/** The parts of the document this page reads. */
type SchemaObject = { type?: string; enum?: unknown[]; pattern?: string; description?: string };
type ParameterObject = {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: unknown;
};
type OperationObject = {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: unknown[];
  responses?: Record<string, unknown>;
};

const METHODS = ['get'] as const;

/** The allowed values of a parameter in words. */
function allowedOf(schema: SchemaObject | undefined): string {
  if (schema === undefined) {
    return '';
  }
  if (Array.isArray(schema.enum)) {
    return schema.enum.join('、');
  }
  return schema.pattern === undefined
    ? schema.type === undefined
      ? ''
      : String(schema.type)
    : `格式 ${schema.pattern}`;
}

function Parameters(props: { label: string; parameters: readonly ParameterObject[] }) {
  if (props.parameters.length === 0) {
    return <p>无参数。</p>;
  }
  return (
    // focusable, so that a keyboard can scroll the table on a narrow screen
    <div class="table-wrap" tabindex={0} role="region" aria-label={`${props.label} 的参数`}>
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">参数</th>
            <th scope="col">位置</th>
            <th scope="col">必填</th>
            <th scope="col">说明</th>
            <th scope="col">取值</th>
          </tr>
        </thead>
        <tbody>
          {props.parameters.map((p) => {
            const schema = p.schema as SchemaObject | undefined;
            return (
              <tr>
                <td>
                  <code>{p.name}</code>
                </td>
                <td>{p.in === 'path' ? '路径' : '查询'}</td>
                <td>{p.required ? '是' : '否'}</td>
                <td>{p.description ?? schema?.description ?? ''}</td>
                <td>{allowedOf(schema)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Operation(props: { path: string; method: string; op: OperationObject }) {
  const { op } = props;
  const responses = Object.entries(op.responses ?? {}) as [string, { description?: string }][];
  return (
    <section class="api-operation">
      <h3>
        <code>
          {props.method.toUpperCase()} /api/v1{props.path}
        </code>
      </h3>
      <p>{op.summary}</p>
      {op.description === undefined ? null : <p>{op.description}</p>}
      <Parameters
        label={`${props.method.toUpperCase()} ${props.path}`}
        parameters={(op.parameters ?? []) as ParameterObject[]}
      />
      <ul>
        {responses.map(([status, response]) => (
          <li>
            <strong>{status}</strong> {response.description ?? ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The page. */
export function ApiDocsPage(props: { frame: Frame; document: OpenApiDocument }) {
  const operations = Object.entries(props.document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const op = (item as Record<string, OperationObject | undefined>)[method];
      return op === undefined ? [] : [{ path, method, op, tag: op.tags?.[0] ?? '其他' }];
    }),
  );
  const tags = [...new Set(operations.map((o) => o.tag))];
  return (
    <PortalPage
      frame={props.frame}
      nav="none"
      crumbs={[...baseCrumbs(props.frame), { label: '开放数据接口' }]}
      mainClass="pt-article"
      meta={{ title: '开放数据接口', columnName: '开放数据接口', columnType: '数据开放' }}
    >
      <h1>开放数据接口（API）</h1>
      <p class="pt-lead">
        只读的 JSON 接口，无需登录。机器可读的接口说明（OpenAPI 3.1）：
        <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>。
      </p>
      <h2>共同规则</h2>
      <ul>
        <li>翻页：列表按发布时间由新到旧，每页最多 100 条；沿返回的 next 链接继续翻页。</li>
        <li>
          缓存：每个答复带 ETag（部分带 Last-Modified）；带 If-None-Match 或 If-Modified-Since
          再次请求，未变化时答 304。
        </li>
        <li>跨域：任何网站都可以用 GET 读取（CORS）。</li>
        <li>
          频率：同一网络地址每分钟的请求数有上限，超过时答 429，并在 Retry-After
          中说明等待秒数；批量获取请下载数据集。
        </li>
        <li>
          出错时答复 <code>{'{"error":{"code":"…","message":"…"}}'}</code>，message 为中文说明。
        </li>
      </ul>
      {tags.map((tag) => (
        <section>
          <h2>{tag}</h2>
          {operations
            .filter((o) => o.tag === tag)
            .map((o) => (
              <Operation path={o.path} method={o.method} op={o.op} />
            ))}
        </section>
      ))}
    </PortalPage>
  );
}
