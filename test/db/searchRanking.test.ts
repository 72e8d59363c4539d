import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RANKED_WORD_ROWS } from '../../db/search/longWordHits';
import type { Input } from '../../shared/api';
import { testArchive, type TestArchive } from '../helpers/archive';
import { yearFixture } from '../helpers/yearFixture';

let t: TestArchive;
beforeEach(async () => {
  t = await testArchive();
});
afterEach(() => t.close());

const found = async (query: string, extra: Omit<Input<'search.query'>, 'query'> = {}) =>
  (await t.must('search.query', { query, ...extra })).map((h) => `${h.kind}:${h.id}`);
const deed = async (title: string, content: string) =>
  `deed:${(await t.must('deeds.create', { year: 2026, title, content })).id}`;

/**
 * Deeds written straight into the table in one transaction (the triggers index them as the app's
 * writes do): enough rows to make a word too common for bm25, without thousands of calls.
 */
function bulkDeeds(count: number, content: string) {
  t.archive.db
    .prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @count)
       INSERT INTO deeds (year, title, content) SELECT 2025, '事迹 ' || i, @content FROM n`,
    )
    .run({ count, content });
}

describe('search.query ordering', () => {
  it('lists 1–2 character hits members first, then each kind newest first, stopping at the limit', async () => {
    const f = yearFixture(t);
    const member = `member:${await f.member('王芳', { workUnit: '镇养老服务中心' })}`;
    const older = `activity:${await f.activity('inspection', '2026-03-01', [], { content: '察看养老服务照料中心' })}`;
    const newer = `activity:${await f.activity('inspection', '2026-02-01', [], { content: '听取养老工作汇报' })}`;
    const proposal = `proposal:${(await t.must('proposals.create', { year: 2026, title: '关于农村养老的提案' })).id}`;
    await t.must('proposals.create', { year: 2026, title: '关于道路维修的提案' });

    expect(await found('养老')).toEqual([member, newer, older, proposal]);
    expect(await found('养老', { limit: 2 })).toEqual([member, newer]);
    expect(await found('养老', { kinds: ['proposal', 'activity'] })).toEqual([newer, older, proposal]);
  });

  it('ranks a small archive by bm25: the title hit first, then the text that says it most', async () => {
    const title = await deed('污水处理设施运维', '村里的设施');
    const often = await deed('助学', '污水处理终端；污水处理台账；污水处理经费');
    const once = await deed('助老', `${'走访独居老人，'.repeat(20)}顺带察看污水处理终端`);
    expect(await found('污水处理')).toEqual([title, often, once]);
    expect(await found('污水处理 经费')).toEqual([often]);
  });

  it('lists a word too common for bm25 title hits first, newest first, live rows of the kinds asked', async () => {
    bulkDeeds(RANKED_WORD_ROWS, '实地察看污水处理终端运行情况');
    // The shortest title: bm25 would put it first; too common a word lists the newest first.
    const oldTitle = await deed('污水处理', '村里的设施');
    const body = await deed('助学', '顺带察看污水处理终端');
    const newTitle = await deed('农村污水处理调研', '召开座谈会');
    const binned = await deed('污水处理站建设', '座谈');
    await t.must('deeds.delete', { id: Number(binned.split(':')[1]) });
    const activity = `activity:${await yearFixture(t).activity('research', '2026-04-01', [], { title: '污水处理专题调研' })}`;

    expect(await found('污水处理', { limit: 4 })).toEqual([newTitle, oldTitle, activity, body]);
    expect(await found('污水处理', { kinds: ['activity'] })).toEqual([activity]);
    expect(await found('污水处理 座谈会')).toEqual([newTitle]);
    expect(await found('污水处理 村里的设施')).toEqual([oldTitle]);
    expect(await found('污水处理 站建设')).toEqual([]);
    expect(await found('"污水处理" OR 座谈会')).toEqual([]);
    expect(await found('污水处理 %')).toEqual([]);
  });
});

describe('search.query by pinyin initials', () => {
  it('finds a member by initials and the text that holds the same letters', async () => {
    const f = yearFixture(t);
    const ai = `member:${await f.member('艾滨超')}`;
    const zhang = `member:${await f.member('张伟')}`;
    const abc = `activity:${await f.activity('research', '2026-05-01', [], { content: '学习ABC质量管理办法' })}`;
    const qx = `activity:${await f.activity('research', '2026-05-02', [], { content: '走访QX公司' })}`;
    const zw = `activity:${await f.activity('research', '2026-05-03', [], { content: '整理ZW档案' })}`;

    expect(await found('abc')).toEqual([ai, abc]);
    expect(await found('abc', { kinds: ['activity'] })).toEqual([abc]);
    // One or two letters that start a member's initials are initials only: the text is not scanned.
    expect(await found('zw')).toEqual([zhang]);
    // Letters no initials start with are looked for in the text.
    expect(await found('qx')).toEqual([qx]);
    // Without members in the search, letters are text again.
    expect(await found('zw', { kinds: ['activity'] })).toEqual([zw]);
  });
});
