/**
 * The public pages of 主动公开: a column's list (索引号, 标题, 文号, 发布日期, paged newest first), the
 * item page (the metadata header table real portals show, the 有效性 mark, 修订于, body,
 * attachments, linked 解读, 打印本页, a QR code of the page), the 410 page of a withdrawn item, and
 * the 规范性文件 library filterable by 有效性 and year.
 */
import { raw } from 'hono/html';
import type { ColumnPage, PublicItem } from '../../app/portal/item-pages.ts';
import type { ItemLine } from '../../db/queries/publishing/item-lists.ts';
import type { PortalOrgan } from '../../db/queries/portal.ts';
import {
  INTERPRETATION_FORM_LABELS,
  isOneOf,
  INTERPRETATION_FORMS,
  VALIDITIES,
  VALIDITY_LABELS,
} from '../../domain/publishing/vocabulary.ts';
import { organBase, type Frame } from './frame.ts';
import { beijingDay, beijingMinuteOrBlank, isOutOfForce, validityLabel } from './item-format.ts';
import { baseCrumbs, PortalPage, type Crumb } from './portal-layout.tsx';

function crumbs(frame: Frame, organ: PortalOrgan, trail: Crumb[]): Crumb[] {
  const base = organBase(organ);
  return [
    ...baseCrumbs(frame),
    { label: '政府信息公开', href: `${base}/gk` },
    { label: '法定主动公开内容', href: `${base}/gk/statutory` },
    ...trail,
  ];
}

