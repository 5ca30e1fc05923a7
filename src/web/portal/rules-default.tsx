/**
 * The 政府信息公开制度 an organ shows until it writes its own: the 条例's institutions in a few
 * paragraphs, built from the organ's data (工作机构, 主动公开 and its 审查, 依申请公开, 保密审查,
 * 监督), marked as the default text.
 */
import { remediesText, workOffice } from '../../app/portal/application-rules.ts';
import type { PortalOrgan } from '../../db/queries/portal.ts';
import { organBase } from './frame.ts';

/** The default 工作制度 of `organ`; `parentName` is the organ above (named under 监督). */
export function DefaultRules(props: { organ: PortalOrgan; parentName: string | null }) {
  const { organ } = props;
  const office = workOffice(organ);
  return (
    <div class="pt-empty-state pt-default-rules">
      <p class="pt-default-mark">
        <strong>默认文本</strong>：以下根据《中华人民共和国政府信息公开条例》和本机关登记的信息生成，
        {organ.name}发布本机关工作制度后，以本机关发布的为准。
      </p>
      <h3>一、工作机构</h3>
      <p>
        {office.name}负责本机关政府信息公开的日常工作，办公地址：{office.address}，联系电话：{office.phone}
        <span class="pt-basis">（《条例》第四条）</span>。
      </p>
      <h3>二、主动公开和审查</h3>
      <p>
        属于主动公开范围的政府信息，经起草、审核、签发后公开，先审查后公开；自形成或者变更之日起 20
        个工作日内公开，发布前检查是否含有个人隐私等不应公开的内容
        <span class="pt-basis">（《条例》第十九条至第二十一条、第二十六条）</span>。
      </p>
      <h3>三、依申请公开</h3>
      <p>
        收到申请后登记编号，申请内容不明确的一次性告知补正，涉及第三方权益的书面征求意见；能够当场答复的当场答复，不能当场答复的自收到申请之日起
        20 个工作日内答复，需要延长的经负责人同意延长不超过 20 个工作日
        <span class="pt-basis">（《条例》第三十条至第三十三条）</span>。办理指引见
        <a href={`${organBase(organ)}/apply`}>依申请公开</a>。
      </p>
      <h3>四、保密审查</h3>
      <p>
        公开政府信息前，依照《中华人民共和国保守国家秘密法》以及其他法律、法规和国家有关规定进行审查；不能确定是否可以公开的，报有关主管部门或者保密行政管理部门确定
        <span class="pt-basis">（《条例》第十七条）</span>。
      </p>
      <h3>五、监督</h3>
      <p>
        本机关接受政府信息公开工作主管部门的监督检查和社会评议，每年1月31日前公布上一年度政府信息公开工作年度报告
        <span class="pt-basis">（《条例》第四十七条、第四十九条）</span>。{remediesText(props.parentName)}
      </p>
    </div>
  );
}
