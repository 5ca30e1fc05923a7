/**
 * The demo organ tree created at first start (when the registry is empty): a 区人民政府 with its
 * office, three bureaus, two 街道 and two 镇, so that every page has something to show. Addresses
 * are plausible, phone numbers are obviously fictional (local numbers never start with 0), the
 * e-mail domain is the reserved `.example`, and the credit codes are computed (valid check
 * characters, fictional 主体标识码). People change or replace them in 机构管理 or by import.
 */
import { countOrgans, lockOrganTree } from '../../db/queries/organs.ts';
import { completeCreditCode } from '../../domain/organs/credit-code.ts';
import type { Organ, OrganFields } from '../../domain/organs/organ.ts';
import { insertOrganAudited, SYSTEM_ACTOR } from '../organs/organ-writes.ts';
import type { OrganDeps } from '../organs/organ-deps.ts';

type DemoOrgan = Pick<
  OrganFields,
  'name' | 'shortName' | 'slug' | 'type' | 'level' | 'address' | 'sortOrder'
> & { serial: string; phone: string };

const HOURS = '周一至周五 上午8:30—12:00，下午13:30—17:30（法定节假日除外）';
const ROOT: DemoOrgan = {
  name: '博山区人民政府',
  shortName: '区政府',
  slug: 'boshan',
  type: 'government',
  level: 'county',
  address: '山东省淄博市博山区中心路1号',
  sortOrder: 0,
  serial: '0001',
  phone: '0533-0000100',
};

/** The organs under the district government. */
export const DEMO_ORGANS: readonly DemoOrgan[] = [
  {
    name: '博山区人民政府办公室',
    shortName: '区政府办',
    slug: 'zfb',
    type: 'department',
    level: 'county',
    address: '山东省淄博市博山区中心路1号',
    sortOrder: 1,
    serial: '0002',
    phone: '0533-0000101',
  },
  {
    name: '博山区教育局',
    shortName: '区教育局',
    slug: 'jyj',
    type: 'department',
    level: 'county',
    address: '山东省淄博市博山区新华路18号',
    sortOrder: 2,
    serial: '0003',
    phone: '0533-0000102',
  },
  {
    name: '博山区财政局',
    shortName: '区财政局',
    slug: 'czj',
    type: 'department',
    level: 'county',
    address: '山东省淄博市博山区新华路20号',
    sortOrder: 3,
    serial: '0004',
    phone: '0533-0000103',
  },
  {
    name: '博山区住房和城乡建设局',
    shortName: '区住建局',
    slug: 'zjj',
    type: 'department',
    level: 'county',
    address: '山东省淄博市博山区人民路66号',
    sortOrder: 4,
    serial: '0005',
    phone: '0533-0000104',
  },
  {
    name: '城东街道办事处',
    shortName: '城东街道',
    slug: 'chengdong',
    type: 'township',
    level: 'township',
    address: '山东省淄博市博山区城东街道峨眉山路8号',
    sortOrder: 1,
    serial: '0006',
    phone: '0533-0000105',
  },
  {
    name: '山头街道办事处',
    shortName: '山头街道',
    slug: 'shantou',
    type: 'township',
    level: 'township',
    address: '山东省淄博市博山区山头街道福山路3号',
    sortOrder: 2,
    serial: '0007',
    phone: '0533-0000106',
  },
  {
    name: '池上镇人民政府',
    shortName: '池上镇',
    slug: 'chishang',
    type: 'township',
    level: 'township',
    address: '山东省淄博市博山区池上镇池上村',
    sortOrder: 3,
    serial: '0008',
    phone: '0533-0000107',
  },
  {
    name: '源泉镇人民政府',
    shortName: '源泉镇',
    slug: 'yuanquan',
    type: 'township',
    level: 'township',
    address: '山东省淄博市博山区源泉镇源泉村',
    sortOrder: 4,
    serial: '0009',
    phone: '0533-0000108',
  },
];

/** 11 = 机构编制 · 机关; 370304 = 博山区; a fictional 主体标识码 `0099xxxxx`; computed check character. */
const creditCode = (serial: string) => completeCreditCode(`11370304009900${serial.slice(1)}`);

function fieldsOf(d: DemoOrgan): OrganFields {
  return {
    name: d.name,
    shortName: d.shortName,
    slug: d.slug,
    type: d.type,
    level: d.level,
    creditCode: creditCode(d.serial),
    address: d.address,
    postcode: '255200',
    phone: d.phone,
    fax: d.phone.replace('-0000', '-0001'),
    email: `${d.slug}@boshan.example`,
    officeHours: HOURS,
    sortOrder: d.sortOrder,
  };
}

/**
 * Creates the demo tree when there is no organ yet; one transaction, audited as 系统.
 * @returns the organs created (empty when the registry already had organs)
 */
export async function ensureDemoOrgans(deps: OrganDeps): Promise<Organ[]> {
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    await lockOrganTree(tx);
    if ((await countOrgans(tx)) > 0) {
      return [];
    }
    const root = await insertOrganAudited(tx, null, fieldsOf(ROOT), SYSTEM_ACTOR, at, 'demo');
    const created = [root];
    for (const organ of DEMO_ORGANS) {
      created.push(await insertOrganAudited(tx, root, fieldsOf(organ), SYSTEM_ACTOR, at, 'demo'));
    }
    return created;
  });
}
