import { beforeEach, describe, expect, it } from 'vitest';
import { nameReadings, spellsName } from '../../db/search/namePinyin';
import { archiveEach } from '../helpers/archiveEach';
import { yearFixture } from '../helpers/yearFixture';

const t = archiveEach();
let zeng: number, zhang: number, shan: number;
beforeEach(async () => {
  [zeng, zhang, shan] = await yearFixture(t).members(
    ['曾伟', { phone: '13912345678', sector: '经济界' }],
    ['张伟', { phone: '13800138000' }],
    ['单雄', { phone: '0571-86001234' }],
  );
});

const found = async (query: string) =>
  (await t.must('search.query', { query })).filter((h) => h.kind === 'member').map((h) => h.id);

describe('search.query finds members by pinyin', () => {
  it('by full pinyin with the surname read as a surname, with or without spaces, in any case', async () => {
    for (const q of ['zengwei', 'zeng wei', 'ZengWei', 'ZENG WEI', ' zeng  wei ', 'ｚｅｎｇｗｅｉ']) {
      expect(await found(q), q).toEqual([zeng]);
    }
    // 曾 as a surname is zēng, never céng; 单 is shàn, not dān.
    expect(await found('cengwei')).toEqual([]);
    expect(await found('shanxiong')).toEqual([shan]);
    expect(await found('danxiong')).toEqual([]);
    expect(await found('zhangwei')).toEqual([zhang]);
  });

  it('by initials and by the start of each reading', async () => {
    expect((await found('zw')).sort()).toEqual([zeng, zhang].sort());
    expect(await found('zengw')).toEqual([zeng]);
    expect(await found('zwei')).toEqual(expect.arrayContaining([zeng, zhang]));
    expect(await found('zh')).toEqual([zhang]);
    expect(await found('sx')).toEqual([shan]);
    expect(await found('wei')).toEqual([]);
    expect(await found('zengweix')).toEqual([]);
  });

  it('by two-character words and by phone digits, as the member list does', async () => {
    expect(await found('曾伟')).toEqual([zeng]);
    expect(await found('伟')).toEqual(expect.arrayContaining([zeng, zhang]));
    expect(await found('12345678')).toEqual([zeng]);
    expect(await found('8000')).toEqual([zhang]);
    expect(await found('139')).toEqual([zeng]);
    expect(await found('86001234')).toEqual([shan]);
    const listed = await t.must('members.list', { q: '8600' });
    expect(listed.items.map((m) => m.id)).toEqual(await found('8600'));
  });

  it('follows renames and the recycle bin', async () => {
    await t.must('members.update', { id: zeng, patch: { name: '曾小伟' } });
    expect(await found('zengwei')).toEqual([]);
    expect(await found('zengxiaowei')).toEqual([zeng]);
    expect(await found('zxw')).toEqual([zeng]);
    await t.must('members.delete', { id: zeng });
    expect(await found('zengxiaowei')).toEqual([]);
    await t.must('members.restore', { id: zeng });
    expect(await found('zengxiaowei')).toEqual([zeng]);
  });

  it('never fails on long or odd letters', async () => {
    for (const q of ['z'.repeat(500), 'zengwei'.repeat(20), 'q', 'xyz']) {
      expect((await t.call('search.query', { query: q })).ok, q).toBe(true);
    }
  });
});

describe('spelling a name', () => {
  it('reads surnames as surnames, given names any of their ways, and Latin names by their letters', () => {
    expect(nameReadings('曾伟')).toEqual([['zeng'], ['wei']]);
    expect(nameReadings('尉迟恭')[0]).toEqual(['yu']);
    expect(spellsName(nameReadings('尉迟恭'), 'yuchigong')).toBe(true);
    expect(spellsName(nameReadings('尉迟恭'), 'weichigong')).toBe(false);
    expect(spellsName(nameReadings('张乐'), 'zhangyue')).toBe(true);
    expect(spellsName(nameReadings('张乐'), 'zhangle')).toBe(true);
    expect(spellsName(nameReadings('Ali Khan'), 'alik')).toBe(true);
    expect(spellsName(nameReadings('阿不都·热合曼'), 'abdrhm')).toBe(true);
    expect(spellsName(nameReadings('曾伟'), '')).toBe(false);
  });
});
