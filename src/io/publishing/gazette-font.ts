/**
 * The 政府公报 PDF's font setting and its checks, and the PDF job's shapes — kept apart from the
 * renderer (gazette-pdf.ts) so that the configuration and the main thread do not load pdfkit and
 * its font engine (≈ 60 ms of every CLI start, `gongkai --help` included).
 */
import fs from 'node:fs';
import path from 'node:path';

/** The default font: Noto Serif CJK from Debian/Ubuntu's fonts-noto-cjk. */
export const DEFAULT_GAZETTE_FONT = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';

/** A font file that cannot be used; its message (Chinese) is shown to the person publishing. */
export class GazetteFontError extends Error {
  override name = 'GazetteFontError';
}

export type GazettePdfInput = {
  organName: string;
  title: string;
  /** 「2026年第3期（总第45期）」 */
  label: string;
  /** 出版日期 in words, 「2026年12月7日」 */
  date: string;
  entries: readonly { kindLabel: string; title: string; docNumber: string; bodyText: string }[];
};

export type GazettePdf = { bytes: Uint8Array; pages: number };

/** The font to use: GAZETTE_FONT (path) and, for a collection (.ttc), the face's PostScript name. */
export type GazetteFont = { path: string; face: string | null };

/**
 * The face of a font collection when not given: Noto's 简体 face of the same file.
 * @example defaultFace('/x/NotoSansCJK-Bold.ttc') // 'NotoSansCJKsc-Bold'
 */
export function defaultFace(fontPath: string): string | null {
  const match = /Noto(Sans|Serif)CJK-(\w+)\.ttc$/.exec(path.basename(fontPath));
  return match ? `Noto${match[1]}CJKsc-${match[2]}` : null;
}

/** Why the font cannot be used (Chinese), or null. */
export function gazetteFontProblem(font: GazetteFont): string | null {
  if (!fs.existsSync(font.path) || !fs.statSync(font.path).isFile()) {
    return `公报字体文件不存在：${font.path}。请安装 fonts-noto-cjk，或用 GAZETTE_FONT 指定一个中文 OTF/TTF/TTC 字体文件。`;
  }
  if (/\.ttc$/i.test(font.path) && (font.face ?? defaultFace(font.path)) === null) {
    return `公报字体 ${font.path} 是字体集（.ttc），请用 GAZETTE_FONT_FACE 指定其中的字体名称（PostScript 名）。`;
  }
  return null;
}
