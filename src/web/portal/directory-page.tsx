/**
 * 主动公开事项目录 on the portal: the organ's 标准目录 (portal-conventions §4.2) grouped by 一级事项,
 * one table per group with the columns 标准目录 print; each row links to the columns that carry it.
 */
import type { DirectoryGroup } from '../../app/portal/public-directory.ts';
import type { PortalOrgan } from '../../db/queries/portal.ts';
import {
  DIRECTORY_AUDIENCES,
  DIRECTORY_CHANNELS,
  DIRECTORY_LEVELS,
  DIRECTORY_MODES,
} from '../../domain/publishing/directory.ts';
import { organBase, type Frame } from './frame.ts';
import { baseCrumbs, PortalPage } from './portal-layout.tsx';

const TITLE = '主动公开事项目录';

function Group(props: { organ: PortalOrgan; group: DirectoryGroup; index: number }) {
  const base = organBase(props.organ);
  const id = `matter-${props.index}`;
  return (
    <section class="pt-dir-group" aria-labelledby={id}>
      <h2 id={id}>{props.group.matter}</h2>
      <div class="table-wrap" role="region" aria-labelledby={id} tabindex={0}>
        <table class="pt-dir">
          <caption class="visually-hidden">{props.group.matter}的公开事项</caption>
          <thead>
            <tr>
              <th scope="col">二级事项</th>
              <th scope="col">公开内容（要素）</th>
              <th scope="col">公开依据</th>
              <th scope="col">公开时限</th>
              <th scope="col">公开主体</th>
              <th scope="col">公开渠道和载体</th>
              <th scope="col">公开对象</th>
              <th scope="col">公开方式</th>
              <th scope="col">公开层级</th>
              <th scope="col">所在栏目</th>
            </tr>
          </thead>
          <tbody>
            {props.group.rows.map((r) => (
              <tr>
                <th scope="row">
                  {r.subMatter === '' ? r.matter : r.subMatter}
                  {r.isExample ? <span class="dir-example">示例</span> : null}
                </th>
                <td>{r.content}</td>
                <td>{r.basis}</td>
                <td>{r.timeLimit}</td>
                <td>{r.publisher}</td>
                <td>{r.channels.map((c) => DIRECTORY_CHANNELS[c]).join('、')}</td>
                <td>{DIRECTORY_AUDIENCES[r.audience]}</td>
                <td>{DIRECTORY_MODES[r.mode]}</td>
                <td>{r.levels.map((l) => DIRECTORY_LEVELS[l]).join('、')}</td>
                <td>
                  {r.columns.map((c, i) => (
                    <>
                      {i > 0 ? '、' : null}
                      <a href={`${base}/gk/c/${c.slug}`}>{c.name}</a>
                    </>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The page. */
export function DirectoryPage(props: {
  frame: Frame;
  organ: PortalOrgan;
  groups: readonly DirectoryGroup[];
}) {
  const { frame, organ, groups } = props;
  const base = organBase(organ);
  const crumbs = [
    ...baseCrumbs(frame),
    { label: '政府信息公开', href: `${base}/gk` },
    { label: '法定主动公开内容', href: `${base}/gk/statutory` },
    { label: TITLE },
  ];
  return (
    <PortalPage
      frame={frame}
      nav="gk"
      crumbs={crumbs}
      meta={{ title: `${TITLE} - ${organ.name}`, columnName: TITLE, columnType: '信息公开目录' }}
    >
      <h1>{TITLE}</h1>
      <p class="pt-lead">
        按《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》（国办发〔2019〕54号）编制，列明公开事项的名称、内容、依据、时限、主体、方式、渠道和公开对象。
      </p>
      {groups.length === 0 ? null : <p class="pt-scroll-hint">目录表格较宽，可在表格上左右滑动查看。</p>}
      {groups.length === 0 ? (
        <p class="pt-leaf-empty pt-leaf-block">本机关尚未发布主动公开事项目录。</p>
      ) : (
        groups.map((group, i) => <Group organ={organ} group={group} index={i + 1} />)
      )}
    </PortalPage>
  );
}
