/**
 * 政府信息公开指南, generated from the organ's data (条例第十二条: 分类、编排体系、获取方式，工作机构
 * 名称、办公地址、办公时间、联系电话、传真号码、互联网联系方式; portal-conventions §2.4). The channel
 * list and the contact table are the same components the 依申请公开 page uses. An organ that wrote
 * its own 指南 (/staff/site/guide) gets that instead, with 「更新于…」.
 */
import {
  APPLICATION_CONTENTS,
  applicationChannels,
  PROCEDURE_RULES,
  remediesText,
  workOffice,
} from '../../app/portal/application-rules.ts';
import { GK_COLUMNS, STATUTORY_COLUMNS } from '../../app/portal/columns.ts';
import type { PortalOrgan } from '../../db/queries/portal.ts';
import type { PortalPageVersion } from '../../db/queries/portal-pages.ts';
import { organBase, type Frame } from './frame.ts';
import { gkColumnCrumbs, PortalPage } from './portal-layout.tsx';
import { WrittenPageBody } from './written-page.tsx';

/** The 工作机构 and every contact field, as a definition list. */
export function ContactFacts(props: { organ: PortalOrgan }) {
  const office = workOffice(props.organ);
  return (
    <dl class="pt-facts pt-facts-wide">
      <dt>工作机构名称</dt>
      <dd>{office.name}</dd>
      <dt>办公地址</dt>
      <dd>{office.address}</dd>
      <dt>邮政编码</dt>
      <dd>{office.postcode}</dd>
      <dt>办公时间</dt>
      <dd>{office.officeHours}</dd>
      <dt>联系电话</dt>
      <dd>{office.phone}</dd>
      <dt>传真号码</dt>
      <dd>{office.fax}</dd>
      <dt>电子邮箱</dt>
      <dd>{office.email}</dd>
    </dl>
  );
}

/** The ways to apply with the receipt-date rule of each (条例第三十一条). */
export function ChannelList(props: { organ: PortalOrgan }) {
  return (
    <ol class="pt-channels">
      {applicationChannels(props.organ).map((channel) => (
        <li class="pt-channel">
          <h3>{channel.name}</h3>
          <p>{channel.how}</p>
          <p class="pt-rule">
            <span class="pt-rule-label">收到申请之日：</span>
            {channel.receiptRule}
          </p>
        </li>
      ))}
    </ol>
  );
}

/**
 * 第二十九条 contents, 补正, 答复期限, 信息处理费, as four sub-sections.
 * @param props.numbers the four headings' numbers (e.g. 「（三）」…), continuing the page's numbering
 */
export function ProcedureRules(props: { numbers: readonly [string, string, string, string] }) {
  const [first, ...rest] = props.numbers;
  return (
    <>
      <h3>{first}申请内容</h3>
      <p>申请人应当以书面形式（包括信件、数据电文）提出申请，申请内容包括（《条例》第二十九条）：</p>
      <ol class="pt-numbered">
        {APPLICATION_CONTENTS.map((item) => (
          <li>{item}</li>
        ))}
      </ol>
      {PROCEDURE_RULES.map((rule, i) => (
        <>
          <h3>
            {rest[i]}
            {rule.title}
          </h3>
          <p>
            {rule.text}
            <span class="pt-basis">（{rule.basis}）</span>
          </p>
        </>
      ))}
    </>
  );
}

