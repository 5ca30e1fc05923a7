/**
 * Words that do not belong in a government report: gambling, pornography and illegal advertising.
 *
 * Where this list comes from: it is hand-curated for this project, not copied from an official list
 * (no national list of such words is published). The terms are the kinds of text that SEO spam
 * injects into hacked Chinese government pages — gambling brands and their bait words ("UedBet体育"
 * in seed 000 replaced 政务公开, a city name and a leader's name), porn and illegal-service ads — as
 * they appear in content-security keyword lists that website operators and public filter projects
 * keep. Keep it short and precise: a term that a report could use honestly (e.g. 「打击网络赌博」,
 * 「查处老虎机」, 「福利彩票公益金」) must either stay out of the list or be marked `topic`, so it is only
 * flagged outside an enforcement context. Add a test case with every new term.
 */

export type SpamCategory = 'gambling' | 'porn' | 'ad';

export type SpamTerm = {
  readonly term: string;
  readonly category: SpamCategory;
  /**
   * `brand`: never legitimate in a report (brand names, bait phrases) — always flagged.
   * `topic`: can appear when the report describes enforcement (打击、查处…) — flagged only outside
   * such a context.
   */
  readonly kind: 'brand' | 'topic';
};

const brand = (category: SpamCategory, terms: readonly string[]): SpamTerm[] =>
  terms.map((term) => ({ term, category, kind: 'brand' }));
const topic = (category: SpamCategory, terms: readonly string[]): SpamTerm[] =>
  terms.map((term) => ({ term, category, kind: 'topic' }));

/** The lexicon. Latin terms are matched case-insensitively. */
// prettier-ignore
export const SPAM_TERMS: readonly SpamTerm[] = [
  ...brand('gambling', [
    // Brands of online casinos and sports-betting sites, as spam writes them.
    '澳门新葡京', '新葡京', '葡京娱乐', '澳门威尼斯人', '威尼斯人娱乐', '太阳城集团', '太阳城娱乐', '太阳城官网',
    '皇冠体育', '皇冠娱乐', '皇冠足球', '开云体育', '开云官网', '乐鱼体育', '华体会', '九游会', '九游娱乐',
    '亚博体育', '亚博娱乐', '必威体育', '必威官网', '万博体育', '万博官网', '明升体育', '沙巴体育', '利来国际',
    '凯发娱乐', '龙8国际', '尊龙凯时', '金沙娱乐', '澳门金沙', '永利娱乐', '银河娱乐', '美高梅娱乐', '博狗',
    '威廉希尔', '大发快三', '幸运飞艇', '北京赛车pk10', '分分彩',
    'bet365', '188bet', '12bet', 'w88', 'dafabet', 'betway', '1xbet', 'sbobet', 'manbetx', 'vwin',
    // Bait phrases of gambling ads.
    '真人视讯', '真人荷官', '注册送彩金', '彩金', '首存', '注册送', '开户送',
  ]),
  ...topic('gambling', [
    '百家乐', '老虎机', '六合彩', '时时彩', '赌场', '博彩', '赌球', '娱乐城', '电子游艺', '足球投注', '网上投注',
  ]),
  ...brand('porn', ['约炮', '成人视频', '激情视频', '无码高清', 'AV女优', '福利姬', '看片神器', '成人影院']),
  ...topic('porn', ['裸聊', '一夜情', '色情网站', '黄色网站']),
  ...brand('ad', ['代开发票联系', '办证刻章电话', '无抵押秒批']),
  ...topic('ad', ['代孕', '代开发票', '私家侦探', '刷单返利']),
];

/**
 * Words right after a Latin token that make it a gambling brand (「UedBet体育」「AG真人」「KY棋牌」).
 * `strong`: enough on their own; `weak`: only with other signs (the token repeats).
 */
export const GAMBLING_VOCABULARY = {
  strong: /^(?:体育|娱乐|真人|棋牌|彩票|电竞|百家乐|博彩|赌场|投注|老虎机|电子游艺|视讯|彩金)/,
  weak: /^(?:官网|平台|注册|开户|下载|登录|入口|国际|集团|网址)/,
} as const;

/** Words before a `topic` term that mean the report describes enforcement against it. */
export const ENFORCEMENT_CONTEXT =
  /打击|整治|查处|查获|取缔|严打|非法|违法|涉赌|涉黄|赌博|私彩|地下|收缴|没收|捣毁|专项|扫黄|禁止|防范|警惕|举报|诈骗|敲诈|犯罪|案件/;

/** What each category is called in messages. */
export const CATEGORY_NAMES = {
  gambling: '赌博类',
  porn: '色情类',
  ad: '违法广告类',
} as const satisfies Record<SpamCategory, string>;
