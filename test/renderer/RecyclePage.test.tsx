import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setTransport } from '../../renderer/src/api/client';
import { RecyclePage } from '../../renderer/src/pages/recycle/RecyclePage';
import { useRecycleBin } from '../../renderer/src/pages/recycle/useRecycleBin';
import type { RecycleItem } from '../../shared/contract/recycle';
import { renderInApp } from '../helpers/renderInApp';
import { fakeArchive, memberRow } from './fakeTransport';
import { freshStoresEach } from './freshStores';

freshStoresEach(null, useRecycleBin);
afterEach(() => setTransport(undefined));

function renderPage() {
  return renderInApp(<RecyclePage />).user;
}

const binned: RecycleItem[] = [
  { entity: 'opinion_report', id: 4, label: '关于道路安全的建议', deletedAt: '2026-05-14T02:00:00.000Z' },
  { entity: 'member', id: 7, label: '李红', deletedAt: '2026-05-13T02:00:00.000Z' },
  { entity: 'opinion_report', id: 2, label: '关于饮水安全的建议', deletedAt: '2026-05-12T02:00:00.000Z' },
  { entity: 'plan_item', id: 3, label: '2026年5月 组织委员视察', deletedAt: '2026-05-11T02:00:00.000Z' },
];

/** A bin the fake archive keeps in memory: a restore takes the row out. */
function binArchive(items: RecycleItem[]) {
  let bin = [...items];
  const out = (entity: RecycleItem['entity'], id: number) =>
    (bin = bin.filter((i) => !(i.entity === entity && i.id === id)));
  return fakeArchive({
    'recycle.list': () => ({ ok: true, value: { items: bin, total: bin.length } }),
    'members.restore': ({ id }) => (out('member', id), { ok: true, value: memberRow({ id, name: '李红' }) }),
    'plan.restore': () => ({ ok: false, error: { code: 'NOT_FOUND', message: '这条计划事项已不存在，无法恢复' } }),
  });
}

const card = (title: string) => screen.getByText(title).closest('.ant-card') as HTMLElement;

describe('recycle bin', () => {
  it('groups the deleted rows by kind, with when each was deleted', async () => {
    binArchive(binned);
    renderPage();
    expect(await screen.findByText('社情民意（2）')).toBeInTheDocument();
    expect(within(card('社情民意（2）')).getByText('关于饮水安全的建议')).toBeInTheDocument();
    expect(within(card('委员（1）')).getByText('李红')).toBeInTheDocument();
    expect(within(card('计划事项（1）')).getByText('2026年5月 组织委员视察')).toBeInTheDocument();
    expect(screen.getAllByText(/^删除于 2026年5月1\d日 \d\d:\d\d$/)).toHaveLength(4);
    expect(screen.queryByRole('button', { name: /彻底删除/ })).toBeNull();
  });

  it('restores each kind through its own aggregate and takes it off the list', async () => {
    const archive = binArchive(binned);
    const user = renderPage();
    await user.click(await screen.findByRole('button', { name: '恢复李红' }));
    expect(await screen.findByText('已恢复委员“李红”')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('委员（1）')).toBeNull());
    expect(archive.inputsOf('members.restore')).toEqual([{ id: 7 }]);
    expect(archive.inputsOf('opinionReports.restore')).toEqual([]);

    await user.click(screen.getByRole('button', { name: '恢复2026年5月 组织委员视察' }));
    expect(await screen.findByText('这条计划事项已不存在，无法恢复')).toBeInTheDocument();
    expect(archive.inputsOf('plan.restore')).toEqual([{ id: 3 }]);
    expect(screen.getByText('计划事项（1）')).toBeInTheDocument();
  });

  it('says what the bin is for when it is empty', async () => {
    binArchive([]);
    renderPage();
    expect(await screen.findByText(/回收站是空的。删除的委员、活动、提案等记录会先放在这里/)).toBeInTheDocument();
  });
});
