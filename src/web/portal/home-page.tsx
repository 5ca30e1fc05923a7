/**
 * 首页 of an organ (and of the site, for the root organ): the 政府信息公开 entry with the four
 * standard columns in their fixed order and 依申请公开, the latest annual reports, the 年报体检
 * tool, contact details, and the organs below it (部门、乡镇街道) linking to their own pages.
 */
import { GK_COLUMNS } from '../../app/portal/columns.ts';
import { workOffice } from '../../app/portal/application-rules.ts';
import type { AnnualReportEntry } from '../../db/queries/annual-reports.ts';
import type { PortalOrgan } from '../../db/queries/portal.ts';
import { organBase, type Frame } from './frame.ts';
import { PortalPage } from './portal-layout.tsx';

/** Groups of organs under a government, in the order a county portal lists them. */
const ORGAN_GROUPS: readonly { title: string; types: readonly PortalOrgan['type'][] }[] = [
  { title: '政府部门', types: ['government', 'department', 'other'] },
  { title: '乡镇（街道）', types: ['township'] },
];

/** The five entries as a card grid (also used on the 政府信息公开 landing page). */
export function ColumnCards(props: { organ: PortalOrgan; headingLevel: 2 | 3 }) {
  const base = organBase(props.organ);
  return (
    <ol class="pt-columns">
      {GK_COLUMNS.map((column, i) => (
        <li class={`pt-column pt-column-${column.key}`}>
          <a href={`${base}${column.path}`}>
            <span class="pt-column-no" aria-hidden="true">
              {column.key === 'apply' ? '申' : String(i + 1)}
            </span>
            {props.headingLevel === 2 ? (
              <h2 class="pt-column-name">{column.name}</h2>
            ) : (
              <h3 class="pt-column-name">{column.name}</h3>
            )}
            <span class="pt-column-desc">{column.description}</span>
          </a>
        </li>
      ))}
    </ol>
  );
}

function OrganList(props: { organs: readonly PortalOrgan[] }) {
  const groups = ORGAN_GROUPS.map((group) => ({
    ...group,
    organs: props.organs.filter((o) => group.types.includes(o.type)),
  })).filter((g) => g.organs.length > 0);
  if (groups.length === 0) {
    return null;
  }
  return (
    <section class="pt-panel pt-organs" aria-labelledby="organs-heading">
      <h2 id="organs-heading">部门、乡镇街道信息公开</h2>
      {groups.map((group) => (
        <div class="pt-organ-group">
          <h3>{group.title}</h3>
          <ul>
            {group.organs.map((organ) => (
              <li>
                <a href={organBase(organ)}>{organ.name}</a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function ReportsPanel(props: { organ: PortalOrgan; reports: readonly AnnualReportEntry[] }) {
  const base = organBase(props.organ);
  return (
    <section class="pt-panel" aria-labelledby="reports-heading">
      <h2 id="reports-heading">政府信息公开年报</h2>
      {props.reports.length === 0 ? (
        <p class="pt-empty">本机关的年度报告将在此发布。</p>
      ) : (
        <ul class="pt-list">
          {props.reports.slice(0, 4).map((entry) => (
            <li>
              <a href={`${base}/gk/reports/${entry.year}`}>
                {props.organ.name}
                {entry.year}年政府信息公开工作年度报告
              </a>
              {entry.publishedOn === null ? null : (
                <time datetime={entry.publishedOn}>{entry.publishedOn}</time>
              )}
            </li>
          ))}
        </ul>
      )}
      <p class="pt-more">
        <a href={`${base}/gk/reports`}>全部年度报告</a>
        {props.organ.type === 'government' ? (
          <>
            {' · '}
            <a href={`${base}/gk/gazette`}>政府公报</a>
          </>
        ) : null}
      </p>
    </section>
  );
}

function ContactPanel(props: { organ: PortalOrgan }) {
  const office = workOffice(props.organ);
  return (
    <section class="pt-panel" aria-labelledby="contact-heading">
      <h2 id="contact-heading">政府信息公开工作机构</h2>
      <dl class="pt-facts">
        <dt>机构名称</dt>
        <dd>{office.name}</dd>
        <dt>办公地址</dt>
        <dd>{office.address}</dd>
        <dt>办公时间</dt>
        <dd>{office.officeHours}</dd>
        <dt>联系电话</dt>
        <dd>{office.phone}</dd>
      </dl>
      <p class="pt-more">
        <a href={`${organBase(props.organ)}/gk/guide#contact`}>更多联系方式</a>
      </p>
    </section>
  );
}

/** The page. `subOrgans` are the organs directly below this one. */
export function OrganHomePage(props: {
  frame: Frame;
  organ: PortalOrgan;
  subOrgans: readonly PortalOrgan[];
  reports: readonly AnnualReportEntry[];
}) {
  const { frame, organ } = props;
  const isRoot = frame.root?.id === organ.id;
  return (
    <PortalPage
      frame={frame}
      nav="home"
      crumbs={[]}
      mainClass="pt-home"
      meta={{
        title: `${organ.name}政府信息公开`,
        columnName: '首页',
        columnType: '首页',
        columnDescription: `${organ.name}政府信息公开平台首页`,
        columnKeywords: `${organ.name},政府信息公开,首页`,
      }}
    >
      <div class="pt-intro">
        <h1>{organ.name}</h1>
        <p>
          本平台依据《中华人民共和国政府信息公开条例》集中发布{organ.name}
          的政府信息公开指南、公开制度、法定主动公开内容和年度报告，并提供依申请公开的办理指引。
        </p>
      </div>
      <section class="pt-gk-entry" aria-labelledby="gk-heading">
        <div class="pt-section-head">
          <h2 id="gk-heading">政府信息公开</h2>
          <a href={`${organBase(organ)}/gk`}>进入专栏</a>
        </div>
        <ColumnCards organ={organ} headingLevel={3} />
      </section>
      <div class="pt-home-grid">
        <ReportsPanel organ={organ} reports={props.reports} />
        <section class="pt-panel pt-tool" aria-labelledby="tool-heading">
          <h2 id="tool-heading">年报体检</h2>
          <p>
            上传或粘贴一份政府信息公开工作年度报告，检查表格勾稽关系、格式和异常文字，问题在原表中逐项标出。
          </p>
          <p>
            <a class="pt-button" href="/tools/report-check">
              开始检查
            </a>
          </p>
        </section>
        <ContactPanel organ={organ} />
      </div>
      <OrganList organs={props.subOrgans} />
      {isRoot || frame.root === null ? null : (
        <p class="pt-back">
          <a href="/">返回{frame.site.name}</a>
        </p>
      )}
    </PortalPage>
  );
}

/** The site's home before any organ is set up. */
export function EmptySitePage(props: { frame: Frame }) {
  return (
    <PortalPage
      frame={props.frame}
      nav="home"
      crumbs={[]}
      meta={{ title: '首页', columnName: '首页', columnType: '首页' }}
    >
      <div class="pt-intro">
        <h1>政府信息公开平台</h1>
        <p>平台尚未设置机关。管理员登录后台、建立机关目录后，各机关的政府信息公开专栏将在此显示。</p>
        <p>
          <a href="/tools/report-check">年报体检</a>可以直接使用。
        </p>
      </div>
    </PortalPage>
  );
}
