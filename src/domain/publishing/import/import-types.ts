/**
 * The values of an item import: what the ZIP's files turned out to be (facts gathered by the
 * shell), what a plan is made against, and what each valid row becomes.
 */
import type { LocalDate } from '../../calendar/local-date.ts';
import type { ItemDraft } from '../item-draft.ts';

/** A problem or remark on a row: its line in the file, the column's header, the reason in Chinese. */
export type ImportIssue = { line: number; column: string | null; message: string };

/**
 * One file of the ZIP as the shell read it: a body (sanitized HTML and its text), an attachment
 * (its type by content, size, extracted text), or why it cannot be used (`problem`, Chinese).
 */
export type ImportFileFact = {
  role: 'body' | 'attachment';
  problem: string | null;
  text: string;
  size: number;
};

/** What rows are read against. */
export type ImportContext = {
  today: LocalDate;
  /** The importing organ's name and short name (发布机构 must include one). */
  organNames: readonly string[];
  /** The organ's columns (栏目), by slug and name. */
  columns: readonly { id: number; slug: string; name: string }[];
  /** The ZIP's files by name. */
  files: ReadonlyMap<string, ImportFileFact>;
  /** 索引号 of this file that some item already has. */
  takenIndexNumbers: ReadonlySet<string>;
};

/** A valid row: the item it becomes. */
export type ImportedItem = {
  line: number;
  indexNumber: string;
  publishedOn: LocalDate;
  validityOn: LocalDate | null;
  draft: ItemDraft;
  /** Empty: the kind's default column. */
  columnIds: number[];
  /** Names in the ZIP. */
  body: string | null;
  attachments: string[];
};
