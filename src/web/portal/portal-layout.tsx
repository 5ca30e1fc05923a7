/**
 * The furniture of every public page (portal-conventions §1.4): skip link; header with the
 * platform mark, the site name, the 关怀版 switch and the top navigation; breadcrumbs; the footer
 * with 主办/承办单位, contact, 网站标识码, 备案号 (placeholders marked 示例) and the
 * 党政机关网站标识 at the bottom centre. Server-rendered; works without JavaScript.
 */
import type { Child } from 'hono/jsx';
import { platformName } from '../../app/portal/site.ts';
import { Document, type PageMeta } from '../layout/document.tsx';
import type { PortalOrgan } from '../../db/queries/portal.ts';
import { organBase, type Frame } from './frame.ts';

/** A breadcrumb; the last one (the current page) has no link. */
export type Crumb = { label: string; href?: string };

/** Which top navigation entry the page belongs to. */
export type NavKey = 'home' | 'gk' | 'apply' | 'check' | 'none';

export type PortalPageProps = {
  frame: Frame;
  /** Page tags beyond the site's: title, column and item tags. */
  meta: Omit<PageMeta, 'siteName' | 'siteDomain' | 'siteIdCode'>;
  nav: NavKey;
  crumbs: readonly Crumb[];
  /** Extra class on <main> (page-specific layouts). */
  mainClass?: string;
  children?: Child;
};

/** `/prefs/elder?on=…&back=…` for the 关怀版 switch. */
export function elderSwitchHref(frame: Frame): string {
  return `/prefs/elder?on=${frame.isElder ? '0' : '1'}&back=${encodeURIComponent(frame.path)}`;
}

