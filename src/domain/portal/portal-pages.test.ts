import { describe, expect, it } from 'vitest';
import { GUIDE_REQUIRED_PARTS, isPortalPageKind, missingGuideParts } from './portal-pages.ts';

const COMPLETE = `一、主动公开
（一）信息分类与编排体系：本平台设政府信息公开专栏。
（二）获取方式：登录本平台查阅、检索和下载。
二、依申请公开
（一）受理机构：区政府办公室（政府信息公开工作机构），地址：中山路1号，办公时间：工作日上午9时至下午5时，
联系电话：0533-1234567，传真：0533-1234568，电子邮箱：gk@example.gov.cn。
（二）申请方式：当面、邮寄或网上申请。
（三）处理流程：收到申请之日起20个工作日内予以答复。
（四）收费：一般不收取费用；超出合理范围的，可以收取信息处理费。
三、监督和救济：可以投诉、举报，也可以依法申请行政复议或者提起行政诉讼。`;

describe('政府信息公开指南 completeness (条例第十二条, portal-conventions §2.4)', () => {
  it('finds nothing missing in a guide that names every required part', () => {
    expect(missingGuideParts(COMPLETE)).toEqual([]);
  });

  it('lists every required part for an empty guide, in order', () => {
    expect(missingGuideParts('').map((p) => p.key)).toEqual(GUIDE_REQUIRED_PARTS.map((p) => p.key));
  });

  it.each([
    ['fax', /传真：0533-1234568，/],
    ['fees', /（四）收费.*$/m],
    ['remedies', /三、监督和救济.*$/m],
    ['address', /地址：中山路1号，/],
  ])('warns when the %s part is removed', (key, cut) => {
    const missing = missingGuideParts(COMPLETE.replace(cut, ''));
    expect(missing.map((p) => p.key)).toEqual([key]);
    expect(missing[0]!.label).toMatch(/\p{Script=Han}/u);
  });

  it('reads words split by line breaks and spaces', () => {
    expect(missingGuideParts(COMPLETE.replace('传真', '传 \n真')).map((p) => p.key)).toEqual([]);
  });

  it('knows the two page kinds only', () => {
    expect(isPortalPageKind('guide')).toBe(true);
    expect(isPortalPageKind('rules')).toBe(true);
    expect(isPortalPageKind('../guide')).toBe(false);
    expect(isPortalPageKind(undefined)).toBe(false);
  });
});
