import { describe, expect, it } from 'vitest';
import type { PortalOrgan } from '../../db/queries/portal.ts';
import { applicationChannels, remediesText, workOffice } from './application-rules.ts';
import { GK_COLUMNS, STATUTORY_COLUMNS } from './columns.ts';
import { buildSnapshot, cachedPage, createPortalDirectory } from './directory.ts';
import { platformName, siteInfo, workOfficeName } from './site.ts';

const organ = (over: Partial<PortalOrgan>): PortalOrgan => ({
  id: 1,
  parentId: null,
  name: '淄博市博山区人民政府',
  shortName: '区政府',
  slug: 'boshan',
  type: 'government',
  level: 'county',
  address: '中心路1号',
  postcode: '255200',
  phone: '0533-1',
  fax: null,
  email: null,
  officeHours: '周一至周五',
  sortOrder: 0,
  ...over,
});

describe('site furniture', () => {
  it.each([
    ['淄博市博山区人民政府', '淄博市博山区政府信息公开平台'],
    ['博山区财政局', '博山区财政局政府信息公开平台'],
    ['城东街道办事处', '城东街道办事处政府信息公开平台'],
  ])('names the platform of %s', (name, expected) => {
    expect(platformName({ name })).toBe(expected);
  });

  it('marks unset registration numbers as examples and uses set ones', () => {
    const site = siteInfo(organ({}), {
      'site.icp': '鲁ICP备12345678号',
      'site.domain': ' gk.example.gov.cn ',
    });
    expect(site).toMatchObject({
      name: '淄博市博山区政府信息公开平台',
      domain: 'gk.example.gov.cn',
      sponsor: '淄博市博山区人民政府',
      operator: '淄博市博山区人民政府办公室',
    });
    expect(site.idCode.isExample).toBe(true);
    expect(site.icp).toEqual({ value: '鲁ICP备12345678号', isExample: false });
  });

  it('names the 工作机构 of a township 党政办公室', () => {
    expect(workOfficeName({ name: '池上镇人民政府', type: 'township' })).toBe('池上镇人民政府党政办公室');
  });
});

describe('application channels (条例第三十一条)', () => {
  it('offers counter and mail always, fax and e-mail only when published', () => {
    expect(applicationChannels(organ({})).map((c) => c.key)).toEqual(['counter', 'mail']);
    const all = applicationChannels(organ({ fax: '0533-2', email: 'a@b.example' }));
    expect(all.map((c) => c.key)).toEqual(['counter', 'mail', 'fax', 'internet']);
    expect(all.find((c) => c.key === 'counter')?.receiptRule).toBe('以提交之日为收到申请之日。');
    expect(all.find((c) => c.key === 'fax')?.receiptRule).toBe('以双方确认之日为收到申请之日。');
  });

  it('says 暂未公布 for missing contact data and names the parent for remedies', () => {
    expect(workOffice(organ({ address: null, phone: ' ' }))).toMatchObject({
      address: '暂未公布',
      phone: '暂未公布',
      fax: '暂未公布',
    });
    expect(remediesText('博山区人民政府')).toContain('上一级行政机关（博山区人民政府）');
    expect(remediesText(null)).toContain('向上一级行政机关或者');
  });
});

describe('the 政府信息公开 column', () => {
  it('keeps the four standard columns in the order of 国办公开办函〔2019〕61号, then 依申请公开', () => {
    expect(GK_COLUMNS.map((c) => c.name)).toEqual([
      '政府信息公开指南',
      '政府信息公开制度',
      '法定主动公开内容',
      '政府信息公开年报',
      '依申请公开',
    ]);
  });

  it('has one sub-column per item of 第二十条', () => {
    const items = STATUTORY_COLUMNS.map((c) => /第二十条（([一二三四五六七八九十]+)）/.exec(c.basis)?.[1]);
    expect(items).toEqual([
      '二',
      '一',
      '三',
      '四',
      '五',
      '六',
      '七',
      '八',
      '九',
      '十',
      '十一',
      '十二',
      '十三',
      '十四',
      '十五',
    ]);
  });
});

describe('organ directory', () => {
  it('builds the tree with departments before townships', () => {
    const snapshot = buildSnapshot(
      [
        organ({}),
        organ({ id: 3, parentId: 1, slug: 'z', type: 'township', sortOrder: 0 }),
        organ({ id: 2, parentId: 1, slug: 'd', type: 'department', sortOrder: 5 }),
      ],
      {},
    );
    expect(snapshot.root?.slug).toBe('boshan');
    expect(snapshot.childrenOf.get(1)?.map((o) => o.slug)).toEqual(['d', 'z']);
    expect(snapshot.bySlug.get('z')?.id).toBe(3);
  });

  it('reads the database once per TTL and shares a read between concurrent callers', async () => {
    let queries = 0;
    let now = 0;
    const db = {
      query: () => {
        queries += 1;
        return Promise.resolve([]);
      },
    };
    const directory = createPortalDirectory(db, { ttlMs: 1000, now: () => now });
    await Promise.all([directory.snapshot(), directory.snapshot()]);
    expect(queries).toBe(3); // organs, settings, report years
    now = 999;
    await directory.snapshot();
    expect(queries).toBe(3);
    now = 1000;
    await directory.snapshot();
    expect(queries).toBe(6);
    directory.invalidate();
    await directory.snapshot();
    expect(queries).toBe(9);
  });

  it('renders a page once per snapshot and key', async () => {
    const snapshot = buildSnapshot([organ({})], {});
    let renders = 0;
    const render = () => `<p>${++renders}</p>`;
    expect(await cachedPage(snapshot, '/a|x|', render)).toBe('<p>1</p>');
    expect(await cachedPage(snapshot, '/a|x|', render)).toBe('<p>1</p>');
    expect(await cachedPage(snapshot, '/a|x|elder', render)).toBe('<p>2</p>');
    expect(await cachedPage(buildSnapshot([organ({})], {}), '/a|x|', render)).toBe('<p>3</p>');
    await expect(cachedPage(snapshot, '/b', () => Promise.reject(new Error('404')))).rejects.toThrow('404');
    expect(await cachedPage(snapshot, '/b', render)).toBe('<p>4</p>');
  });
});
