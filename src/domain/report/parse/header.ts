/**
 * Reads the organ and the year reported on from a report's title, preface and statistics period.
 * The year is the year reported on, not the publication year (a 2024 report is published in 2025).
 */

export type ReportHeader = { organ: string | null; year: number | null; titleEnd: number | null };

const YEAR = '((?:19|20)\\d{2})';
const REPORT = '(?:政府信息公开|政务公开|信息公开)\\s*工\\s*作\\s*';
const ANNUAL = '(?:年\\s*度\\s*)?报\\s*告';

/** 「X2024年政府信息公开工作年度报告」 */
const TITLE_ORGAN_YEAR = new RegExp(`([^\\n。；;]{2,80}?)\\s*${YEAR}\\s*年\\s*度?\\s*${REPORT}${ANNUAL}`);
/** 「X政府信息公开工作2021年度报告」 */
const TITLE_ORGAN_REPORT_YEAR = new RegExp(`([^\\n。；;]{2,80}?)${REPORT}${YEAR}\\s*${ANNUAL}`);
/** 「2017年X政府信息公开工作年度报告」 */
const TITLE_YEAR_ORGAN = new RegExp(`${YEAR}\\s*年\\s*度?\\s*([^\\n。；;，,]{2,40}?)${REPORT}${ANNUAL}`);

/** Latin-letter tokens (with a gambling-style suffix) that do not belong in an organ name. */
const INJECTED_TOKEN =
  /[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*(?:体育|娱乐|真人|棋牌|彩票|电竞|官网|平台|国际|集团)?/g;
const ADMIN_UNIT_END = /(?:镇|乡|县|区|市|旗|街道|盟|州|省)$/;

/** Keeps the trailing run of name characters and drops injected Latin tokens. */
function cleanOrgan(raw: string): string | null {
  const withoutInjected = raw.replace(INJECTED_TOKEN, '');
  const tail = /[\u4e00-\u9fff（）()·]+$/.exec(withoutInjected.replace(/\s+/g, ''));
  const name = tail ? tail[0].replace(/^.*(?:包括|关于|公布|发布|印发|现将|根据|联系|请与)/, '') : '';
  return name.length >= 2 ? name : null;
}

/** A title like 「东坑镇政府信息公开工作」 shares 政府 between organ and title: 「东坑镇」 → 「东坑镇政府」. */
function withSharedGovernment(organ: string, afterOrgan: string): string {
  return ADMIN_UNIT_END.test(organ) && afterOrgan.startsWith('政府') ? `${organ}政府` : organ;
}

/**
 * The part of the text where a title can be: the first 3000 characters, cut just after the first
 * 「报告」 that follows 「信息公开」 (the patterns all end there), so the regexes scan little text.
 */
function titleWindow(text: string): string {
  const head = text.slice(0, 3000);
  const report = /信\s*息\s*公\s*开[^\n]{0,40}?报\s*告/.exec(head);
  return report ? head.slice(0, report.index + report[0].length) : head;
}

function fromTitle(text: string): ReportHeader | null {
  const head = titleWindow(text);
  const candidates: Array<{ index: number; organRaw: string; year: string; after: string; end: number }> = [];
  const a = TITLE_ORGAN_YEAR.exec(head);
  if (a) {
    candidates.push({ index: a.index, organRaw: a[1]!, year: a[2]!, after: '', end: a.index + a[0].length });
  }
  const b = TITLE_ORGAN_REPORT_YEAR.exec(head);
  if (b) {
    const after = head.slice(b.index + b[1]!.length);
    candidates.push({ index: b.index, organRaw: b[1]!, year: b[2]!, after, end: b.index + b[0].length });
  }
  const c = TITLE_YEAR_ORGAN.exec(head);
  if (c) {
    const after = head.slice(c.index + c[0].indexOf(c[2]!) + c[2]!.length);
    candidates.push({ index: c.index, organRaw: c[2]!, year: c[1]!, after, end: c.index + c[0].length });
  }
  const best = candidates.sort((x, y) => x.index - y.index)[0];
  if (!best) {
    return null;
  }
  const organ = cleanOrgan(best.organRaw);
  return {
    organ: organ ? withSharedGovernment(organ, best.after) : null,
    year: Number(best.year),
    titleEnd: best.end,
  };
}

const ORGAN_SUFFIX =
  '(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|办事处|委员会|管理委员会|局|厅|委|署|办公室|中心)';
const ORGAN_BEFORE_YEAR = new RegExp(`([\\u4e00-\\u9fffA-Za-z]{2,40}?${ORGAN_SUFFIX})\\s*${YEAR}\\s*年`);
const ORGAN_CONTACT = new RegExp(`请与([\\u4e00-\\u9fffA-Za-z]{2,40}?${ORGAN_SUFFIX})(?:办公室)?联系`);

const PERIOD_YEAR = new RegExp(`${YEAR}\\s*年\\s*1\\s*月\\s*1\\s*日\\s*(?:起)?\\s*[,，]?\\s*(?:至|到|—|-|~)`);
const FIRST_YEAR = new RegExp(`${YEAR}\\s*年`);

/**
 * Reads organ and year from the start of the report body.
 * @example readHeader('盐池县惠安堡镇人民政府 2020 年 政府信息公开工作年度报告') // { organ: '盐池县惠安堡镇人民政府', year: 2020, … }
 */
export function readHeader(text: string): ReportHeader {
  const title = fromTitle(text);
  const head = text.slice(0, 4000);
  let organ = title?.organ ?? null;
  if (!organ) {
    const m = ORGAN_BEFORE_YEAR.exec(head) ?? ORGAN_CONTACT.exec(head);
    organ = m ? cleanOrgan(m[1]!) : null;
  }
  let year = title?.year ?? null;
  if (year === null) {
    const period = PERIOD_YEAR.exec(text);
    const first = period ?? FIRST_YEAR.exec(head);
    year = first ? Number(first[1]) : null;
  }
  return { organ, year, titleEnd: title?.titleEnd ?? null };
}
