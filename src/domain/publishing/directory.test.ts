import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from './default-catalogue.ts';
import { DEFAULT_DIRECTORY } from './default-directory.ts';
import { parseDirectoryEntry, type DirectoryForm } from './directory.ts';

const KNOWN = new Set(DEFAULT_CATALOGUE.flatMap((c) => [c.slug, ...c.children.map((x) => x.slug)]));
const form = (over: Partial<DirectoryForm> & { fields?: Record<string, string> } = {}): DirectoryForm => ({
  channels: ['website'],
  levels: ['county'],
  columns: ['budget-1'],
  ...over,
  fields: {
    matter: '财政预决算',
    subMatter: '政府预算',
    content: '预算报告',
    basis: '预算法第十四条',
    timeLimit: '批准后20日内',
    publisher: '区财政局',
    audience: 'all',
    mode: 'proactive',
    ...over.fields,
  },
});

describe('主动公开事项目录 rows', () => {
  it('reads a complete row', () => {
    const result = parseDirectoryEntry(form(), KNOWN);
    expect(result).toMatchObject({ ok: true, entry: { matter: '财政预决算', channels: ['website'] } });
  });
  it('names every missing or unknown value in Chinese', () => {
    const result = parseDirectoryEntry(
      form({
        fields: { matter: ' ', content: '', publisher: '', timeLimit: '', audience: 'x', mode: '' },
        channels: [],
        levels: ['moon'],
        columns: ['../x'],
      }),
      KNOWN,
    );
    expect(result.ok ? {} : result.errors).toEqual({
      matter: '请填写一级事项',
      content: '请填写公开内容（要素）',
      timeLimit: '请填写公开时限',
      publisher: '请填写公开主体',
      channels: '请至少选择一个公开渠道和载体',
      levels: '请至少选择一个公开层级',
      audience: '请选择公开对象',
      mode: '请选择公开方式',
      columns: '所选栏目不存在，请从列表中选择',
    });
  });
  it('refuses a huge text and an inherited property name as a code', () => {
    const result = parseDirectoryEntry(
      form({ fields: { matter: '事'.repeat(10_000), audience: 'toString' }, channels: ['constructor'] }),
      KNOWN,
    );
    expect(result.ok ? {} : result.errors).toMatchObject({
      matter: '最长100个字',
      audience: '请选择公开对象',
      channels: '请至少选择一个公开渠道和载体',
    });
  });
  it('ships example rows that are themselves valid and point at default columns', () => {
    for (const entry of DEFAULT_DIRECTORY) {
      const fields = { ...entry, channels: '', levels: '', columns: '' } as unknown as Record<string, string>;
      const parsed = parseDirectoryEntry(
        { fields, channels: entry.channels, levels: entry.levels, columns: entry.columns },
        KNOWN,
      );
      expect(parsed.ok, entry.subMatter).toBe(true);
    }
  });
});
