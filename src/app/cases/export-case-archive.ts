/**
 * 卷宗导出: everything on file for one case as one ZIP — an index (目录.html), the history
 * (办理记录.html and .csv), every stored letter as DOCX and as a standalone HTML page (文书/),
 * every attachment byte for byte (附件/) and case.json for machines. Entry names are sanitized
 * (attachment names came from outside) and come in a fixed order. The archive holds personal data,
 * so each export writes an audit record (counts only, no case data in it).
 */
import { beijingMinute } from '../../domain/calendar/beijing-time.ts';
import { zipSync, type Zippable } from 'fflate';
import { appendAudit } from '../../db/queries/audit.ts';
import {
  findAttachment,
  listAttachments,
  listLetters,
  listReviews,
  type AttachmentMeta,
  type LetterRow,
} from '../../db/queries/case-records.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { formatChineseDate, type LocalDate } from '../../domain/calendar/local-date.ts';
import { APPLICANT_KIND_LABELS, isApplicantKind } from '../../domain/case/applicant-kinds.ts';
import { CHANNEL_RULES, isIntakeChannel } from '../../domain/case/channels.ts';
import { DECISION_LABELS, isDecision } from '../../domain/case/decisions.ts';
import { describeEvent } from '../../domain/case/describe-event.ts';
import type { CaseEvent } from '../../domain/case/events.ts';
import { CASE_STATUS_LABELS } from '../../domain/case/status.ts';
import type { Letter } from '../../domain/letters/compose-letter.ts';
import { toCsvLine } from '../../render/csv.ts';
import { escapeHtml } from '../../render/html-escape.ts';
import { LETTER_CSS, renderLetterHtml } from '../../render/letters/letter-html.ts';
import { loadCaseFor, type LoadedCase } from './load-case.ts';
import { NOT_FOUND, type Result } from '../failures.ts';
import type { CaseDeps } from './case-deps.ts';

/** Longest entry name (folder included), in characters: unzip tools and Windows paths stay happy. */
export const MAX_ENTRY_NAME_CHARS = 80;

/** The ZIP and the names to offer it under. */
export type CaseArchive = { bytes: Uint8Array; fileName: string; asciiName: string; entries: string[] };

type StoredAttachment = AttachmentMeta & { content: Uint8Array };
type ArchiveSource = LoadedCase & {
  organName: string;
  letters: LetterRow[];
  attachments: StoredAttachment[];
  reviews: Awaited<ReturnType<typeof listReviews>>;
  exportedAt: Date;
  exportedBy: string;
};
/** One file of the archive; already-compressed content (DOCX, uploads) is stored, text deflated. */
type Entry = { name: string; data: Uint8Array; isPacked: boolean; description: string };

// Control characters (C0, DEL, C1) and invisible or bidirectional formatting marks: a U+202E makes
// 「a\u202Eexe.pdf」 display as 「afdp.exe」.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/gu;
/** The above, path separators and the characters Windows refuses in names. */
const UNSAFE_CHARACTERS = new RegExp(`${INVISIBLE.source}|[/\\\\<>:"|?*]`, 'gu');
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/**
 * A file name safe to put inside the archive: one path segment, no `..`, no control or bidi
 * characters, no leading dot, at most `maxChars` characters (the extension kept when cut).
 * @example sanitizeEntryName('../../etc/passwd') // 'etc_passwd'
 * @example sanitizeEntryName('a\u202Eexe.pdf') // 'a_exe.pdf'
 */
export function sanitizeEntryName(name: string, maxChars = MAX_ENTRY_NAME_CHARS): string {
  const cleaned = name
    .normalize('NFC')
    .replace(UNSAFE_CHARACTERS, '_')
    .replace(/\.{2,}/g, '.')
    .replace(/_{2,}/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s._]+|[\s.]+$/g, '');
  const safe = cleaned === '' ? 'file' : WINDOWS_DEVICE.test(cleaned) ? `_${cleaned}` : cleaned;
  const chars = Array.from(safe);
  if (chars.length <= maxChars) {
    return safe;
  }
  const dot = safe.lastIndexOf('.');
  const extension = dot > 0 && Array.from(safe.slice(dot)).length <= 10 ? Array.from(safe.slice(dot)) : [];
  const stem = chars
    .slice(0, Math.max(1, maxChars - extension.length))
    .join('')
    .replace(/[\s.]+$/, '');
  return Array.from(`${stem}${extension.join('')}`)
    .slice(0, maxChars)
    .join('');
}

