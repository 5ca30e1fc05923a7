/**
 * Hidden metadata in attachments (author, last editor, company, comments, tracked changes), found
 * before publication — and for Word/Excel files removed: the properties are emptied and the comment
 * parts dropped; tracked changes are reported (accepting them changes the text, which the drafter
 * must do in Word). PDFs are reported only (their info dictionary is read, not rewritten).
 * Callers pass only files already checked by inspectUpload (bounded, valid packages).
 */
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';

export type HiddenMetadata = { field: string; value: string };

const CORE_FIELDS: [string, string][] = [
  ['dc:creator', '作者'],
  ['cp:lastModifiedBy', '最后修改者'],
  ['dc:title', '文档属性-标题'],
  ['cp:keywords', '文档属性-关键词'],
  ['dc:description', '文档属性-备注'],
];
const APP_FIELDS: [string, string][] = [
  ['Company', '单位'],
  ['Manager', '经理'],
];

function elementText(xml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  return m && m[1]!.trim() !== '' ? m[1]!.trim() : null;
}

function emptyElement(xml: string, tag: string): string {
  return xml.replace(new RegExp(`(<${tag}(?:\\s[^>]*)?>)[^<]*(</${tag}>)`, 'g'), '$1$2');
}

/** What an Office package hides, and the package with its properties emptied and comments removed. */
export function cleanOfficeMetadata(bytes: Uint8Array): { found: HiddenMetadata[]; cleaned: Uint8Array } {
  const files = unzipSync(bytes);
  const found: HiddenMetadata[] = [];
  for (const [part, fields] of [
    ['docProps/core.xml', CORE_FIELDS],
    ['docProps/app.xml', APP_FIELDS],
  ] as const) {
    const data = files[part];
    if (data === undefined) {
      continue;
    }
    let xml = strFromU8(data);
    for (const [tag, label] of fields) {
      const value = elementText(xml, tag);
      if (value !== null) {
        found.push({ field: label, value });
        xml = emptyElement(xml, tag);
      }
    }
    files[part] = strToU8(xml);
  }
  for (const name of Object.keys(files).filter((n) =>
    /^(word|xl)\/(comments\d*|threadedComments\/.*)\.xml$/.test(n),
  )) {
    found.push({ field: '批注', value: `${name}（已删除）` });
    files[name] = strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
    );
  }
  const document = files['word/document.xml'];
  if (document !== undefined && /<w:(ins|del)\s/.test(strFromU8(document))) {
    found.push({
      field: '修订记录',
      value: '文档含未接受的修订（请在 Word 中接受或拒绝全部修订后重新上传）',
    });
  }
  return { found, cleaned: found.length === 0 ? bytes : zipSync(files, { level: 6 }) };
}

/** The info dictionary entries of a PDF that name people or software (reported, not removed). */
export function pdfMetadata(bytes: Uint8Array): HiddenMetadata[] {
  const head =
    Buffer.from(bytes.subarray(Math.max(0, bytes.length - 65536))).toString('latin1') +
    Buffer.from(bytes.subarray(0, 65536)).toString('latin1');
  const out: HiddenMetadata[] = [];
  for (const [key, label] of [
    ['Author', '作者'],
    ['Creator', '创建程序'],
    ['Producer', '生成程序'],
  ] as const) {
    const m = new RegExp(`/${key}\\s*\\(([^)]{1,200})\\)`).exec(head);
    if (m && m[1]!.trim() !== '') {
      out.push({ field: label, value: m[1]!.trim() });
    }
  }
  return out;
}
