/**
 * Links and e-mail addresses in report text. A government report links to government websites
 * (*.gov.cn, the .政务 domain); any other host may be an injected spam link, worth a warning.
 */

/** A link or e-mail address found in a text. */
export type LinkSpan = {
  readonly kind: 'url' | 'domain' | 'email';
  readonly text: string;
  /** Lower-case host (the domain part for e-mail). */
  readonly host: string;
  readonly start: number;
  readonly end: number;
};

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const URL_WITH_SCHEME =
  /(?:https?|ftp):\/\/([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?:\.政务|\.公益)?)(?::\d+)?(?:\/[A-Za-z0-9\-._~%!$&'*+,;=:@/?#]*)?/gi;
const URL_WWW =
  /(?<![A-Za-z0-9./@-])(www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?::\d+)?(?:\/[A-Za-z0-9\-._~%!$&'*+,;=:@/?#]*)?/gi;
const BARE_DOMAIN =
  /(?<![A-Za-z0-9./@:-])((?:[A-Za-z0-9-]+\.)+(?:com|net|org|cn|cc|top|vip|xyz|info|io|tv|app|bet|club|site|online|shop|gov))(?![A-Za-z0-9.-])/gi;

/** Necessary for a URL_WWW match. */
const HAS_WWW = /www\./i;
/** Necessary for a BARE_DOMAIN match: a dot and one of its top-level domains. */
const HAS_TOP_LEVEL_DOMAIN =
  /\.(?:com|net|org|cn|cc|top|vip|xyz|info|io|tv|app|bet|club|site|online|shop|gov)/i;

const overlaps = (spans: readonly LinkSpan[], start: number, end: number): boolean =>
  spans.some((s) => start < s.end && s.start < end);

/**
 * Every link and e-mail address in a text, in order of position.
 * @example findLinks('请访问(https://www.zhalantun.gov.cn)下载')
 * // [{ kind: 'url', text: 'https://www.zhalantun.gov.cn', host: 'www.zhalantun.gov.cn', … }]
 */
export function findLinks(text: string): LinkSpan[] {
  const spans: LinkSpan[] = [];
  const add = (kind: LinkSpan['kind'], regex: RegExp, hostOf: (m: RegExpMatchArray) => string): void => {
    for (const match of text.matchAll(regex)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (!overlaps(spans, start, end)) {
        spans.push({ kind, text: match[0], host: hostOf(match).toLowerCase(), start, end });
      }
    }
  };
  // Each pattern runs only when the text holds what every match of it must contain: most reports
  // have no e-mail address or scheme, and scanning all of them for each pattern cost a fifth of a check.
  if (text.includes('@')) {
    add('email', EMAIL, (m) => m[0].slice(m[0].indexOf('@') + 1));
  }
  if (text.includes('://')) {
    add('url', URL_WITH_SCHEME, (m) => m[1] ?? '');
  }
  if (HAS_WWW.test(text)) {
    add('url', URL_WWW, (m) => m[1] ?? '');
  }
  if (HAS_TOP_LEVEL_DOMAIN.test(text)) {
    add('domain', BARE_DOMAIN, (m) => m[1] ?? '');
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Whether a host belongs to a government website.
 * @example isGovernmentHost('xxgk.dg.gov.cn') // true
 * @example isGovernmentHost('www.example.com') // false
 */
export function isGovernmentHost(host: string): boolean {
  return /(?:^|\.)gov\.(?:cn|hk|mo)$|(?:^|\.)gov$|\.政务$/.test(host.toLowerCase());
}
