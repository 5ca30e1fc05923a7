/**
 * The roll-up's prose (issue 12, decision 038): the organ's drafted prose said of the whole area,
 * as district reports write it (seed 002: 「2024年全区共收到政府信息公开申请61件」「全区各级行政机关…
 * 未收取信息处理费」), with a sentence saying which organs the figures sum and where they came from.
 * The figures and their keys are the drafted ones, so stale-sentence tracking still works. Pure.
 */
import type { DraftedProse } from './draft-prose.ts';
import { sentence, type DraftedSentence } from './drafted-sentence.ts';
import { ROLLUP_GROUP_LABELS, ROLLUP_GROUPS, type RollupMember } from './rollup-members.ts';

/** What the sentences need besides the prose. */
export type RollupProseInput = {
  year: number;
  organ: string;
  area: string;
  members: readonly RollupMember[];
};

const said = (s: DraftedSentence, text: string): DraftedSentence => ({ text, figures: s.figures });

/** 「本年度…」 of a part said of the area (「2025年全区…」); `who` names the actors (「各级行政机关」). */
function ofArea(sentences: readonly DraftedSentence[], opening: string, who = ''): DraftedSentence[] {
  return sentences.map((s) =>
    s.text.startsWith('本年度') ? said(s, `${opening}${who}${s.text.slice(3)}`) : s,
  );
}

/** 「本报告汇总本级政府办公室1个、部门12个、街道、乡镇9个共22个单位的数据，其中…」 */
function membersSentence(members: readonly RollupMember[]): DraftedSentence {
  const groups = ROLLUP_GROUPS.flatMap((g) => {
    const n = members.filter((m) => m.group === g).length;
    return n === 0 ? [] : [`${ROLLUP_GROUP_LABELS[g]}${n}个`];
  });
  const fromReports = members.filter((m) => m.figures !== 'records').length;
  const imported = members.filter((m) => m.figures === 'imported').length;
  const count = { key: 'rollup.members', value: members.length };
  const reports = { key: 'rollup.fromReports', value: fromReports };
  const head = sentence`本报告数据汇总${groups.join('，')}，共${count}个单位`;
  if (fromReports === 0) {
    return { text: `${head.text}，均按平台记录统计。`, figures: head.figures };
  }
  const importedFigure = { key: 'rollup.imported', value: imported };
  // 「其余按平台记录统计」 only when some organs are counted from records
  const tail =
    fromReports === members.length
      ? imported === 0
        ? sentence`，均采用其已发布的年度报告数据。`
        : sentence`，均采用其已发布的年度报告数据（${importedFigure}个为导入的年度报告）。`
      : imported === 0
        ? sentence`，其中${reports}个单位采用其已发布的年度报告数据，其余按平台记录统计。`
        : sentence`，其中${reports}个单位采用其已发布的年度报告数据（${importedFigure}个为导入的年度报告），其余按平台记录统计。`;
  return { text: `${head.text}${tail.text}`, figures: [...head.figures, ...tail.figures] };
}

/**
 * The district's prose from the prose drafted of the summed facts.
 * @example districtProse(prose, { year: 2025, organ: '甲区人民政府', area: '全区', members }).applications[0].text
 *   // '2025年全区共收到政府信息公开申请61件，较上年减少20.8%，上年结转3件。'
 */
export function districtProse(prose: DraftedProse, input: RollupProseInput): DraftedProse {
  const opening = `${input.year}年${input.area}`;
  const [first, ...rest] = prose.overview;
  const overview = [
    ...(first === undefined
      ? []
      : [
          said(
            first,
            `${opening}各级行政机关认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，依法做好政府信息公开工作。`,
          ),
        ]),
    membersSentence(input.members),
    ...rest,
  ];
  return {
    overview,
    proactive: prose.proactive,
    applications: ofArea(prose.applications, opening),
    reviewLitigation: ofArea(prose.reviewLitigation, opening),
    problems: prose.problems,
    other: ofArea(prose.other, opening, '各级行政机关'),
  };
}