/** The list rows (shared by columns and the library). */
export function ItemTable(props: { organ: PortalOrgan; lines: readonly ItemLine[]; caption: string }) {
  const base = organBase(props.organ);
  return (
    <table class="pt-items">
      <caption class="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">标题</th>
          <th scope="col" class="pt-col-number">
            文号
          </th>
          <th scope="col" class="pt-col-index">
            索引号
          </th>
          <th scope="col" class="pt-col-date">
            发布日期
          </th>
        </tr>
      </thead>
      <tbody>
        {props.lines.map((line) => (
          <tr>
            <td>
              <a href={`${base}/gk/items/${line.id}`}>{line.title}</a>
              {line.validity !== null && line.validity !== 'inForce' ? (
                <span class={isOutOfForce(line.validity) ? 'pt-validity pt-validity-out' : 'pt-validity'}>
                  {validityLabel(line.validity)}
                </span>
              ) : null}
            </td>
            <td class="pt-col-number">{line.docNumber}</td>
            <td class="pt-col-index">{line.indexNumber}</td>
            <td class="pt-col-date">{beijingDay(line.publishedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One column of 法定主动公开内容. */
export function ColumnListPage(props: { frame: Frame; organ: PortalOrgan; data: ColumnPage }) {
  const { frame, organ, data } = props;
  const base = `${organBase(organ)}/gk/c/${data.column.slug}`;
  return (
    <PortalPage
      frame={frame}
      nav="gk"
      crumbs={crumbs(frame, organ, [{ label: data.column.name }])}
      meta={{
        title: `${data.column.name} - ${organ.name}`,
        columnName: data.column.name,
        columnType: '信息公开目录',
        columnKeywords: `${organ.name},${data.column.name}`,
        feeds: [
          { title: `${data.column.name}（RSS）`, href: `${base}/rss.xml`, type: 'rss' },
          { title: `${data.column.name}（Atom）`, href: `${base}/atom.xml`, type: 'atom' },
        ],
      }}
    >
      <h1>{data.column.name}</h1>
      {data.total === 0 ? (
        <p class="pt-leaf-empty pt-leaf-block">本栏目暂无公开信息。</p>
      ) : (
        <>
          <p class="pt-lead">共 {data.total} 条，按发布日期由新到旧排列。</p>
          <ItemTable organ={organ} lines={data.lines} caption={`${data.column.name}信息列表`} />
          {data.pages > 1 ? (
            <nav class="pt-pager" aria-label="分页">
              {data.page > 1 ? <a href={`${base}?page=${data.page - 1}`}>上一页</a> : null}
              <span>
                第 {data.page} 页，共 {data.pages} 页
              </span>
              {data.page < data.pages ? <a href={`${base}?page=${data.page + 1}`}>下一页</a> : null}
            </nav>
          ) : null}
        </>
      )}
    </PortalPage>
  );
}

function HeaderTable(props: { organ: PortalOrgan; item: PublicItem }) {
  const r = props.item.row;
  const issuer = r.coOrgans === '' ? props.organ.name : `${props.organ.name}（联合发文：${r.coOrgans}）`;
  return (
    <table class="pt-item-head">
      <caption class="visually-hidden">信息基本情况</caption>
      <colgroup>
        <col class="pt-head-label" />
        <col />
        <col class="pt-head-label" />
        <col />
      </colgroup>
      <tbody>
        <tr>
          <th scope="row">索引号</th>
          <td>{r.indexNumber}</td>
          <th scope="row">主题分类</th>
          <td>{r.topic}</td>
        </tr>
        <tr>
          <th scope="row">发布机构</th>
          <td>{issuer}</td>
          <th scope="row">成文日期</th>
          <td>{r.writtenOn ?? ''}</td>
        </tr>
        <tr>
          <th scope="row">标题</th>
          <td colspan={3}>{r.title}</td>
        </tr>
        <tr>
          <th scope="row">文号</th>
          <td>{r.docNumber}</td>
          <th scope="row">发布日期</th>
          <td>{beijingDay(r.publishedAt)}</td>
        </tr>
        <tr>
          <th scope="row">体裁分类</th>
          <td>{r.genre}</td>
          <th scope="row">公开方式</th>
          <td>主动公开</td>
        </tr>
        {r.validity !== null ? (
          <tr>
            <th scope="row">有效性</th>
            <td class={isOutOfForce(r.validity) ? 'pt-validity-out' : undefined}>
              {validityLabel(r.validity)}
            </td>
            <th scope="row">实施日期</th>
            <td>{r.effectiveOn ?? ''}</td>
          </tr>
        ) : null}
        {r.keywords !== '' ? (
          <tr>
            <th scope="row">关键词</th>
            <td colspan={3}>{r.keywords}</td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}

/** The item page. `qr` is a data: URL of the page's QR code. */
export function ItemPage(props: {
  frame: Frame;
  organ: PortalOrgan;
  item: PublicItem;
  qr: string;
  url: string;
}) {
  const { frame, organ, item } = props;
  const r = item.row;
  const base = organBase(organ);
  return (
    <PortalPage
      frame={frame}
      nav="gk"
      crumbs={crumbs(frame, organ, [{ label: r.title }])}
      mainClass="pt-article pt-item"
      meta={{
        title: `${r.title} - ${organ.name}`,
        columnName: '法定主动公开内容',
        columnType: '信息公开目录',
        articleTitle: r.title,
        pubDate: beijingMinuteOrBlank(r.publishedAt),
        contentSource: organ.name,
        ...(r.summary === '' ? {} : { description: r.summary }),
        ...(r.keywords === '' ? {} : { columnKeywords: r.keywords, keywords: r.keywords }),
        ...(frame.site.domain === '' ? {} : { url: props.url }),
      }}
    >
      <HeaderTable organ={organ} item={item} />
      {isOutOfForce(r.validity) ? (
        <p class="pt-validity-notice" role="note">
          本文件{validityLabel(r.validity)}
          {r.validityOn ? `（${r.validityOn}）` : ''}
          {r.validityNote ? `：${r.validityNote}` : ''}
          {item.replacedBy ? (
            <>
              。现行文件：<a href={`${base}/gk/items/${item.replacedBy.id}`}>{item.replacedBy.title}</a>
            </>
          ) : null}
        </p>
      ) : null}
      <h1 class="pt-item-title">{r.title}</h1>
      {r.revisedAt !== null ? (
        <p class="pt-revised">
          修订于 {beijingMinuteOrBlank(r.revisedAt)}：{r.revisionNote}
        </p>
      ) : null}
      <div class="pt-item-body">{raw(r.bodyHtml)}</div>
      {item.files.length > 0 ? (
        <section aria-labelledby="files" class="pt-item-files">
          <h2 id="files">附件</h2>
          <ol>
            {item.files.map((f) => (
              <li>
                <a href={`${base}/gk/files/${f.id}`}>{f.name}</a>
                <span class="pt-file-size">（{Math.max(1, Math.round(f.size / 1024))} KB）</span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {item.interpretations.length > 0 ? (
        <section aria-labelledby="interp" class="pt-item-links">
          <h2 id="interp">相关解读</h2>
          <ul>
            {item.interpretations.map((i) => (
              <li>
                <a href={`${base}/gk/items/${i.id}`}>{i.title}</a>
                {isOneOf(INTERPRETATION_FORMS, i.interpretationForm) ? (
                  <span class="pt-tag">{INTERPRETATION_FORM_LABELS[i.interpretationForm]}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {item.documents.length > 0 ? (
        <section aria-labelledby="docs" class="pt-item-links">
          <h2 id="docs">解读的文件</h2>
          <ul>
            {item.documents.map((d) => (
              <li>
                <a href={`${base}/gk/items/${d.id}`}>{d.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div class="pt-item-tools">
        <button type="button" class="pt-print" data-print="">
          打印本页
        </button>
        <figure class="pt-qr">
          <img src={props.qr} alt={`本页二维码：${props.url}`} width={120} height={120} />
          <figcaption>扫一扫在手机上查看</figcaption>
        </figure>
      </div>
      <script src="/static/print.js" defer></script>
    </PortalPage>
  );
}

/** 410: the item was withdrawn; the reason is public. */
export function WithdrawnItemPage(props: { frame: Frame; organ: PortalOrgan; item: PublicItem }) {
  const { frame, organ, item } = props;
  return (
    <PortalPage
      frame={frame}
      nav="gk"
      crumbs={crumbs(frame, organ, [{ label: '信息已撤回' }])}
      mainClass="pt-article"
      meta={{ title: `信息已撤回 - ${organ.name}` }}
    >
      <h1>该信息已撤回</h1>
      <p>
        《{item.row.title}》（索引号 {item.row.indexNumber}）已于 {beijingDay(item.row.withdrawnAt)} 撤回。
      </p>
      <p>撤回理由：{item.row.withdrawnReason}</p>
      <p>
        <a href={`${organBase(organ)}/gk/statutory`}>返回法定主动公开内容</a>
      </p>
    </PortalPage>
  );
}

/** 规范性文件 library. */
export function LibraryPage(props: {
  frame: Frame;
  organ: PortalOrgan;
  lines: readonly ItemLine[];
  validity: string | null;
  year: number | null;
}) {
  const { frame, organ } = props;
  const base = organBase(organ);
  return (
    <PortalPage
      frame={frame}
      nav="gk"
      crumbs={crumbs(frame, organ, [{ label: '规章和规范性文件库' }])}
      meta={{
        title: `规章和规范性文件库 - ${organ.name}`,
        columnName: '规章和规范性文件库',
        columnType: '信息公开目录',
      }}
    >
      <h1>规章和规范性文件库</h1>
      <form method="get" action={`${base}/gk/library`} class="pt-filter">
        <label for="validity">有效性</label>
        <select id="validity" name="validity">
          <option value="">全部</option>
          {VALIDITIES.map((v) => (
            <option value={v} selected={props.validity === v}>
              {VALIDITY_LABELS[v]}
            </option>
          ))}
        </select>
        <label for="year">成文年份</label>
        <input
          id="year"
          name="year"
          inputmode="numeric"
          pattern="[0-9]{4}"
          size={6}
          value={props.year === null ? '' : String(props.year)}
        />
        <button type="submit">筛选</button>
      </form>
      {props.lines.length === 0 ? (
        <p class="pt-leaf-empty pt-leaf-block">
          没有符合条件的文件。<a href={`${base}/gk/library`}>清除筛选条件，查看全部文件</a>
        </p>
      ) : (
        <ItemTable organ={organ} lines={props.lines} caption="规章和规范性文件列表" />
      )}
    </PortalPage>
  );
}
