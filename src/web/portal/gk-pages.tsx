/**
 * The 政府信息公开 landing page, 公开制度 (national texts listed; the organ's own rules as it wrote
 * them, or a default built from its data), 法定主动公开内容 (the 第二十条 sub-column tree, each leaf empty until
 * items are published), and the 网站地图.
 */
import { workOffice } from '../../app/portal/application-rules.ts';
import { GK_COLUMNS, NATIONAL_TEXTS, type ColumnEntry } from '../../app/portal/columns.ts';
import type { PortalOrgan } from '../../db/queries/portal.ts';
import type { PortalPageVersion } from '../../db/queries/portal-pages.ts';
import { organBase, type Frame } from './frame.ts';
import { ColumnCards } from './home-page.tsx';
import { baseCrumbs, PortalPage, type Crumb } from './portal-layout.tsx';
import { DefaultRules } from './rules-default.tsx';
import { WrittenPageBody } from './written-page.tsx';

function gkCrumbs(frame: Frame, organ: PortalOrgan, current: string | null): Crumb[] {
  const gk: Crumb =
    current === null ? { label: '政府信息公开' } : { label: '政府信息公开', href: `${organBase(organ)}/gk` };
  return [...baseCrumbs(frame), gk, ...(current === null ? [] : [{ label: current }])];
}

function columnMeta(organ: PortalOrgan, column: ColumnEntry) {
  return {
    title: `${organ.name}${column.name}`,
    columnName: column.name,
    columnType: column.columnType,
    columnDescription: column.description,
    columnKeywords: `${organ.name},政府信息公开,${column.name}`,
  };
}

function column(key: ColumnEntry['key']): ColumnEntry {
  return GK_COLUMNS.find((c) => c.key === key)!;
}

/** 政府信息公开 landing. */
export function GkLandingPage(props: { frame: Frame; organ: PortalOrgan }) {
  const { frame, organ } = props;
  return (
    <PortalPage
      frame={frame}
      nav="gk"
      crumbs={gkCrumbs(frame, organ, null)}
      meta={{
        title: `${organ.name}政府信息公开`,
        columnName: '政府信息公开',
        columnType: '信息公开目录',
        columnDescription: `${organ.name}政府信息公开专栏：公开指南、公开制度、法定主动公开内容、公开年报`,
        columnKeywords: `${organ.name},政府信息公开`,
        feeds: [
          { title: `${organ.name}政府信息公开（RSS）`, href: `${organBase(organ)}/gk/rss.xml`, type: 'rss' },
          {
            title: `${organ.name}政府信息公开（Atom）`,
            href: `${organBase(organ)}/gk/atom.xml`,
            type: 'atom',
          },
        ],
      }}
    >
      <h1>政府信息公开</h1>
      <p class="pt-lead">
        根据《中华人民共和国政府信息公开条例》和国办公开办函〔2019〕61号，本专栏统一设置政府信息公开指南、政府信息公开制度、法定主动公开内容、政府信息公开年报四个栏目。
      </p>
      <ColumnCards organ={organ} headingLevel={2} />
      <aside class="pt-note" aria-label="工作机构">
        <p class="pt-footer-contact">
          <span>政府信息公开工作机构：{workOffice(organ).name}</span>
          <span>联系电话：{workOffice(organ).phone}</span>
        </p>
      </aside>
    </PortalPage>
  );
}

/** 政府信息公开制度: the organ's own (when written) or the default, then the national texts. */
export function RulesPage(props: {
  frame: Frame;
  organ: PortalOrgan;
  parentName: string | null;
  written: PortalPageVersion | null;
}) {
  const { frame, organ } = props;
  const entry = column('rules');
  return (
    <PortalPage
      frame={frame}
      nav="gk"
      crumbs={gkCrumbs(frame, organ, entry.name)}
      mainClass="pt-article"
      meta={columnMeta(organ, entry)}
    >
      <h1>{entry.name}</h1>
      <section aria-labelledby="own">
        <h2 id="own">本机关工作制度</h2>
        {props.written !== null ? (
          <WrittenPageBody version={props.written} />
        ) : (
          <DefaultRules organ={organ} parentName={props.parentName} />
        )}
      </section>
      <section aria-labelledby="national">
        <h2 id="national">国家法规和文件</h2>
        <ul class="pt-doc-list">
          {NATIONAL_TEXTS.map((text) => (
            <li>
              <span class="pt-doc-title">《{text.title}》</span>
              <span class="pt-doc-number">{text.number}</span>
              <span class="pt-doc-note">{text.note}</span>
            </li>
          ))}
        </ul>
      </section>
    </PortalPage>
  );
}