/** An original name to show in the index: invisible characters written out, e.g. 「a[U+202E]exe.pdf」. */
const visibleName = (name: string) =>
  name.replace(INVISIBLE, (ch) => `[U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);

const numbered = (index: number, count: number) =>
  String(index + 1).padStart(Math.max(2, String(count).length), '0');
/** `文书/01-<name>`, the whole entry name within MAX_ENTRY_NAME_CHARS. */
function entryName(folder: string, index: number, count: number, name: string, extension = ''): string {
  const prefix = `${folder}/${numbered(index, count)}-`;
  return `${prefix}${sanitizeEntryName(`${name}${extension}`, MAX_ENTRY_NAME_CHARS - Array.from(prefix).length)}`;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const dateText = (date: LocalDate | null) => (date ? formatChineseDate(date, false) : '');

const PAGE_CSS = `body { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; font: 16px/1.7 "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #111; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #555; padding: .3rem .5rem; text-align: left; vertical-align: top; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1.5rem; } dt { font-weight: 700; } dd { margin: 0; }
li, td { overflow-wrap: anywhere; } .history th, .history td:nth-child(-n+2), .history td:nth-child(5) { white-space: nowrap; } .note { color: #555; font-size: .9rem; }`;

/** A standalone page: UTF-8, its CSS inline, nothing loaded from anywhere. */
function htmlDocument(title: string, body: string, css: string, bodyClass = ''): string {
  return (
    `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<title>${escapeHtml(title)}</title><style>${css}</style></head><body${bodyClass ? ` class="${bodyClass}"` : ''}>${body}</body></html>\n`
  );
}

type HistoryRow = [seq: string, on: string, description: string, recordedBy: string, recordedAt: string];
const HISTORY_HEADERS = ['序号', '日期', '事项', '记录人', '记录时间'] as const;
const historyRows = (events: readonly CaseEvent[]): HistoryRow[] =>
  events.map((e) => [
    String(e.seq),
    e.data.on,
    describeEvent(e.data),
    e.actorName,
    beijingMinute(new Date(e.at)),
  ]);

/** 办理记录.csv: UTF-8 with BOM (Excel reads the Chinese), CRLF, formula-looking cells neutralized. */
function historyCsv(events: readonly CaseEvent[]): string {
  return `\uFEFF${[[...HISTORY_HEADERS], ...historyRows(events)].map((r) => `${toCsvLine(r)}\r\n`).join('')}`;
}

function historyHtml(source: ArchiveSource): string {
  const rows = historyRows(source.events).map(
    ([seq, on, text, by, at]) =>
      `<tr><td>${seq}</td><td>${escapeHtml(dateText(on as LocalDate))}</td><td>${escapeHtml(text)}</td><td>${escapeHtml(by)}</td><td>${escapeHtml(at)}</td></tr>`,
  );
  const title = `${source.row.caseNumber} 办理记录`;
  return htmlDocument(
    title,
    `<h1>${escapeHtml(title)}</h1><p class="note">日期为事项依法发生之日；记录时间为北京时间。</p>` +
      `<table class="history"><thead><tr>${HISTORY_HEADERS.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`,
    PAGE_CSS,
  );
}

function letterHtml(letter: Letter): string {
  return htmlDocument(letter.title, `<main>${renderLetterHtml(letter)}</main>`, LETTER_CSS, 'letter-page');
}

/** The 目录 facts: who applied, to whom, when, and with what result. */
function indexFacts(source: ArchiveSource): [string, string][] {
  const { row, file } = source;
  const a = row.applicant as Record<string, string | undefined>;
  const decision = file.decision && isDecision(file.decision) ? DECISION_LABELS[file.decision].row : '';
  return [
    ['案件编号', row.caseNumber],
    ['受理机关', source.organName],
    ['申请人', a.name ?? ''],
    [
      '申请人类型',
      isApplicantKind(row.applicantKind) ? APPLICANT_KIND_LABELS[row.applicantKind] : row.applicantKind,
    ],
    ['证件号码', a.idNumber ?? a.creditCode ?? ''],
    ['联系方式', [a.phone, a.email, a.address].filter((v) => v).join('；')],
    ['申请渠道', isIntakeChannel(row.channel) ? CHANNEL_RULES[row.channel].label : row.channel],
    ['收到申请日期', dateText(row.receivedOn)],
    ['答复期限', dateText(row.dueOn)],
    ['办结日期', dateText(row.closedOn)],
    ['状态', CASE_STATUS_LABELS[file.status]],
    ['办理结果', decision],
  ];
}

function indexHtml(source: ArchiveSource, entries: readonly Entry[]): string {
  const facts = indexFacts(source)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `<dt>${k}</dt><dd>${escapeHtml(v)}</dd>`)
    .join('');
  const items = source.row.items.map((i) => `<li>${escapeHtml(i.description)}</li>`).join('');
  const href = (name: string) => name.split('/').map(encodeURIComponent).join('/');
  const files = entries
    .map((e) => `<li><a href="${href(e.name)}">${escapeHtml(e.name)}</a>：${escapeHtml(e.description)}</li>`)
    .join('');
  const title = `${source.row.caseNumber} 政府信息公开申请卷宗`;
  return htmlDocument(
    title,
    `<h1>${escapeHtml(title)}</h1><dl>${facts}</dl><h2>申请公开的信息</h2><ol>${items}</ol>` +
      `<h2>卷内文件</h2><ul><li><a href="${href('目录.html')}">目录.html</a>：本目录</li>${files}</ul>` +
      `<p class="note">${escapeHtml(source.exportedBy)} 于 ${beijingMinute(source.exportedAt)}（北京时间）导出。</p>`,
    PAGE_CSS,
  );
}

/** case.json: the facts as stored, for other systems (the query-code hash is never read). */
function caseJson(source: ArchiveSource, letterFiles: string[][], attachmentFiles: string[]): string {
  return `${JSON.stringify(
    {
      format: 'gongkai.caseArchive',
      version: 1,
      exportedAt: source.exportedAt.toISOString(),
      exportedBy: source.exportedBy,
      organ: { id: source.row.organId, name: source.organName },
      case: source.row,
      events: source.events,
      letters: source.letters.map((l, i) => ({ ...l, files: letterFiles[i] ?? [] })),
      attachments: source.attachments.map((a, i) => ({
        id: a.id,
        fileName: a.fileName,
        mediaType: a.mediaType,
        size: a.size,
        sha256: a.sha256,
        createdAt: a.createdAt,
        file: attachmentFiles[i] ?? null,
      })),
      reviews: source.reviews,
    },
    null,
    2,
  )}\n`;
}

async function letterEntries(letters: readonly LetterRow[]): Promise<Entry[]> {
  const { renderLetterDocx } = await import('../../render/letters/letter-docx.ts'); // decision 013
  const entries: Entry[] = [];
  for (const [index, row] of letters.entries()) {
    const letter = row.letter as Letter;
    const described = `${letter.title}（${letter.number}，${dateText(row.issuedOn)}）`;
    entries.push(
      {
        name: entryName('文书', index, letters.length, letter.title, '.docx'),
        data: await renderLetterDocx(letter),
        isPacked: true,
        description: `${described}，Word 文档`,
      },
      {
        name: entryName('文书', index, letters.length, letter.title, '.html'),
        data: utf8(letterHtml(letter)),
        isPacked: false,
        description: `${described}，网页（可打印）`,
      },
    );
  }
  return entries;
}

/**
 * The archive's files in their fixed order: 目录, 办理记录 (HTML, CSV), 文书 (by letter id),
 * 附件 (by attachment id), case.json.
 */
async function buildArchiveEntries(source: ArchiveSource): Promise<Entry[]> {
  const letters = await letterEntries(source.letters);
  const attachments = source.attachments.map((a, index): Entry => ({
    name: entryName('附件', index, source.attachments.length, a.fileName),
    data: a.content,
    isPacked: true,
    description: `原文件名「${visibleName(a.fileName)}」，${a.mediaType}，${a.size} 字节，SHA-256 ${a.sha256}`,
  }));
  const files: Entry[] = [
    {
      name: '办理记录.html',
      data: utf8(historyHtml(source)),
      isPacked: false,
      description: '全部办理记录（网页）',
    },
    {
      name: '办理记录.csv',
      data: utf8(historyCsv(source.events)),
      isPacked: false,
      description: '全部办理记录（表格，UTF-8）',
    },
    ...letters,
    ...attachments,
  ];
  const letterFiles = source.letters.map((_, i) => [letters[2 * i]!.name, letters[2 * i + 1]!.name]);
  const json = caseJson(
    source,
    letterFiles,
    attachments.map((a) => a.name),
  );
  files.push({
    name: 'case.json',
    data: utf8(json),
    isPacked: false,
    description: '案件数据（机器可读，JSON）',
  });
  return [
    { name: '目录.html', data: utf8(indexHtml(source, files)), isPacked: false, description: '本目录' },
    ...files,
  ];
}

/** Entries are marked as made on Unix (3) with mode rw-r--r--: Info-ZIP's unzip reads the UTF-8 name of a
 * DOS-made (0, fflate's default) entry through the OEM code page despite the UTF-8 flag and garbles it. */
const UNIX_FILE = { os: 3, attrs: 0o100644 * 0x10000 } as const;

/** Zips the entries in order; the time stamps are the export time (local time, as ZIP keeps it). */
function zipEntries(entries: readonly Entry[], at: Date): Uint8Array {
  const files: Zippable = {};
  for (const e of entries) {
    files[e.name] = [e.data, { level: e.isPacked ? 0 : 6, mtime: at, ...UNIX_FILE }];
  }
  return zipSync(files);
}

async function readAttachments(
  source: LoadedCase,
  metas: readonly AttachmentMeta[],
  deps: CaseDeps,
): Promise<StoredAttachment[]> {
  const stored: StoredAttachment[] = [];
  for (const meta of metas) {
    const found = await findAttachment(deps.db, source.row.id, meta.id);
    if (found) {
      stored.push(found);
    }
  }
  return stored;
}

/**
 * The case file of one case as a ZIP, audited as `case.archiveExport`.
 * @returns the archive, or not_found when there is no such case or the person may not see it
 */
export async function exportCaseArchive(
  deps: CaseDeps,
  actor: Actor,
  caseId: number,
): Promise<Result<{ archive: CaseArchive }, 'not_found'>> {
  const loaded = await loadCaseFor(deps.db, actor, caseId);
  if (!loaded) {
    return NOT_FOUND;
  }
  const [letters, metas, reviews] = await Promise.all([
    listLetters(deps.db, caseId),
    listAttachments(deps.db, caseId),
    listReviews(deps.db, caseId),
  ]);
  const exportedAt = deps.clock.now();
  const source: ArchiveSource = {
    ...loaded,
    organName: loaded.registry.byId.get(loaded.row.organId)?.name ?? '',
    letters,
    reviews,
    attachments: await readAttachments(loaded, metas, deps),
    exportedAt,
    exportedBy: actor.displayName,
  };
  const entries = await buildArchiveEntries(source);
  const bytes = zipEntries(entries, exportedAt);
  await deps.db.transaction((tx) =>
    appendAudit(tx, {
      at: exportedAt,
      actorId: actor.accountId,
      actorName: actor.displayName,
      organId: loaded.row.organId,
      action: 'case.archiveExport',
      entity: 'case',
      entityId: String(caseId),
      before: null,
      after: {
        events: source.events.length,
        letters: letters.length,
        attachments: source.attachments.length,
        reviews: reviews.length,
        bytes: bytes.byteLength,
      },
    }),
  );
  const archive = {
    bytes,
    fileName: `卷宗-${loaded.row.caseNumber}`,
    asciiName: `case-${caseId}-archive`,
    entries: entries.map((e) => e.name),
  };
  return { ok: true, archive };
}
