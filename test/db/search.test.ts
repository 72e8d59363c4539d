import { beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api';
import { archiveEach } from '../helpers/archiveEach';
import { yearFixture } from '../helpers/yearFixture';

const t = archiveEach();
let zhang: number;
let zhangsf: number;
let li: number;
let inspection: number;
let proposal: number;
let deed: number;
beforeEach(async () => {
  const f = yearFixture(t);
  zhang = await f.member('张伟', { sector: '经济界', phone: '13800138000', workUnit: 'XX建材公司 总经理' });
  zhangsf = await f.member('张三丰', { sector: '农业界' });
  li = await f.member('李红', { sector: '教育界' });
  inspection = await f.activity('inspection', '2026-05-14', [], {
    title: '视察全镇安全生产工作',
    content: '听取汇报并实地察看企业安全生产，提出意见建议五条。',
  });
  proposal = (await t.must('proposals.create', { year: 2026, title: '关于加强农村饮水安全的提案' })).id;
  await t.must('opinionReports.create', { year: 2026, title: '群众反映停车难', content: '老旧小区停车位不足' });
  deed = (
    await t.must('deeds.create', { year: 2026, memberId: li, title: '助学', content: '资助贫困学生，升学率100%' })
  ).id;
  await t.must('documents.create', {
    year: 2026,
    kind: 'annual_summary',
    title: '2026年工作总结',
    body: '全年开展活动',
  });
});

const search = (query: string, extra: Omit<Input<'search.query'>, 'query'> = {}) =>
  t.must('search.query', { query, ...extra });
const found = async (query: string, extra: Omit<Input<'search.query'>, 'query'> = {}) =>
  (await search(query, extra)).map((h) => `${h.kind}:${h.id}`);

describe('search.query', () => {
  it('finds 3+ character words through the index, with a snippet around the match', async () => {
    const hits = await search('安全生产');
    expect(hits).toEqual([
      {
        kind: 'activity',
        id: inspection,
        title: '视察全镇安全生产工作',
        snippet: '听取汇报并实地察看企业安全生产，提出意见建议五条。',
      },
    ]);
    expect(await found('停车位')).toHaveLength(1);
    // Every word must match.
    expect(await found('安全 视察')).toEqual([`activity:${inspection}`]);
    expect(await found('安全生产 饮水')).toEqual([]);
  });

  it('finds 1–2 character words by LIKE, and names by pinyin initials', async () => {
    expect((await found('安全')).sort()).toEqual([`activity:${inspection}`, `proposal:${proposal}`].sort());
    expect(await found('张伟')).toEqual([`member:${zhang}`]);
    expect(await found('张')).toEqual(expect.arrayContaining([`member:${zhang}`, `member:${zhangsf}`]));
    expect(await found('zw')).toEqual([`member:${zhang}`]);
    expect(await found('ZW')).toEqual([`member:${zhang}`]);
    expect(await found('zsf')).toEqual([`member:${zhangsf}`]);
    expect((await found('z')).slice(0, 2)).toEqual([`member:${zhangsf}`, `member:${zhang}`]);
  });

  it('keeps to the kinds asked for, the limit, and live rows only', async () => {
    expect(await found('安全', { kinds: ['proposal'] })).toEqual([`proposal:${proposal}`]);
    expect(await found('zw', { kinds: ['activity'] })).toEqual([]);
    expect(await found('安全', { limit: 1 })).toHaveLength(1);
    await t.must('proposals.delete', { id: proposal });
    expect(await found('饮水安全')).toEqual([]);
    expect(await found('饮水')).toEqual([]);
    await t.must('proposals.restore', { id: proposal });
    expect(await found('饮水安全')).toEqual([`proposal:${proposal}`]);
  });

  it('shows mobile numbers masked in snippets', async () => {
    const [hit] = await search('13800138000');
    expect(hit.id).toBe(zhang);
    expect(hit.snippet).toContain('138****8000');
    expect(hit.snippet).not.toContain('13800138000');
  });

  it('takes hostile queries literally and never fails', async () => {
    const hostile = [
      '"',
      "'",
      '""',
      '安全" OR "生产',
      'AND',
      'OR',
      'NOT 安全',
      'NEAR(安全 生产)',
      '*',
      '安全*',
      '^安全',
      '(安全',
      '安全)',
      'title:安全',
      '{title}: 安全',
      '%',
      '_',
      '\\',
      '%%',
      '__',
      "'; DROP TABLE members; --",
      '-安全',
      '+',
      '安全 AND',
      '   ',
      '',
      'a'.repeat(500),
      '安'.repeat(500),
    ];
    for (const query of hostile) {
      const r = await t.call('search.query', { query });
      expect(r.ok, query).toBe(true);
    }
    // % and _ are letters, not wildcards: only the deed that says 100% has a %.
    expect(await found('%')).toEqual([`deed:${deed}`]);
    expect(await found('_')).toEqual([]);
    expect(await found('AND')).toEqual([]);
    expect(t.archive.db.prepare('SELECT count(*) AS n FROM members').get()).toEqual({ n: 3 });
  });

  it('refuses an over-long query with a Chinese message', async () => {
    const r = await t.call('search.query', { query: '安'.repeat(501) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.code, r.error.message]).toEqual(['INVALID_INPUT', '输入有误：搜索词不能超过 500 个字']);
  });
});
