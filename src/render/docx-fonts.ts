/**
 * The font table (word/fontTable.xml) of the DOCX: describes the 公文 fonts the document names so
 * that an application without them substitutes a close font instead of a default one.
 *
 * - `w:altName` names the usual installed alternative (Windows 10+ ships 「仿宋」 but not
 *   「仿宋_GB2312」; 方正小标宋 is commercial and falls back to 宋体);
 * - `w:charset 86` (GB2312), `w:family` and `w:panose1` let Word/WPS match by class
 *   (serif 宋/仿宋 vs sans 黑体); LibreOffice ends in fontconfig (Noto CJK).
 */

type FontEntry = {
  readonly name: string;
  readonly altName?: string;
  readonly panose: string;
  readonly charset: string;
  readonly family: 'roman' | 'swiss' | 'modern' | 'script' | 'decorative' | 'auto';
  readonly pitch: 'fixed' | 'variable' | 'default';
};

/** The fonts the renderer uses, with their substitution hints. */
export const FONT_ENTRIES: readonly FontEntry[] = [
  {
    name: 'Times New Roman',
    panose: '02020603050405020304',
    charset: '00',
    family: 'roman',
    pitch: 'variable',
  },
  {
    name: '仿宋_GB2312',
    altName: '仿宋',
    panose: '02010609030101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  },
  {
    name: '仿宋',
    altName: 'FangSong',
    panose: '02010609060101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  },
  {
    name: '方正小标宋简体',
    altName: '宋体',
    panose: '02000000000000000000',
    charset: '86',
    family: 'script',
    pitch: 'variable',
  },
  {
    name: '黑体',
    altName: 'SimHei',
    panose: '02010609060101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  },
  {
    name: '宋体',
    altName: 'SimSun',
    panose: '02010600030101010101',
    charset: '86',
    family: 'auto',
    pitch: 'variable',
  },
];

function xmlAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function fontXml(font: FontEntry): string {
  const alt = font.altName === undefined ? '' : `<w:altName w:val="${xmlAttribute(font.altName)}"/>`;
  return (
    `<w:font w:name="${xmlAttribute(font.name)}">${alt}<w:panose1 w:val="${font.panose}"/>` +
    `<w:charset w:val="${font.charset}"/><w:family w:val="${font.family}"/><w:pitch w:val="${font.pitch}"/></w:font>`
  );
}

/** The XML of word/fontTable.xml. */
export const FONT_TABLE_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  FONT_ENTRIES.map(fontXml).join('') +
  '</w:fonts>';