function Toc() {
  const items = [
    ['proactive', '一、主动公开'],
    ['application', '二、依申请公开'],
    ['remedies', '三、监督和救济'],
    ['contact', '四、工作机构和联系方式'],
  ] as const;
  return (
    <nav class="pt-toc" aria-label="本页目录">
      <ol>
        {items.map(([id, label]) => (
          <li>
            <a href={`#${id}`}>{label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/**
 * The page: the organ's own 指南 when it wrote one, else the default generated from its data.
 * `parent` is the organ above (named under 监督和救济).
 */
export function GuidePage(props: {
  frame: Frame;
  organ: PortalOrgan;
  parent: PortalOrgan | null;
  written: PortalPageVersion | null;
}) {
  const { frame, organ } = props;
  const column = GK_COLUMNS[0]!;
  return (
    <PortalPage
      frame={frame}
      nav="gk"
      crumbs={gkColumnCrumbs(frame, organ, column, null)}
      mainClass="pt-article"
      meta={{
        title: `${organ.name}${column.name}`,
        columnName: column.name,
        columnType: column.columnType,
        columnDescription: column.description,
        columnKeywords: `${organ.name},政府信息公开指南,依申请公开`,
      }}
    >
      <h1>{organ.name}政府信息公开指南</h1>
      {props.written !== null ? (
        <WrittenPageBody version={props.written} />
      ) : (
        <DefaultGuide organ={organ} parent={props.parent} />
      )}
    </PortalPage>
  );
}

/** The 指南 generated from the organ's data. */
function DefaultGuide(props: { organ: PortalOrgan; parent: PortalOrgan | null }) {
  const { organ } = props;
  const base = organBase(organ);
  return (
    <>
      <p class="pt-lead">
        为便于公民、法人和其他组织获取{organ.name}
        的政府信息，根据《中华人民共和国政府信息公开条例》（以下简称《条例》），编制本指南。本指南根据机关信息自动生成，机关信息变更时随之更新。
      </p>
      <Toc />
      <section aria-labelledby="proactive">
        <h2 id="proactive">一、主动公开</h2>
        <h3>（一）公开范围</h3>
        <p>
          本机关依照《条例》第十九条、第二十条、第二十一条的规定，主动公开涉及公众利益调整、需要公众广泛知晓或者需要公众参与决策的政府信息。
        </p>
        <h3>（二）信息分类与编排体系</h3>
        <p>
          本平台设「政府信息公开」专栏，依次设置
          {GK_COLUMNS.slice(0, 4)
            .map((c) => `「${c.name}」`)
            .join('')}
          四个一级栏目。「法定主动公开内容」按《条例》第二十条所列事项分设子栏目：
        </p>
        <p class="pt-inline-list">{STATUTORY_COLUMNS.map((c) => c.name).join('、')}。</p>
        <p>每条信息标注索引号、名称、发布机构、生成日期和文号等，索引号唯一且不重复使用。</p>
        <h3>（三）获取方式</h3>
        <p>
          可以登录本平台查阅、检索和下载主动公开的政府信息（《条例》第二十四条）；也可以到当地档案馆、公共图书馆和政务服务场所设置的政府信息公开查阅点查阅（《条例》第二十五条）。
        </p>
        <h3>（四）公开时限</h3>
        <p>
          属于主动公开范围的政府信息，自该政府信息形成或者变更之日起 20
          个工作日内予以公开；法律、法规对公开期限另有规定的，从其规定（《条例》第二十六条）。
        </p>
      </section>
      <section aria-labelledby="application">
        <h2 id="application">二、依申请公开</h2>
        <p>除本机关主动公开的政府信息外，公民、法人或者其他组织可以向本机关申请获取相关政府信息。</p>
        <h3>（一）受理机构</h3>
        <p>
          {workOffice(organ).name}负责受理向本机关提出的政府信息公开申请，地址和联系方式见本指南第四部分。
        </p>
        <h3>（二）申请渠道</h3>
        <ChannelList organ={organ} />
        <ProcedureRules numbers={['（三）', '（四）', '（五）', '（六）']} />
        <p class="pt-more">
          <a href={`${base}/apply`}>查看依申请公开办理指引</a>
        </p>
      </section>
      <section aria-labelledby="remedies">
        <h2 id="remedies">三、监督和救济</h2>
        <p>
          {remediesText(props.parent?.name ?? null)}
          <span class="pt-basis">（《条例》第五十一条）</span>
        </p>
      </section>
      <section aria-labelledby="contact">
        <h2 id="contact">四、工作机构和联系方式</h2>
        <ContactFacts organ={organ} />
      </section>
    </>
  );
}
