import { describe, expect, it } from 'vitest';
import { localDate } from '../../calendar/local-date.ts';
import { residentIdCheckCharacter } from '../../applicant/id-number.ts';
import { checkItem, hasBlockingFinding, type ItemCheckInput } from './check-item.ts';
import { findPersonalData, maskPersonalData } from './personal-data.ts';

const id17 = '37030419800101123';
const ID = id17 + residentIdCheckCharacter(id17)!;
const BAD_ID = id17 + (residentIdCheckCharacter(id17) === '0' ? '1' : '0');

describe('personal data', () => {
  it('finds a valid ID number, a mobile, a Luhn card and the names next to them', () => {
    const text = `申请人：张三，身份证号${ID}，手机138 1234 5678，卡号6222 0202 0000 0000 006。李四${ID}`;
    const kinds = findPersonalData(text).map((h) => [h.kind, h.text]);
    expect(kinds).toEqual([
      ['name', '张三'],
      ['idNumber', ID],
      ['mobile', '138 1234 5678'],
      ['bankCard', '6222 0202 0000 0000 006'],
      ['name', '李四'],
      ['idNumber', ID],
    ]);
  });
  it('leaves numbers alone that are not personal data', () => {
    expect(
      findPersonalData(
        `文号博政发〔2024〕3号，索引号11370304004200345X/2026-00007，编号${BAD_ID}，金额123456789012345`,
      ),
    ).toEqual([]);
  });
  it('masks in one step', () => {
    expect(maskPersonalData(`联系人：王五，电话13812345678`)).toBe('联系人：王*，电话138****5678');
    expect(maskPersonalData(ID)).toBe(`3703**********${ID.slice(-4)}`);
  });
});

describe('checkItem', () => {
  const base: ItemCheckInput = {
    kind: 'normative',
    title: '关于印发《某某管理办法》的通知',
    docNumber: '博政发〔2024〕3号',
    writtenOn: localDate('2026-12-01'),
    publishOn: localDate('2026-12-06'),
    today: localDate('2026-12-06'),
    bodyText: '为规范管理，制定本办法。',
    attachments: [],
    interpretationRequired: true,
    interpretationCount: 1,
    interpretedDocuments: [],
    brokenOwnLinks: [],
  };
  it('passes a clean item', () => {
    expect(checkItem(base)).toEqual([]);
  });
  it('blocks personal data in an attachment, with its place', () => {
    const findings = checkItem({
      ...base,
      attachments: [{ fileId: 4, name: '名单.pdf', text: `张三 ${ID}` }],
    });
    expect(hasBlockingFinding(findings)).toBe(true);
    expect(findings[0]).toMatchObject({ code: 'PERSONAL_DATA', place: { field: 'attachment', fileId: 4 } });
  });
  it('blocks injected text and altered official phrases (seed 000 style)', () => {
    const codes = checkItem({ ...base, bodyText: '坚持以UedBet体育新时代中国特色社会主义思想为指导' }).map(
      (f) => f.code,
    );
    expect(codes).toContain('INJECTED_TEXT');
    expect(codes).toContain('ALTERED_PHRASE');
  });
  it('checks dates, 文号, 三同步 and links', () => {
    const codes = (over: Partial<ItemCheckInput>) => checkItem({ ...base, ...over }).map((f) => f.code);
    expect(codes({ writtenOn: localDate('2026-12-07') })).toEqual(['WRITTEN_IN_FUTURE']);
    expect(codes({ publishOn: localDate('2026-11-30') })).toEqual(['WRITTEN_AFTER_PUBLISHED']);
    expect(codes({ docNumber: '2024-3' })).toEqual(['DOC_NUMBER_SHAPE']);
    expect(codes({ interpretationCount: 0 })).toEqual(['INTERPRETATION_MISSING']);
    expect(codes({ interpretationCount: 0, interpretationRequired: false })).toEqual([]);
    expect(
      codes({ kind: 'interpretation', interpretedDocuments: [{ title: '某办法', isOut: false }] }),
    ).toEqual(['INTERPRETATION_BEFORE_DOCUMENT']);
    expect(codes({ brokenOwnLinks: ['/o/boshan/gk/items/999'] })).toEqual(['BROKEN_OWN_LINK']);
  });
});
