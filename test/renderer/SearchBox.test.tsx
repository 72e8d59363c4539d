import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setTransport } from '../../renderer/src/api/client';
import { SearchBox } from '../../renderer/src/search/SearchBox';
import { SEARCH_DELAY_MS } from '../../renderer/src/search/useSearchResults';
import { useRoute } from '../../renderer/src/shell/useRoute';
import type { SearchHit } from '../../shared/contract/search';
import { renderInApp } from '../helpers/renderInApp';
import { fakeArchive } from './fakeTransport';

/**
 * Testing Library lets the clock run after each event, through `jest` when the timers are fake:
 * without it, a fake clock would keep its wait from ever ending.
 */
const withJest = globalThis as { jest?: { advanceTimersByTime(ms: number): void } };

beforeEach(() => {
  vi.useFakeTimers();
  withJest.jest = { advanceTimersByTime: (ms) => vi.advanceTimersByTime(ms) };
});
afterEach(() => {
  delete withJest.jest;
  vi.useRealTimers();
  setTransport(undefined);
  window.location.hash = '';
  useRoute.setState(useRoute.getInitialState());
});

const zeng: SearchHit = { kind: 'member', id: 12, title: '曾伟', snippet: '经济界 139****5678' };
const zhang: SearchHit = { kind: 'member', id: 13, title: '张伟', snippet: '农业界' };
/** The archive's answers by query, in the archive's order (not grouped). */
const answers: Record<string, SearchHit[]> = {
  zengwei: [zeng],
  zw: [zhang, zeng],
  伟: [
    { kind: 'document', id: 4, title: '2026年工作总结', snippet: '…看望张伟委员…' },
    zeng,
    { kind: 'activity', id: 5, title: '看望伟人故居', snippet: '组织委员参观' },
    zhang,
  ],
};

function renderBox() {
  const archive = fakeArchive({ 'search.query': ({ query }) => ({ ok: true, value: answers[query] ?? [] }) });
  const { user } = renderInApp(
    <>
      <SearchBox />
      <input aria-label="别的字段" />
    </>,
    { advanceTimers: vi.advanceTimersByTime },
  );
  return { archive, user, box: screen.getByRole('combobox', { name: '搜索档案' }) };
}

/** Lets the clock run on: the typing pause passes and the archive's answer lands. */
const wait = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

const options = () => within(screen.getByRole('listbox', { name: '搜索结果' })).getAllByRole('option');
const selected = () => options().find((o) => o.getAttribute('aria-selected') === 'true');

describe('the header search box', () => {
  it('asks the archive once the typing pauses, and groups the hits by kind with the words marked', async () => {
    const { archive, user, box } = renderBox();
    await user.type(box, '伟');
    await wait(SEARCH_DELAY_MS - 1);
    expect(archive.inputsOf('search.query')).toEqual([]);
    await wait(1);
    expect(archive.inputsOf('search.query')).toEqual([{ query: '伟', limit: 40 }]);

    const groups = within(screen.getByRole('listbox', { name: '搜索结果' })).getAllByRole('group');
    expect(groups.map((g) => g.firstElementChild?.textContent)).toEqual(['委员', '活动', '文档']);
    expect(screen.getByRole('group', { name: '活动' })).toBe(groups[1]);
    expect(options().map((o) => o.textContent)).toEqual([
      '曾伟经济界 139****5678',
      '张伟农业界',
      '看望伟人故居组织委员参观',
      '2026年工作总结…看望张伟委员…',
    ]);
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['伟', '伟', '伟', '伟']);
  });

  it('asks once for a word typed quickly, with the latest text only', async () => {
    const { archive, user, box } = renderBox();
    await user.type(box, 'zeng');
    await wait(SEARCH_DELAY_MS / 2);
    await user.type(box, 'wei');
    await wait(SEARCH_DELAY_MS);
    expect(archive.inputsOf('search.query')).toEqual([{ query: 'zengwei', limit: 40 }]);
    // Found by the pinyin of the name: the name is marked as what matched.
    expect(options().map((o) => o.textContent)).toEqual(['曾伟经济界 139****5678']);
    expect(document.querySelector('mark')?.textContent).toBe('曾伟');
  });

  it('goes through the hits with the arrow keys in the order shown, and Enter opens one at its address', async () => {
    const { user, box } = renderBox();
    await user.type(box, '伟');
    await wait(SEARCH_DELAY_MS);
    expect(selected()?.textContent).toMatch(/^曾伟/);
    expect(box).toHaveAttribute('aria-activedescendant', 'search-hit-member-12');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(selected()?.textContent).toMatch(/^看望伟人故居/);
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(selected()?.textContent).toMatch(/^2026年工作总结/);
    await user.keyboard('{ArrowUp}');
    expect(selected()?.textContent).toMatch(/^看望伟人故居/);
    await user.keyboard('{Enter}');
    expect(window.location.hash).toBe('#/activities/5');
    expect(useRoute.getState()).toMatchObject({ section: 'activities', record: 5 });
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('opens the first hit when Enter comes before the answer, and a clicked hit', async () => {
    const { user, box } = renderBox();
    await user.type(box, 'zengwei{Enter}');
    expect(window.location.hash).toBe('');
    await wait(SEARCH_DELAY_MS);
    expect(window.location.hash).toBe('#/members/12');

    await user.click(box);
    await user.clear(box);
    await user.type(box, 'zw');
    await wait(SEARCH_DELAY_MS);
    await user.click(screen.getByRole('option', { name: /张伟/ }));
    expect(window.location.hash).toBe('#/members/13');
  });

  it('closes the list on Esc and opens it again on ↓', async () => {
    const { user, box } = renderBox();
    await user.type(box, 'zw');
    await wait(SEARCH_DELAY_MS);
    expect(options()).toHaveLength(2);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{ArrowDown}');
    expect(options()).toHaveLength(2);
  });

  it('says in Chinese what to type, and when nothing was found', async () => {
    const { user, box } = renderBox();
    await user.click(box);
    expect(screen.getByText('输入姓名、拼音（如 zhangwei 或 zw）、手机号，或标题、内容中的词语')).toBeInTheDocument();
    await user.type(box, '没有的词');
    expect(screen.getByText('正在搜索…')).toBeInTheDocument();
    await wait(SEARCH_DELAY_MS);
    expect(
      screen.getByText('没有找到与“没有的词”有关的委员、活动、提案、社情民意、先进事迹或文档'),
    ).toBeInTheDocument();
  });

  it('takes the focus on / and Ctrl+K, but not from a field being typed in', async () => {
    const { user, box } = renderBox();
    const other = screen.getByLabelText('别的字段');
    await user.click(other);
    await user.keyboard('a/b');
    expect(other).toHaveValue('a/b');
    await user.keyboard('{Control>}k{/Control}');
    expect(other).toHaveFocus();

    other.blur();
    await user.keyboard('/');
    expect(box).toHaveFocus();
    expect(box).toHaveValue('');
    box.blur();
    await user.keyboard('{Control>}k{/Control}');
    expect(box).toHaveFocus();
  });
});
