/**
 * A published item → the rows of the search index: one record row (名称, 文号, 索引号, 内容概述,
 * 主题词, in that order: ranking reads the title as the first field) and the body and each attachment
 * in chunks, so a hit can say which part of which attachment it is in. Each row keeps its units once
 * as `folded` (grams.ts, decision 041).
 */
import { chunkText } from './chunks.ts';
import { foldedText } from './grams.ts';
import { searchUnits } from './normalize.ts';

export type SearchSource = {
  title: string;
  docNumber: string;
  indexNumber: string;
  summary: string;
  keywords: string;
  bodyText: string;
  files: readonly { id: number; name: string; text: string }[];
};

export type SearchPart = 'record' | 'body' | 'file';

export type SearchDocument = {
  /** 0 for the record, then body and attachment chunks in order */
  chunk: number;
  part: SearchPart;
  fileId: number | null;
  fileName: string;
  /** 1-based chunk number within the body or the attachment */
  partChunk: number;
  /** what the snippet is cut from */
  text: string;
  /** the units of the row's fields, joined (fields by a newline): what the index matches */
  folded: string;
};

/** Record fields are short by validation; this keeps a hostile one short anyway. */
const RECORD_FIELD_UNITS = 2000;

/** The rows of one item (the record first). */
export function searchDocuments(source: SearchSource): SearchDocument[] {
  const field = (text: string): string[] => searchUnits(text).slice(0, RECORD_FIELD_UNITS);
  const docs: SearchDocument[] = [
    {
      chunk: 0,
      part: 'record',
      fileId: null,
      fileName: '',
      partChunk: 1,
      text: [source.title, source.summary].filter((t) => t !== '').join('\n'),
      folded: foldedText([
        field(source.title),
        field(source.docNumber),
        field(source.indexNumber),
        field(source.summary),
        field(source.keywords),
      ]),
    },
  ];
  const add = (text: string, part: SearchPart, fileId: number | null, fileName: string) => {
    chunkText(text).forEach((chunk, i) => {
      docs.push({
        chunk: docs.length,
        part,
        fileId,
        fileName,
        partChunk: i + 1,
        text: chunk.text,
        folded: chunk.units.join(''),
      });
    });
  };
  add(source.bodyText, 'body', null, '');
  for (const file of source.files) {
    add(file.text, 'file', file.id, file.name);
  }
  return docs;
}