/** A column of the statutory tree as the page lists it, with its published items' count. */
export type StatutoryEntry = {
  slug: string;
  name: string;
  basis: string;
  children: { slug: string; name: string }[];
};

function Leaf(props: { base: string; slug: string; name: string; count: number }) {
  return props.count > 0 ? (
    <li>
      <a class="pt-leaf-name" href={`${props.base}/gk/c/${props.slug}`}>
        {props.name}
      </a>
      <span class="pt-leaf-count">{props.count} 条</span>
    </li>
  ) : (
    <li>
      <span class="pt-leaf-name">{props.name}</span>
      <span class="pt-leaf-empty">暂无公开信息</span>
    </li>
  );
}

/** 法定主动公开内容: the organ's column tree, each column with its published items' count. */
export function StatutoryPage(props: {
  frame: Frame;
  organ: PortalOrgan;
  columns: readonly StatutoryEntry[];
  counts: ReadonlyMap<string, number>;
  /** The organ has published 政府公报 issues: the page links their list. */
  hasGazette?: boolean;
}) {
  const { frame, organ, columns, counts } = props;
  const base = organBase(organ);
  const entry = column('statutory');
  const office = workOffice(organ);
  return (
    <PortalPage
      frame={frame}
      nav="gk"
      crumbs={gkCrumbs(frame, organ, entry.name)}
      mainClass="pt-statutory"
      meta={columnMeta(organ, entry)}
    >
      <h1>{entry.name}</h1>
      <p class="pt-lead">
        以下栏目按《中华人民共和国政府信息公开条例》第二十条设置。属于主动公开范围的政府信息，自形成或者变更之日起
        20 个工作日内在相应栏目公开（第二十六条）。
      </p>
      {props.hasGazette === true ? (
        <p class="pt-leaf-block">
          <a href={`${base}/gk/gazette`}>政府公报</a>：本机关按期编印的规章、规范性文件和其他政府信息。
        </p>
      ) : null}
      <p class="pt-dir-link">
        <a href={`${base}/gk/directory`}>主动公开事项目录</a>
        ：每项公开事项的内容、依据、时限、主体、渠道和公开对象。
      </p>
      <div class="pt-two-col">
        <nav class="pt-side" aria-label="栏目导航">
          <ol>
            {columns.map((c) => (
              <li>
                <a href={`#${c.slug}`}>{c.name}</a>
              </li>
            ))}
          </ol>
        </nav>
        <div class="pt-sections">
          {columns.map((c) => (
            <section class="pt-stat" aria-labelledby={c.slug}>
              <h2 id={c.slug}>
                {(counts.get(c.slug) ?? 0) > 0 ? <a href={`${base}/gk/c/${c.slug}`}>{c.name}</a> : c.name}
                {c.basis === '' ? null : <span class="pt-basis">《条例》{c.basis}</span>}
              </h2>
              {c.slug === 'organ' ? (
                <dl class="pt-facts">
                  <dt>机关名称</dt>
                  <dd>{organ.name}</dd>
                  <dt>办公地址</dt>
                  <dd>{office.address}</dd>
                  <dt>办公时间</dt>
                  <dd>{office.officeHours}</dd>
                  <dt>联系电话</dt>
                  <dd>{office.phone}</dd>
                </dl>
              ) : null}
              {c.children.length > 0 ? (
                <ul class="pt-leaves">
                  {c.children.map((leaf) => (
                    <Leaf base={base} slug={leaf.slug} name={leaf.name} count={counts.get(leaf.slug) ?? 0} />
                  ))}
                </ul>
              ) : (counts.get(c.slug) ?? 0) > 0 ? (
                <p class="pt-leaf-block">
                  <a href={`${base}/gk/c/${c.slug}`}>查看本栏目信息（{counts.get(c.slug)} 条）</a>
                </p>
              ) : (
                <p class="pt-leaf-empty pt-leaf-block">本栏目暂无公开信息。</p>
              )}
            </section>
          ))}
        </div>
      </div>
    </PortalPage>
  );
}

/** 网站地图 lives in sitemap-page.tsx; re-exported for the route module. */
export { SitemapPage } from './sitemap-page.tsx';
