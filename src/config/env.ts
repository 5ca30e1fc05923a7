/**
 * The process environment, parsed once at start with zod. A misconfiguration stops the process
 * with a readable list instead of surfacing mid-request.
 */
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_PARSE_POOL_SETTINGS, type ParsePoolSettings } from '../io/parse-pool/parse-pool.ts';
import { DEFAULT_GAZETTE_FONT, type GazetteFont } from '../io/publishing/gazette-font.ts';
import { DEFAULT_PDF_TEXT_READER, PDF_TEXT_READERS } from '../io/pdf-text/reader-choice.ts';

/** One parse worker on a 2-core machine (the other core serves requests), two on bigger ones. */
const DEFAULT_PARSE_WORKERS = Math.max(1, Math.min(2, os.availableParallelism() - 1));

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  /** Set when the site is served over HTTPS (behind a proxy): cookies get `Secure`. */
  SECURE_COOKIES: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(20 * 1024 * 1024),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** The parse pool (decision 015): worker threads, seconds a file may take, heap per worker, queue. */
  PARSE_WORKERS: z.coerce.number().int().min(1).max(16).default(DEFAULT_PARSE_WORKERS),
  PARSE_TIMEOUT_SECONDS: z.coerce
    .number()
    .min(1)
    .max(600)
    .default(DEFAULT_PARSE_POOL_SETTINGS.timeoutMs / 1000),
  PARSE_MEMORY_MB: z.coerce.number().int().min(64).max(8192).default(DEFAULT_PARSE_POOL_SETTINGS.memoryMb),
  PARSE_QUEUE: z.coerce.number().int().min(0).max(1000).default(DEFAULT_PARSE_POOL_SETTINGS.queueLength),
  /** The CJK font of 政府公报 PDFs (decision 025); for a collection (.ttc) the face's PostScript name. */
  GAZETTE_FONT: z.string().min(1).default(DEFAULT_GAZETTE_FONT),
  GAZETTE_FONT_FACE: z.string().min(1).optional(),
  /**
   * PDF text layer (decision 024): `own` reader first (pdf.js where it declines), or `pdfjs` only.
   * Checked here so that a wrong value stops the process at start; pdf-to-text.ts reads the
   * variable itself (through pdfTextReaderFrom), in the main thread and in parse workers alike.
   */
  GONGKAI_PDF_TEXT_READER: z
    .union([z.literal(''), z.enum(PDF_TEXT_READERS)])
    .default(DEFAULT_PDF_TEXT_READER),
});

export type Env = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  adminPassword: string | null;
  secureCookies: boolean;
  maxUploadBytes: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Sizing of the pool that parses uploads off the main thread. */
  parsePool: ParsePoolSettings;
  /** The font 政府公报 PDFs are set in (checked when an issue is published, not at start). */
  gazetteFont: GazetteFont;
};

/** The environment cannot be used (each bad variable on its own line after the first). */
export class EnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnvError';
  }
}

/**
 * @param source usually process.env
 * @throws Error listing every bad variable
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL ?? null,
    adminPassword: e.ADMIN_PASSWORD ?? null,
    secureCookies: e.SECURE_COOKIES,
    maxUploadBytes: e.MAX_UPLOAD_BYTES,
    logLevel: e.LOG_LEVEL,
    parsePool: {
      workers: e.PARSE_WORKERS,
      timeoutMs: Math.round(e.PARSE_TIMEOUT_SECONDS * 1000),
      memoryMb: e.PARSE_MEMORY_MB,
      queueLength: e.PARSE_QUEUE,
    },
    gazetteFont: { path: e.GAZETTE_FONT, face: e.GAZETTE_FONT_FACE ?? null },
  };
}
