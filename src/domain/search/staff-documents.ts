/**
 * Staff search documents (decision 036): the tsvector literals of a case (案件编号, 申请内容, the
 * applicant's name) and of an item in any status (名称, 文号, 索引号, 内容概述, 主题词, then the body in
 * chunks), built with the same units and bigrams as the public index (decision 030), so a staff
 * search finds exactly the substrings a public search would. Pure: no I/O, no clock.
 */
import { chunkText } from './chunks.ts';
import { buildTsvector, quoteLexeme, type Field } from './lexemes.ts';
import { searchUnits } from './normalize.ts';

/** Record fields are short by validation; this keeps a hostile one inside a tsvector anyway. */
const FIELD_UNITS = 2000;

const field = (text: string, weight: Field['weight']): Field => ({
  units: searchUnits(text).slice(0, FIELD_UNITS),
  weight,
});

/** What a case is found by. */
export type CaseSearchSource = {
  organId: number;
  caseNumber: string;
  summary: string;
  applicantName: string;
};

/**
 * The organ's scope lexeme. It starts with a space, which no query unit can be (whitespace is
 * dropped by the fold), so no reader's phrase or one-unit prefix ever matches it; ANDed with the
 * phrase it lets the GIN index keep only the organ's cases before any row is read.
 */
const organLexeme = (organId: number): string => quoteLexeme(` organ:${organId}`);

/** Above this many organs the query names none (the queue's own organ filter does the work). */
export const MAX_SCOPED_ORGANS = 50;

/**
 * The tsvector literal of a case: 案件编号 and the applicant's name (weight A), 申请内容 (B), one
 * empty position apart so no phrase runs from one into the next, and the organ's scope lexeme.
 * @example caseSearchTsvector({ organId: 3, caseNumber: '依申〔2025〕1号', summary: '公租房', applicantName: '张三' })
 */
export function caseSearchTsvector(source: CaseSearchSource): string {
  const text = buildTsvector([
    field(source.caseNumber, 'A'),
    field(source.applicantName, 'A'),
    field(source.summary, 'B'),
  ]);
  return `${text} ${organLexeme(source.organId)}`;
}

/**
 * A case query limited to the organs' scope lexemes (all organs when there are more than
 * MAX_SCOPED_ORGANS).
 * @example scopedCaseQuery("'公租' <-> '租房'", [22]) === "' organ:22' & ( '公租' <-> '租房' )"
 */
export function scopedCaseQuery(tsquery: string, organIds: readonly number[]): string {
  if (organIds.length === 0 || organIds.length > MAX_SCOPED_ORGANS) {
    return tsquery;
  }
  const scope = organIds.map(organLexeme).join(' | ');
  return `${organIds.length === 1 ? scope : `( ${scope} )`} & ( ${tsquery} )`;
}

/** What an item is found by on the staff side (attachments are not searched there). */
export type ItemSearchSource = {
  title: string;
  docNumber: string;
  indexNumber: string;
  summary: string;
  keywords: string;
  bodyText: string;
};

/**
 * The tsvector literals of an item: the record (chunk 0), then the body in overlapping chunks, so
 * every query phrase lies inside one literal and no literal passes PostgreSQL's position limits.
 */
export function itemSearchTsvectors(source: ItemSearchSource): string[] {
  const record = buildTsvector([
    field(source.title, 'A'),
    field(source.docNumber, 'A'),
    field(source.indexNumber, 'A'),
    field(source.summary, 'B'),
    field(source.keywords, 'B'),
  ]);
  const body = chunkText(source.bodyText).map((chunk) =>
    buildTsvector([{ units: chunk.units, weight: 'C' }]),
  );
  return [record, ...body];
}
