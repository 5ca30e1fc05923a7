/**
 * 依申请公开: how to apply to this organ — channels with their receipt-date rules, what the
 * application contains, 补正, 答复期限, fees and remedies, with links to the online application
 * form, the progress lookup (/track) and the 期限计算器.
 */
import { remediesText, workOffice } from '../../app/portal/application-rules.ts';
import { GK_COLUMNS } from '../../app/portal/columns.ts';
import type { PortalOrgan } from '../../db/queries/portal.ts';
import { organBase, type Frame } from './frame.ts';
import { ChannelList, ContactFacts, ProcedureRules } from './guide-page.tsx';
import { baseCrumbs, PortalPage } from './portal-layout.tsx';

/** The page. */
export function ApplyPage(props: { frame: Frame; organ: PortalOrgan; parent: PortalOrgan | null }) {
  const { frame, organ } = props;
  const column = GK_COLUMNS.find((c) => c.key === 'apply')!;
  const office = workOffice(organ);
  return (
    <PortalPage
      frame={frame}
      nav="apply"
      crumbs={[...baseCrumbs(frame), { label: column.name }]}
      mainClass="pt-article"
      meta={{
        title: `${organ.name}${column.name}`,
        columnName: column.name,
        columnType: column.columnType,
        columnDescription: column.description,
        columnKeywords: `${organ.name},依申请公开,政府信息公开申请`,
      }}
    >
      <h1>依申请公开</h1>
      <div class="pt-notice" role="note">
        <p class="pt-notice-title">在线申请</p>
        <p>
          可以<a href={`${organBase(organ)}/gk/apply/form`}>在线填写政府信息公开申请表</a>
          ，提交后页面即显示回执（案件编号和查询码），凭回执可<a href="/track">查询办理进度</a>
          。也可以通过下列方式向{office.name}提交申请：当面提交地址为{office.address}（{office.officeHours}
          ），邮寄地址相同（邮编 {office.postcode}）。
        </p>
        <p>
          本机关已公开的答复见<a href={`${organBase(organ)}/gk/replies`}>依申请公开答复</a>。
        </p>
      </div>
      <section aria-labelledby="channels">
        <h2 id="channels">一、申请渠道</h2>
        <ChannelList organ={organ} />
      </section>
      <section aria-labelledby="rules">
        <h2 id="rules">二、申请和办理</h2>
        <ProcedureRules numbers={['（一）', '（二）', '（三）', '（四）']} />
      </section>
      <section aria-labelledby="remedies">
        <h2 id="remedies">三、监督和救济</h2>
        <p>
          {remediesText(props.parent?.name ?? null)}
          <span class="pt-basis">（《条例》第五十一条）</span>
        </p>
      </section>
      <section aria-labelledby="contact">
        <h2 id="contact">四、受理机构</h2>
        <ContactFacts organ={organ} />
      </section>
      <p class="pt-more">
        <a href={`${organBase(organ)}/gk/guide`}>查看政府信息公开指南</a> ·{' '}
        <a href="/calculator">答复期限计算器</a>
      </p>
    </PortalPage>
  );
}
