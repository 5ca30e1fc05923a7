import { describe, expect, it } from 'vitest';
import { DECISIONS } from '../case/decisions.ts';
import type { Decision } from '../case/decisions.ts';
import { composeLetter } from './compose-letter.ts';
import { PARTLY_GRANTED_ITEM, replyOf, sampleInput } from './letter-fixtures.test-support.ts';
import type { ReplyItem } from './letter-input.ts';

const REGULATION = '《中华人民共和国政府信息公开条例》';

/** The article each decision's reply cites, and a phrase that shows the decision. */
const EXPECTED: Record<Decision, { article: string | null; says: string }> = {
  granted: { article: '第三十六条第（二）项', says: '本机关予以公开。该信息随本答复书一并提供。' },
  partlyGranted: { article: '第三十七条', says: '本机关向您提供可以公开的其余部分' },
  'withheld.stateSecret': { article: '第十四条', says: '本机关不予公开。' },
  'withheld.prohibitedByLaw': { article: '第十四条', says: '本机关不予公开。' },
  'withheld.securityStability': { article: '第十四条', says: '本机关不予公开。' },
  'withheld.thirdPartyRights': { article: '第十五条', says: '本机关不予公开。' },
  'withheld.internalAffairs': { article: '第十六条第一款', says: '本机关不予公开。' },
  'withheld.processInformation': { article: '第十六条第二款', says: '本机关不予公开。' },
  'withheld.enforcementFiles': { article: '第十六条第二款', says: '本机关不予公开。' },
  'withheld.administrativeQuery': {
    article: '第三十六条第（七）项',
    says: '请您按照有关法律、行政法规的规定办理。',
  },
  'unavailable.notHeld': { article: '第三十六条第（四）项', says: '告知您该政府信息不存在。' },
  'unavailable.needsCreation': { article: '第三十八条', says: '本机关不予提供。' },
  'unavailable.unclearAfterCorrection': { article: '第三十条', says: '经补正后申请内容仍不明确' },
  'notProcessed.complaint': { article: '第三十九条第一款', says: '该申请不作为政府信息公开申请处理。' },
  'notProcessed.duplicate': { article: '第三十六条第（六）项', says: '本机关不予重复处理。' },
  'notProcessed.publication': { article: '第三十九条第二款', says: '告知您获取的途径' },
  'notProcessed.excessive': { article: '第三十五条', says: '本机关不予处理。' },
  'notProcessed.confirmation': { article: null, says: '本机关不予处理。' },
  'other.noCorrection': { article: '第三十条', says: '视为您放弃申请，本机关不再处理该政府信息公开申请。' },
  'other.noFee': { article: null, says: '视为您放弃申请，本机关不再处理该政府信息公开申请。' },
  'other.other': { article: null, says: '本机关终止处理该政府信息公开申请。' },
};

const itemOf = (decision: Decision): ReplyItem => ({
  description: '城区道路改造工程资料',
  decision,
  reason: '理由如下',
});

describe('composeLetter — 答复书 per decision', () => {
  it.each(DECISIONS)('answers a %s item with its article and wording', (decision) => {
    const letter = composeLetter(sampleInput(replyOf(itemOf(decision))));
    const item = letter.paragraphs[1]!;
    expect(letter.title).toBe('政府信息公开申请答复书');
    expect(letter.number).toBe('博政公开〔2024〕12号-答复');
    expect(item).toMatch(/^关于您申请的“城区道路改造工程资料”，/);
    expect(item).toContain(EXPECTED[decision].says);
    const article = EXPECTED[decision].article;
    if (article !== null) {
      expect(item).toContain(`${REGULATION}${article}`);
      expect(letter.legalBasis).toContain(`${REGULATION}${article}`);
    }
    expect(letter.remedies.length).toBeGreaterThan(0);
  });

  it('points to where already published information is (第三十六条第（一）项)', () => {
    const letter = composeLetter(
      sampleInput(
        replyOf({
          description: '中标公告',
          decision: 'granted',
          publishedAt: '本机关门户网站“招标投标”栏目',
        }),
      ),
    );
    expect(letter.paragraphs[1]).toContain(
      '该信息已经主动公开。根据《中华人民共和国政府信息公开条例》第三十六条第（一）项的规定，告知您获取该信息的方式和途径：本机关门户网站“招标投标”栏目。',
    );
  });

  it('names the responsible organ when the information is another organ’s (第三十六条第（五）项)', () => {
    const letter = composeLetter(
      sampleInput(
        replyOf({
          description: '施工日志',
          decision: 'unavailable.notHeld',
          referTo: '博山区住房和城乡建设局，电话0533-4180000',
        }),
      ),
    );
    expect(letter.paragraphs[1]).toContain(
      '第三十六条第（五）项的规定，告知您负责公开该政府信息的行政机关及其联系方式：博山区住房和城乡建设局，电话0533-4180000。',
    );
  });

  it('says how to obtain granted information when given', () => {
    const letter = composeLetter(
      sampleInput(
        replyOf({
          description: '会议纪要',
          decision: 'granted',
          howToObtain: '请于2024年3月25日至本机关领取',
        }),
      ),
    );
    expect(letter.paragraphs[1]).toMatch(/本机关予以公开。请于2024年3月25日至本机关领取。$/);
  });
});

