import { describe, expect, it } from 'vitest';
import { parseSiteSettings } from './site-settings.ts';

describe('site settings', () => {
  it('accepts real shapes and tidies the domain', () => {
    expect(
      parseSiteSettings({
        domain: 'https://WWW.Boshan.gov.cn/',
        idCode: '3703040001',
        icp: '鲁ICP备05001234号-1',
        policeRecord: '鲁公网安备37030402000123号',
      }),
    ).toEqual({
      ok: true,
      values: {
        domain: 'www.boshan.gov.cn',
        idCode: '3703040001',
        icp: '鲁ICP备05001234号-1',
        policeRecord: '鲁公网安备37030402000123号',
      },
    });
    expect(parseSiteSettings({})).toEqual({
      ok: true,
      values: { domain: '', idCode: '', icp: '', policeRecord: '' },
    });
  });
  it.each([
    ['domain', 'evil.example/<script>'],
    ['domain', 'localhost'],
    ['idCode', '12345'],
    ['icp', 'ICP备1号'],
    ['policeRecord', '鲁公网安备123号'],
  ])('refuses a bad %s', (field, value) => {
    const result = parseSiteSettings({ [field]: value });
    expect(result.ok).toBe(false);
    expect(result.ok ? {} : result.errors[field]).toMatch(/[\u4e00-\u9fff]/);
  });
});
