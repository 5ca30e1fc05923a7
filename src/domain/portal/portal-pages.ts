/**
 * The two pages an organ writes itself in its 政府信息公开 column (portal-conventions §2.2): the
 * 政府信息公开指南 (条例第十二条) and the 政府信息公开制度. Until an organ writes its own, the portal
 * shows a default built from the organ's data. Pure: what the pages are called and what a written
 * 指南 must contain (§2.4), so an editor sees which required parts are missing (warnings, not errors:
 * an organ may word them its own way).
 */

export const PORTAL_PAGES = ['guide', 'rules'] as const;
export type PortalPageKind = (typeof PORTAL_PAGES)[number];

export const PORTAL_PAGE_LABELS = {
  guide: '政府信息公开指南',
  rules: '政府信息公开制度',
} as const satisfies Record<PortalPageKind, string>;

/** Largest page kept (characters of sanitized HTML); a 指南 is a few thousand characters. */
export const MAX_PORTAL_PAGE_HTML = 500_000;

/**
 * The parts a 指南 must contain: 条例第十二条 (分类、编排体系、获取方式，工作机构的名称、办公地址、
 * 办公时间、联系电话、传真号码、互联网联系方式) and the 依申请公开 and 救济 parts every post-2019 指南 has
 * (portal-conventions §2.4). Each part is recognised by any of its words.
 */
export const GUIDE_REQUIRED_PARTS = [
  { key: 'classification', label: '信息的分类和编排体系', words: ['分类', '编排'] },
  {
    key: 'access',
    label: '获取方式（查阅、检索、下载或查阅场所）',
    words: ['获取方式', '查阅', '检索', '下载'],
  },
  { key: 'office', label: '受理机构（工作机构）名称', words: ['工作机构', '受理机构', '承办机构'] },
  { key: 'address', label: '办公地址', words: ['地址'] },
  { key: 'hours', label: '办公时间', words: ['办公时间', '工作时间'] },
  { key: 'phone', label: '联系电话', words: ['电话'] },
  { key: 'fax', label: '传真号码', words: ['传真'] },
  {
    key: 'online',
    label: '互联网联系方式（网址或电子邮箱）',
    words: ['电子邮箱', '邮箱', '网址', '互联网', '网站'],
  },
  {
    key: 'channels',
    label: '申请方式（当面、邮寄、网上等）',
    words: ['申请方式', '申请渠道', '当面', '邮寄', '网上申请', '在线申请'],
  },
  { key: 'procedure', label: '处理流程和答复期限', words: ['答复', '处理流程', '办理流程', '工作日内'] },
  { key: 'fees', label: '收费（信息处理费）', words: ['信息处理费', '收费', '收取费用', '不收取'] },
  {
    key: 'remedies',
    label: '监督和救济（投诉举报、行政复议、行政诉讼）',
    words: ['行政复议', '行政诉讼', '投诉', '举报'],
  },
] as const;

export type GuidePartKey = (typeof GUIDE_REQUIRED_PARTS)[number]['key'];

/**
 * The required parts a written 指南 does not mention (in the order above).
 * @param text the page's text (not HTML)
 * @example missingGuideParts('一、主动公开……').map((p) => p.key) // ['office', 'address', …]
 */
export function missingGuideParts(text: string): { key: GuidePartKey; label: string }[] {
  const compact = text.replace(/\s+/g, '');
  return GUIDE_REQUIRED_PARTS.filter((part) => !part.words.some((w) => compact.includes(w))).map((part) => ({
    key: part.key,
    label: part.label,
  }));
}

/**
 * Is `text` one of the page kinds?
 * @example isPortalPageKind('guide') // true
 */
export function isPortalPageKind(text: string | undefined): text is PortalPageKind {
  return (PORTAL_PAGES as readonly string[]).includes(text ?? '');
}
