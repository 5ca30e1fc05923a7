/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument -- the OpenAPI document is read as plain JSON */
/**
 * The OpenAPI document against the OpenAPI 3.1 specification's JSON Schema
 * (@seriousme/openapi-schema-validator), and the API against its document: every documented path
 * is called (parameters filled from a table of sample values, generically), the status must be a
 * documented one and the body must match the documented schema for that status and media type
 * (ajv, JSON Schema 2020-12, the dialect of OpenAPI 3.1); then each parameter with a pattern or an
 * enum is sent a value that breaks it, and the 400 must match the documented error schema.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Db } from '../../db/db.ts';
import type { AppDeps } from '../../app/deps.ts';
import { createTestApp, insertTestOrgans, openTestDb } from '../../../test/portal.ts';
import { publishOpenDataWorld, type OpenDataWorld } from '../../../test/open-data.ts';
import type { AppEnv } from '../context.ts';
import { API_BASE } from './register.tsx';

type Json = Record<string, any>;

/** A value for each parameter name the document may have (required ones must be here). */
const samples = (world: OpenDataWorld): Record<string, string> => ({
  organ: 'boshan',
  id: String(world.docId),
  year: '2024',
  q: '绿化',
});

const pointer = (...parts: string[]) =>
  parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

describe('the OpenAPI document and the API that it documents', () => {
  let db: Db;
  let app: Hono<AppEnv>;
  let deps: AppDeps;
  let world: OpenDataWorld;
  let doc: Json;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });

  beforeAll(async () => {
    db = await openTestDb();
    const ids = await insertTestOrgans(db);
    ({ app, deps } = createTestApp(db));
    world = await publishOpenDataWorld(deps, ids);
    doc = (await (await app.request(`${API_BASE}/openapi.json`)).json()) as Json;
    ajv.addSchema(doc, 'https://gongkai.invalid/openapi.json');
  }, 180_000);
  afterAll(async () => {
    await deps.parsePool?.close();
    await db.close();
  });

  /** Checks a response against the document; returns the JSON body when there is one. */
  async function conforms(path: string, op: Json, res: Response, label: string): Promise<void> {
    const status = String(res.status);
    const documented = op.responses[status];
    expect(documented, `${label}: status ${status} is documented`).toBeTruthy();
    const mediaType = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
    expect(Object.keys(documented.content ?? {}), `${label}: media type`).toContain(mediaType);
    const body: unknown = mediaType === 'application/json' ? await res.json() : await res.text();
    const validate = ajv.getSchema(
      `https://gongkai.invalid/openapi.json#/${pointer('paths', path, 'get', 'responses', status, 'content', mediaType, 'schema')}`,
    )!;
    expect(validate(body), `${label}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  }

  const urlOf = (path: string, op: Json, values: Record<string, string>) => {
    const params: Json[] = op.parameters ?? [];
    let url = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name]!));
    const query = new URLSearchParams();
    for (const p of params.filter((p) => p.in === 'query' && (p.required || values[p.name] !== undefined))) {
      expect(values[p.name], `a sample value for the required parameter ${p.name}`).toBeDefined();
      query.set(p.name, values[p.name]!);
    }
    url += query.size > 0 ? `?${query.toString()}` : '';
    return `${API_BASE}${url}`;
  };

  it('is a valid OpenAPI 3.1 document', async () => {
    expect(doc.openapi).toMatch(/^3\.1\./);
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('the validators can fail: a broken document and a wrong body are refused', async () => {
    const broken = { ...doc, paths: { '/x': { get: { responses: { 200: { content: 'none' } } } } } };
    expect((await new Validator().validate(broken)).valid).toBe(false);
    const validate = ajv.getSchema('https://gongkai.invalid/openapi.json#/components/schemas/Error')!;
    expect(validate({ error: { code: 400 } })).toBe(false);
  });

  it('answers every documented path with a documented status and a body matching its schema', async () => {
    const values = samples(world);
    const paths = Object.entries(doc.paths as Json);
    expect(paths.length).toBeGreaterThanOrEqual(11);
    for (const [path, item] of paths) {
      const op = item.get;
      const url = urlOf(path, op, values);
      const res = await app.request(url);
      expect(res.status, url).toBe(200);
      await conforms(path, op, res, url);
    }
  });

  it('answers a value breaking each parameter with a 400 matching the documented error', async () => {
    const values = samples(world);
    let tried = 0;
    for (const [path, item] of Object.entries(doc.paths as Json)) {
      const op = item.get;
      for (const param of (op.parameters ?? []) as Json[]) {
        if (param.schema?.pattern === undefined && param.schema?.enum === undefined) {
          continue;
        }
        const url = urlOf(path, op, { ...values, [param.name]: 'Ⅹ<bad>' });
        const res = await app.request(url);
        // a path parameter that breaks its pattern matches no route: 404, also a documented error shape
        expect([400, 404], `${url}`).toContain(res.status);
        if (res.status === 400 || op.responses['404'] !== undefined) {
          await conforms(path, op, res, url);
        }
        tried += 1;
      }
    }
    expect(tried).toBeGreaterThan(10);
  });
});
