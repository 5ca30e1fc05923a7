/**
 * The report as `gongkai.annual-report.v1` JSON, with keys in the order of the contract
 * (docs annual-report-json.md), whatever order the object in memory has. Unknown keys are dropped.
 */
import { PARTS } from '../domain/report/layout.ts';
import type {
  AnnualReport,
  Applications,
  ApplicantRow,
  Outcome,
  Proactive2019,
  Proactive2021,
  ReviewLitigation,
} from '../domain/report/model.ts';
import { SCHEMA_ID } from '../domain/report/model.ts';
import { sectionText } from './labels.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Picks `keys` from `source` in that order (missing keys become null). */
function pick<T extends object>(source: T, keys: readonly (keyof T & string)[]): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const key of keys) {
    out[key] = (source[key] ?? null) as Json;
  }
  return out;
}

function row(cells: ApplicantRow): Json[] {
  return [...cells];
}

function orderedProactive(proactive: Proactive2021 | Proactive2019, format: '2021' | '2019'): Json {
  if (format === '2021') {
    const p = proactive as Proactive2021;
    const docs = ['issued', 'repealed', 'inForce'] as const;
    return {
      rules: pick(p.rules, docs),
      normativeDocuments: pick(p.normativeDocuments, docs),
      licensing: pick(p.licensing, ['decisions']),
      penalties: pick(p.penalties, ['decisions']),
      coercion: pick(p.coercion, ['decisions']),
      fees: pick(p.fees, ['amountWanYuan']),
    };
  }
  const p = proactive as Proactive2019;
  const docs = ['made', 'published', 'totalPublic'] as const;
  const items = ['previousYear', 'change', 'decisions'] as const;
  return {
    rules: pick(p.rules, docs),
    normativeDocuments: pick(p.normativeDocuments, docs),
    licensing: pick(p.licensing, items),
    otherServices: pick(p.otherServices, items),
    penalties: pick(p.penalties, items),
    coercion: pick(p.coercion, items),
    fees: pick(p.fees, ['previousYear', 'change']),
    procurement: pick(p.procurement, ['projects', 'amount', 'amountText']),
  };
}

function orderedApplications(a: Applications): Json {
  const w = a.withheld;
  const u = a.unavailable;
  const n = a.notProcessed;
  return {
    newlyReceived: row(a.newlyReceived),
    carriedOver: row(a.carriedOver),
    granted: row(a.granted),
    partlyGranted: row(a.partlyGranted),
    withheld: {
      stateSecret: row(w.stateSecret),
      prohibitedByLaw: row(w.prohibitedByLaw),
      securityStability: row(w.securityStability),
      thirdPartyRights: row(w.thirdPartyRights),
      internalAffairs: row(w.internalAffairs),
      processInformation: row(w.processInformation),
      enforcementFiles: row(w.enforcementFiles),
      administrativeQuery: row(w.administrativeQuery),
    },
    unavailable: {
      notHeld: row(u.notHeld),
      needsCreation: row(u.needsCreation),
      unclearAfterCorrection: row(u.unclearAfterCorrection),
    },
    notProcessed: {
      complaint: row(n.complaint),
      duplicate: row(n.duplicate),
      publication: row(n.publication),
      excessive: row(n.excessive),
      confirmation: row(n.confirmation),
    },
    other: Array.isArray(a.other)
      ? row(a.other)
      : { noCorrection: row(a.other.noCorrection), noFee: row(a.other.noFee), other: row(a.other.other) },
    total: row(a.total),
    carriedForward: row(a.carriedForward),
  };
}

function orderedOutcome(o: Outcome): Json {
  return pick(o, ['upheld', 'corrected', 'other', 'pending', 'total']);
}

function orderedReviewLitigation(r: ReviewLitigation): Json {
  return {
    review: orderedOutcome(r.review),
    litigationDirect: orderedOutcome(r.litigationDirect),
    litigationAfterReview: orderedOutcome(r.litigationAfterReview),
  };
}

/**
 * Orders a report's keys as the contract lists them: schema, organ, year, format, proactive,
 * applications, reviewLitigation, sections (each nested object in its documented order).
 */
export function orderReportKeys(report: AnnualReport): { [key: string]: Json } {
  const isTabular = report.format !== 'legacy';
  return {
    schema: SCHEMA_ID,
    organ: report.organ,
    year: report.year,
    format: report.format,
    proactive:
      isTabular && report.proactive !== null ? orderedProactive(report.proactive, report.format) : null,
    applications: isTabular && report.applications !== null ? orderedApplications(report.applications) : null,
    reviewLitigation:
      isTabular && report.reviewLitigation !== null ? orderedReviewLitigation(report.reviewLitigation) : null,
    sections: Object.fromEntries(PARTS.map((p) => [p.key, sectionText(report, p.key)])),
  };
}

/**
 * Pretty JSON (2-space indent, trailing newline) in contract key order.
 * @example renderReportJson(report).startsWith('{\n  "schema": "gongkai.annual-report.v1"') // true
 */
export function renderReportJson(report: AnnualReport): string {
  return `${JSON.stringify(orderReportKeys(report), null, 2)}\n`;
}
