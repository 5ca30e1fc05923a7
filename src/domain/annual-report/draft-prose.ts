/**
 * The six parts' prose drafted from the records (issue 12, "The draft"), in the wording real reports
 * use (seed 002: 「全区共收到政府信息公开申请61件」「予以公开40件、部分公开8件」「结转下年继续办理2件」).
 * Only figures that are numbers are printed: a blank cell is left out of the prose, never written
 * as 0. The problems part is the organ's own account and is not drafted. Pure.
 */
import type { Sections } from '../report/model.ts';
import {
  applicationFigures,
  figure,
  reviewFigures,
  type DraftFacts,
  type NamedCount,
} from './draft-facts.ts';
import {
  dependingOn,
  joinSentences,
  sentence,
  type DraftedSentence,
  type Figure,
} from './drafted-sentence.ts';
import { yearChange, yearChangeWords } from './year-change.ts';

/** The drafted sentences of each part. */
export type DraftedProse = Record<keyof Sections, DraftedSentence[]>;

const present = <T>(values: readonly (T | null)[]): T[] => values.filter((v): v is T => v !== null);

/** Clauses joined by `separator` and closed with 。 (null when there are none). */
function statement(clauses: readonly (DraftedSentence | null)[], separator = '，'): DraftedSentence | null {
  const kept = present(clauses);
  if (kept.length === 0) {
    return null;
  }
  const joined = joinSentences(kept, separator);
  return { ...joined, text: `${joined.text}。` };
}

/** 「A12条、B3条」 of the largest counts (at most `limit`), with each count as a figure. */
function countList(
  counts: readonly NamedCount[],
  prefix: string,
  unit: string,
  limit: number,
  shown: (name: string) => string = (name) => name,
): DraftedSentence {
  const largest = [...counts]
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, limit);
  return joinSentences(
    largest.map((c) => sentence`${shown(c.name)}${{ key: `${prefix}:${c.name}`, value: c.count }}${unit}`),
    '、',
  );
}

function proactiveProse(facts: DraftFacts): DraftedSentence[] {
  const out: DraftedSentence[] = [];
  const p = facts.publishing;
  if (p !== null) {
    const published = { key: 'records.itemsPublished', value: p.published };
    const columns = countList(p.byColumn, 'records.column', '条', 5, (name) => `「${name}」`);
    out.push(
      columns.text === ''
        ? sentence`全年通过政府网站主动公开政府信息${published}条。`
        : joinSentences(
            [sentence`全年通过政府网站主动公开政府信息${published}条，其中`, columns, sentence`。`],
            '',
          ),
    );
    const interpretations = p.interpretations.reduce((n, c) => n + c.count, 0);
    if (interpretations > 0) {
      const forms = countList(p.interpretations, 'records.interpretation', '篇', 5);
      out.push(
        joinSentences(
          [
            sentence`发布政策解读${{ key: 'records.interpretations', value: interpretations }}篇，其中`,
            forms,
            sentence`。`,
          ],
          '',
        ),
      );
    }
    if (p.gazetteIssues > 0) {
      out.push(sentence`编印政府公报${{ key: 'records.gazetteIssues', value: p.gazetteIssues }}期。`);
    }
  }
  const t = facts.proactive;
  if (t !== null) {
    const documents = (row: 'rules' | 'normativeDocuments', made: string, name: string) => {
      const [issued, repealed, inForce] = [
        figure(`proactive.${row}.issued`, t[row].issued),
        figure(`proactive.${row}.repealed`, t[row].repealed),
        figure(`proactive.${row}.inForce`, t[row].inForce),
      ];
      return present([
        issued && sentence`本年${made}${name}${issued}件`,
        repealed && sentence`废止${repealed}件`,
        inForce && sentence`现行有效${name}${inForce}件`,
      ]);
    };
    // county and township organs make no 规章: the sentence only when there is one to mention
    const rules = documents('rules', '制定', '规章');
    if (rules.some((s) => s.figures.some((f) => f.value > 0))) {
      out.push(statement(rules)!);
    }
    out.push(...present([statement(documents('normativeDocuments', '制发', '行政规范性文件'))]));
    const decisions = present([
      (() => {
        const f = figure('proactive.licensing.decisions', t.licensing.decisions);
        return f && sentence`行政许可决定${f}件`;
      })(),
      (() => {
        const f = figure('proactive.penalties.decisions', t.penalties.decisions);
        return f && sentence`行政处罚决定${f}件`;
      })(),
      (() => {
        const f = figure('proactive.coercion.decisions', t.coercion.decisions);
        return f && sentence`行政强制决定${f}件`;
      })(),
    ]);
    if (decisions.length > 0) {
      out.push(joinSentences([sentence`全年作出`, joinSentences(decisions, '、'), sentence`。`], ''));
    }
    const fee = figure('proactive.fees.amountWanYuan', t.fees.amountWanYuan);
    if (fee !== null && fee.value > 0) {
      // 万元 to four decimals (1 元), as entered (decision 037) — not rounded to two
      const wanYuan = String(Math.round(fee.value * 10_000) / 10_000);
      out.push(dependingOn(sentence`收取行政事业性收费${wanYuan}万元。`, fee));
    }
  }
  return out;
}

