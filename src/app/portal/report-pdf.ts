/**
 * The PDF of an organ's published annual report (issue 12: 「HTML in the official layout plus DOCX
 * and PDF downloads」), rendered on the parse pool (report-pdf.ts, ≈ 1 s of CPU: the CJK font is
 * subset for the glyphs used) and kept in a small in-process cache keyed by a hash of the report's
 * data, so a popular report is rendered once and a corrected one again.
 */
import crypto from 'node:crypto';
import type { AnnualReport } from '../../domain/report/model.ts';
import { parsePoolOf, type AppDeps } from '../deps.ts';

/** PDFs kept (≈ 150–250 KB each). */
const CACHE_SIZE = 16;
const cache = new Map<string, Uint8Array>();

/**
 * The report's PDF.
 * @throws GazetteFontError when the PDF font cannot be used; WorkerPoolError when the pool is busy
 */
export async function reportPdf(deps: AppDeps, report: AnnualReport): Promise<Uint8Array> {
  const key = crypto.createHash('sha256').update(JSON.stringify(report)).digest('base64url');
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const { bytes } = await parsePoolOf(deps).renderReportPdf(report, deps.env.gazetteFont);
  cache.set(key, bytes);
  for (const old of cache.keys()) {
    if (cache.size <= CACHE_SIZE) {
      break;
    }
    cache.delete(old);
  }
  return bytes;
}