function Header(props: { frame: Frame; nav: NavKey }) {
  const { frame } = props;
  const base = organBase(frame.organ);
  const home = frame.organ === null || frame.organ.id === frame.root?.id ? '/' : base;
  const items: { key: NavKey; label: string; href: string }[] =
    frame.organ === null
      ? [
          { key: 'home', label: '首页', href: '/' },
          { key: 'check', label: '年报体检', href: '/tools/report-check' },
        ]
      : [
          { key: 'home', label: '首页', href: home },
          { key: 'gk', label: '政府信息公开', href: `${base}/gk` },
          { key: 'apply', label: '依申请公开', href: `${base}/apply` },
          { key: 'check', label: '年报体检', href: '/tools/report-check' },
        ];
  const isSubOrgan = frame.organ !== null && frame.root !== null && frame.organ.id !== frame.root.id;
  return (
    <header class="pt-header">
      <div class="pt-topbar">
        <div class="pt-wrap pt-topbar-inner">
          <span class="pt-topbar-site">
            {isSubOrgan ? <a href="/">{frame.site.name}</a> : frame.site.name}
          </span>
          <ul class="pt-topbar-links">
            <li>
              <a href={elderSwitchHref(frame)} class="pt-elder-switch">
                {frame.isElder ? '退出关怀版' : '无障碍·关怀版'}
              </a>
            </li>
            {frame.organ === null ? null : (
              <li>
                <a href={`${base}/sitemap`}>网站地图</a>
              </li>
            )}
          </ul>
        </div>
      </div>
      <div class="pt-masthead">
        <div class="pt-wrap">
          <a class="pt-brand" href={home}>
            <span class="pt-brand-mark" aria-hidden="true">
              <span>政务</span>
              <span>公开</span>
            </span>
            <span class="pt-brand-text">
              <span class="pt-brand-name">
                {frame.organ === null ? frame.site.name : platformName(frame.organ)}
              </span>
              <span class="pt-brand-sub">
                {frame.organ === null ? '政府信息公开' : `${frame.organ.name} · 政府信息公开`}
              </span>
            </span>
          </a>
          <form
            class="pt-header-search"
            method="get"
            action={isSubOrgan ? `${base}/search` : '/search'}
            aria-label="站内检索"
          >
            <label for="pt-header-q" class="visually-hidden">
              检索{isSubOrgan ? '本机关' : '本站'}公开的政府信息
            </label>
            <input id="pt-header-q" name="q" type="search" maxlength={1000} placeholder="检索政府信息" />
            <button type="submit">检索</button>
          </form>
        </div>
      </div>
      <nav class="pt-nav" aria-label="主导航">
        <div class="pt-wrap">
          <ul>
            {items.map((item) => (
              <li>
                <a href={item.href} aria-current={item.key === props.nav ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </nav>
    </header>
  );
}

function Breadcrumbs(props: { crumbs: readonly Crumb[] }) {
  if (props.crumbs.length === 0) {
    return null;
  }
  return (
    <nav class="pt-crumbs pt-wrap" aria-label="当前位置">
      <span class="pt-crumbs-label">当前位置：</span>
      <ol>
        {props.crumbs.map((crumb, i) => (
          <li>
            {crumb.href === undefined || i === props.crumbs.length - 1 ? (
              <span aria-current={i === props.crumbs.length - 1 ? 'page' : undefined}>{crumb.label}</span>
            ) : (
              <a href={crumb.href}>{crumb.label}</a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Example(props: { show: boolean }) {
  return props.show ? <span class="pt-example">（示例）</span> : null;
}

function Footer(props: { frame: Frame }) {
  const { frame } = props;
  const { site, root } = frame;
  const base = organBase(frame.organ);
  return (
    <footer class="pt-footer">
      <div class="pt-wrap">
        {frame.organ === null ? null : (
          <ul class="pt-footer-links">
            <li>
              <a href={`${base}/sitemap`}>网站地图</a>
            </li>
            <li>
              <a href={`${base}/gk/guide#contact`}>联系我们</a>
            </li>
            <li>
              <a href={`${base}/gk/guide`}>政府信息公开指南</a>
            </li>
            <li>
              <a href={elderSwitchHref(frame)}>{frame.isElder ? '退出关怀版' : '关怀版'}</a>
            </li>
          </ul>
        )}
        <p>
          主办：{site.sponsor}
          <span class="pt-sep" aria-hidden="true">
            ｜
          </span>
          承办：{site.operator}
        </p>
        {root === null ? null : (
          <p class="pt-footer-contact">
            <span>地址：{root.address ?? '暂未公布'}</span>
            {root.postcode === null ? null : <span>邮编：{root.postcode}</span>}
            {root.phone === null ? null : <span>电话：{root.phone}</span>}
          </p>
        )}
        <p class="pt-footer-ids">
          <span>
            网站标识码：{site.idCode.value}
            <Example show={site.idCode.isExample} />
          </span>
          <span>
            {site.icp.isExample ? (
              site.icp.value
            ) : (
              <a href="https://beian.miit.gov.cn/" rel="noopener">
                {site.icp.value}
              </a>
            )}
            <Example show={site.icp.isExample} />
          </span>
          <span>
            {site.policeRecord.value}
            <Example show={site.policeRecord.isExample} />
          </span>
        </p>
        <div class="pt-gov-mark" role="img" aria-label="党政机关网站标识（示例）">
          <span class="pt-gov-mark-top" aria-hidden="true">
            党政机关
          </span>
          <span class="pt-gov-mark-bottom" aria-hidden="true">
            网站标识·示例
          </span>
        </div>
      </div>
    </footer>
  );
}

/** A whole public page. */
export function PortalPage(props: PortalPageProps) {
  const { frame } = props;
  const meta: PageMeta = {
    ...props.meta,
    siteName: frame.site.name,
    siteDomain: frame.site.domain,
    siteIdCode: frame.site.idCode.isExample ? '' : frame.site.idCode.value,
  };
  return (
    <Document meta={meta} isElderMode={frame.isElder} bodyClass="pt-body">
      <a class="skip-link" href="#main">
        跳到正文
      </a>
      <Header frame={frame} nav={props.nav} />
      <Breadcrumbs crumbs={props.crumbs} />
      <main id="main" class={['pt-main', 'pt-wrap', props.mainClass].filter(Boolean).join(' ')} tabindex={-1}>
        {props.children}
      </main>
      <Footer frame={frame} />
    </Document>
  );
}

/** The breadcrumbs' first entries for a page of `frame.organ`: 首页 (› organ's 首页 for a sub-organ). */
export function baseCrumbs(frame: Frame): Crumb[] {
  const crumbs: Crumb[] = [{ label: '首页', href: '/' }];
  if (frame.organ !== null && frame.root !== null && frame.organ.id !== frame.root.id) {
    crumbs.push({ label: frame.organ.name, href: organBase(frame.organ) });
  }
  return crumbs;
}

/**
 * The breadcrumbs of a 政府信息公开 column and, with `entry`, of one of its pages: … › 政府信息公开 ›
 * the column (a link when an entry follows) › the entry.
 * @param column its name and path below /o/:slug (a ColumnEntry fits)
 * @example gkColumnCrumbs(frame, organ, { name: '公开年报', path: '/gk/reports' }, '2024年度')
 */
export function gkColumnCrumbs(
  frame: Frame,
  organ: Pick<PortalOrgan, 'slug'>,
  column: { name: string; path: string },
  entry: string | null,
): Crumb[] {
  const base = organBase(organ);
  return [
    ...baseCrumbs(frame),
    { label: '政府信息公开', href: `${base}/gk` },
    entry === null ? { label: column.name } : { label: column.name, href: `${base}${column.path}` },
    ...(entry === null ? [] : [{ label: entry }]),
  ];
}