describe('composeLetter — blank optional fields', () => {
  it('reads empty strings from forms as not given', () => {
    const letter = composeLetter(
      sampleInput(
        replyOf(
          { description: '会议纪要', decision: 'granted', reason: '', howToObtain: ' ', publishedAt: '' },
          { description: '施工日志', decision: 'unavailable.notHeld', referTo: '' },
        ),
      ),
    );
    expect(letter.paragraphs[1]).toMatch(
      /第三十六条第（二）项的规定，本机关予以公开。该信息随本答复书一并提供。$/,
    );
    expect(letter.paragraphs[2]).toContain('告知您该政府信息不存在。');
  });
});

describe('composeLetter — 部分公开 (第三十七条)', () => {
  const letter = composeLetter(sampleInput(replyOf(PARTLY_GRANTED_ITEM), '2024-03-20'));

  it('names the withheld part, its reason and its article, and what is given', () => {
    const item = letter.paragraphs[1]!;
    expect(item).toContain(
      '其中，“投标人报价明细及技术方案”不予公开，理由是：该部分涉及投标人的商业秘密，经书面征求意见，投标人不同意公开且理由合理。',
    );
    expect(item).toContain('依据为《中华人民共和国政府信息公开条例》第十五条。');
    expect(item).toContain(
      '根据《中华人民共和国政府信息公开条例》第三十七条的规定，本机关向您提供可以公开的其余部分。可以公开的部分以电子邮件方式发送至您预留的邮箱。',
    );
    expect(letter.legalBasis).toContain('《中华人民共和国政府信息公开条例》第十五条');
  });

  it('requires 行政复议 first (复议前置) for a 2024 partial disclosure', () => {
    expect(letter.templateVersion).toBe(2);
    expect(letter.remedies).toEqual([
      '如对本答复书不服，根据《中华人民共和国行政复议法》第二十三条的规定，应当自收到本答复书之日起六十日内先向淄博市人民政府申请行政复议；' +
        '对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内依法向人民法院提起行政诉讼。',
    ]);
  });
});

describe('composeLetter — the 2024-01-01 switch', () => {
  const refusal = replyOf({
    description: '评标讨论记录',
    decision: 'withheld.processInformation',
    reason: '该信息属于讨论记录',
  });

  it('dated 2023-12-31: template version 1, 行政复议 or 行政诉讼 at the applicant’s choice', () => {
    const letter = composeLetter(sampleInput(refusal, '2023-12-31', '2023-12-01'));
    expect(letter.templateVersion).toBe(1);
    expect(letter.remedies[0]).toContain('也可以自收到本答复书之日起六个月内依法向人民法院提起行政诉讼');
    expect(letter.legalBasis).toContain('《中华人民共和国行政复议法》第九条第一款');
  });

  it('dated 2024-01-01: template version 2, 行政复议 before any suit', () => {
    const letter = composeLetter(sampleInput(refusal, '2024-01-01', '2023-12-01'));
    expect(letter.templateVersion).toBe(2);
    expect(letter.remedies[0]).toContain('应当自收到本答复书之日起六十日内先向淄博市人民政府申请行政复议');
    expect(letter.remedies[0]).not.toContain('六个月');
    expect(letter.legalBasis).toContain('《中华人民共和国行政复议法》第二十三条第一款第（五）项、第二款');
  });
});

describe('composeLetter — several items', () => {
  it('numbers items 一、二、… each with its own decision, and splits the remedies', () => {
    const letter = composeLetter(
      sampleInput(
        replyOf(
          { description: '中标结果公告', decision: 'granted', publishedAt: '本机关门户网站' },
          PARTLY_GRANTED_ITEM,
          { description: '施工日志', decision: 'unavailable.notHeld' },
        ),
      ),
    );
    expect(letter.paragraphs[0]).toMatch(/现答复如下：$/);
    expect(letter.paragraphs.slice(1).map((paragraph) => paragraph.slice(0, 2))).toEqual([
      '一、',
      '二、',
      '三、',
    ]);
    expect(letter.paragraphs[2]).toMatch(/^二、关于“2023年城区道路改造工程的招标文件”：经审查/);
    expect(letter.remedies).toHaveLength(2);
    expect(letter.remedies[0]).toMatch(/^对本答复书中不予公开（含部分公开中不予公开的部分）的决定不服的/);
    expect(new Set(letter.legalBasis).size).toBe(letter.legalBasis.length);
  });
});