function applicationsProse(facts: DraftFacts): DraftedSentence[] {
  if (facts.applications === null) {
    return [];
  }
  const f = applicationFigures(facts.applications);
  if (f.received?.value === 0 && f.carriedOver?.value === 0) {
    return [
      dependingOn(sentence`本年度未收到政府信息公开申请，无上年结转的申请。`, f.received, f.carriedOver),
    ];
  }
  const out: DraftedSentence[] = [];
  if (f.received !== null) {
    const change = yearChangeWords(yearChange(f.received.value, facts.previousNewlyReceived), '件');
    const previous: Figure[] =
      change === ''
        ? []
        : [{ key: 'previous.applications.newlyReceived[6]', value: facts.previousNewlyReceived! }];
    const opening = dependingOn(
      sentence`本年度共收到政府信息公开申请${f.received}件${change === '' ? '' : `，${change}`}`,
      ...previous,
    );
    out.push(statement([opening, f.carriedOver && sentence`上年结转${f.carriedOver}件`])!);
    if (f.naturalPersons !== null && f.organisations !== null && f.received.value > 0) {
      out.push(sentence`其中自然人申请${f.naturalPersons}件，法人或其他组织申请${f.organisations}件。`);
    }
  }
  const outcomes = present([
    f.granted && f.granted.value > 0 ? sentence`予以公开${f.granted}件` : null,
    f.partlyGranted && f.partlyGranted.value > 0 ? sentence`部分公开${f.partlyGranted}件` : null,
    f.withheld && f.withheld.value > 0 ? sentence`不予公开${f.withheld}件` : null,
    f.unavailable && f.unavailable.value > 0 ? sentence`无法提供${f.unavailable}件` : null,
    f.notProcessed && f.notProcessed.value > 0 ? sentence`不予处理${f.notProcessed}件` : null,
    f.other && f.other.value > 0 ? sentence`其他处理${f.other}件` : null,
  ]);
  const handled =
    f.handled &&
    (outcomes.length === 0
      ? sentence`全年共办结政府信息公开申请${f.handled}件`
      : joinSentences(
          [sentence`全年共办结政府信息公开申请${f.handled}件，其中`, joinSentences(outcomes, '，')],
          '',
        ));
  // 「…其他处理1件；结转下年度继续办理2件。」
  out.push(
    ...present([
      statement([handled, f.carriedForward && sentence`结转下年度继续办理${f.carriedForward}件`], '；'),
    ]),
  );
  return out;
}

