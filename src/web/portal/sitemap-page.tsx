/**
 * 网站地图 of an organ: every page of its column, 依申请公开 with the online form, 查询办理进度 and
 * the 期限计算器, the site-wide 年报体检, and the sites of the organs below it (部门、乡镇街道, each
 * with its own organs below), so every public page can be reached from here.
 */
import { GK_COLUMNS } from '../../app/portal/columns.ts';
import type { DirectorySnapshot } from '../../app/portal/directory.ts';
import type { PortalOrgan } from '../../db/queries/portal.ts';
import { TRACK_PATH } from '../apply/routes.tsx';
import { organBase, type Frame } from './frame.ts';
import { baseCrumbs, PortalPage } from './portal-layout.tsx';

/** How deep the organ tree is listed (a county: 区 → 部门/乡镇 → 下属单位). */
const MAX_DEPTH = 3;

function OrganSites(props: { snapshot: DirectorySnapshot; parentId: number; depth: number }) {
  const children = props.snapshot.childrenOf.get(props.parentId) ?? [];
  if (children.length === 0 || props.depth > MAX_DEPTH) {
    return null;
  }
  return (
    <ul>
      {children.map((organ) => (
        <li>
          <a href={organBase(organ)}>{organ.name}</a>
          <OrganSites snapshot={props.snapshot} parentId={organ.id} depth={props.depth + 1} />
        </li>
      ))}
    </ul>
  );
}

/** 网站地图: every page of the organ, the site-wide tools and the organs below. */
export function SitemapPage(props: { frame: Frame; organ: PortalOrgan }) {
  const { frame, organ } = props;
  const base = organBase(organ);
  const isRoot = frame.root?.id === organ.id;
  const hasSubOrgans = (frame.snapshot.childrenOf.get(organ.id) ?? []).length > 0;
  return (
    <PortalPage
      frame={frame}
      nav="none"
      crumbs={[...baseCrumbs(frame), { label: '网站地图' }]}
      mainClass="pt-article"
      meta={{ title: `网站地图 - ${organ.name}`, columnName: '网站地图', columnType: '首页' }}
    >
      <h1>网站地图</h1>
      <ul class="pt-sitemap">
        <li>
          <a href={isRoot ? '/' : base}>首页</a>
        </li>
        <li>
          <a href={`${base}/gk`}>政府信息公开</a>
          <ul>
            {GK_COLUMNS.filter((c) => c.key !== 'apply').map((c) => (
              <li>
                <a href={`${base}${c.path}`}>{c.name}</a>
                {c.key === 'statutory' ? (
                  <ul>
                    <li>
                      <a href={`${base}/gk/directory`}>主动公开事项目录</a>
                    </li>
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </li>
        <li>
          <a href={`${base}/apply`}>依申请公开</a>
          <ul>
            <li>
              <a href={`${base}/gk/apply/form`}>在线提交申请</a>
            </li>
            <li>
              <a href={TRACK_PATH}>查询办理进度</a>
            </li>
            <li>
              <a href="/calculator">答复期限计算器</a>
            </li>
          </ul>
        </li>
        <li>
          <a href="/tools/report-check">年报体检</a>
        </li>
        {hasSubOrgans ? (
          <li>
            部门、乡镇街道信息公开
            <OrganSites snapshot={frame.snapshot} parentId={organ.id} depth={1} />
          </li>
        ) : null}
        {isRoot || frame.root === null ? null : (
          <li>
            <a href="/">{frame.site.name}</a>
          </li>
        )}
      </ul>
    </PortalPage>
  );
}