function reviewProse(facts: DraftFacts): DraftedSentence[] {
  if (facts.reviewLitigation === null) {
    return [];
  }
  const f = reviewFigures(facts.reviewLitigation);
  if (f.review?.value === 0 && f.litigation?.value === 0) {
    return [
      dependingOn(
        sentence`本年度未发生因政府信息公开工作被申请行政复议、被提起行政诉讼的情况。`,
        f.review,
        f.litigation,
      ),
    ];
  }
  const out: DraftedSentence[] = [];
  if (f.review !== null) {
    const results = present([
      f.upheld && f.upheld.value > 0 ? sentence`结果维持${f.upheld}件` : null,
      f.corrected && f.corrected.value > 0 ? sentence`结果纠正${f.corrected}件` : null,
      f.otherResult && f.otherResult.value > 0 ? sentence`其他结果${f.otherResult}件` : null,
      f.pending && f.pending.value > 0 ? sentence`尚未审结${f.pending}件` : null,
    ]);
    out.push(
      f.review.value === 0
        ? dependingOn(sentence`本年度未因政府信息公开工作被申请行政复议。`, f.review)
        : statement([
            joinSentences(
              [
                sentence`本年度因政府信息公开工作被申请行政复议${f.review}件，其中`,
                joinSentences(results, '、'),
              ],
              '',
            ),
          ])!,
    );
  }
  if (f.litigation !== null) {
    out.push(
      f.litigation.value === 0
        ? dependingOn(sentence`本年度未因政府信息公开工作被提起行政诉讼。`, f.litigation)
        : statement([
            sentence`因政府信息公开工作被提起行政诉讼${f.litigation}件`,
            f.direct &&
              f.afterReview &&
              sentence`其中未经复议直接起诉${f.direct}件、复议后起诉${f.afterReview}件`,
            f.litigationCorrected && f.litigationCorrected.value > 0
              ? sentence`结果纠正${f.litigationCorrected}件`
              : null,
          ])!,
    );
  }
  return out;
}

function otherProse(facts: DraftFacts): DraftedSentence[] {
  if (facts.fees === null) {
    return [];
  }
  const yuan = { key: 'records.feesYuan', value: facts.fees.collectedYuan };
  return [
    yuan.value === 0
      ? dependingOn(sentence`本年度未收取信息处理费。`, yuan)
      : sentence`本年度依据《政府信息公开信息处理费管理办法》收取信息处理费${yuan}元，涉及申请${{ key: 'records.feeApplications', value: facts.fees.applications }}件。`,
  ];
}

/**
 * The drafted prose of every part.
 * @example draftProse(facts).applications[0].text // '本年度共收到政府信息公开申请61件，较上年减少20.8%，上年结转3件。'
 */
export function draftProse(facts: DraftFacts): DraftedProse {
  const proactive = proactiveProse(facts);
  const applications = applicationsProse(facts);
  const overview = [
    sentence`${`${facts.year}年，${facts.organ}`}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，依法做好政府信息公开工作。`,
    sentence`${`本报告中所列数据的统计期限自${facts.year}年1月1日起至${facts.year}年12月31日止。`}`,
  ];
  return {
    overview,
    proactive,
    applications,
    reviewLitigation: reviewProse(facts),
    problems: [],
    other: otherProse(facts),
  };
}

/** The prose as the contract's sections (sentences of a part run on as one paragraph; none → null). */
export function sectionsOf(prose: DraftedProse): Sections {
  const text = (sentences: DraftedSentence[]) =>
    sentences.length === 0 ? null : sentences.map((s) => s.text).join('');
  return {
    overview: text(prose.overview),
    proactive: text(prose.proactive),
    applications: text(prose.applications),
    reviewLitigation: text(prose.reviewLitigation),
    problems: text(prose.problems),
    other: text(prose.other),
  };
}

/** Every figure the draft uses now (key → value), to find stale sentences of an older draft. */
export function currentFigures(prose: DraftedProse): Map<string, number> {
  return new Map(
    Object.values(prose).flatMap((sentences) =>
      sentences.flatMap((s) => s.figures.map((f) => [f.key, f.value] as const)),
    ),
  );
}
