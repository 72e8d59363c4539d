import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setTransport } from '../../renderer/src/api/client';
import { SettingsPage } from '../../renderer/src/pages/settings/SettingsPage';
import { useGroup } from '../../renderer/src/shell/useGroup';
import type { GroupSettings } from '../../shared/contract/group';
import { field } from '../helpers/formQueries';
import { renderInApp } from '../helpers/renderInApp';
import { fakeArchive, groupRow } from './fakeTransport';

afterEach(() => {
  setTransport(undefined);
  useGroup.setState(useGroup.getInitialState());
});

const stored = groupRow();

function groupArchive() {
  let group = stored;
  return fakeArchive({
    'group.get': () => ({ ok: true, value: group }),
    'group.update': (patch) => {
      group = { ...group, ...patch, updatedAt: '2026-05-14T00:00:00.000Z' } as GroupSettings;
      return { ok: true, value: group };
    },
    'meta.info': () => ({
      ok: true,
      value: {
        file: 'C:\\Users\\联络员\\AppData\\Roaming\\liaison-archive\\archive.sqlite',
        schemaVersion: 1,
        appSchemaVersion: 1,
        sqliteVersion: '3',
        notices: [],
      },
    }),
  });
}

function renderPage() {
  return renderInApp(<SettingsPage />).user;
}


describe('settings page', () => {
  it('shows where the archive file is kept', async () => {
    groupArchive();
    renderPage();
    expect(
      await screen.findByText('C:\\Users\\联络员\\AppData\\Roaming\\liaison-archive\\archive.sqlite'),
    ).toBeInTheDocument();
  });

  it('refuses an empty group name at the field and saves nothing', async () => {
    const archive = groupArchive();
    const user = renderPage();
    await waitFor(() => expect(field('联络组名称')).toHaveValue('东湖镇政协联络组'));
    await user.clear(field('联络组名称'));
    expect(await screen.findByText('有未保存的修改')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '保 存' }));
    expect(await screen.findByText('请填写联络组名称')).toBeInTheDocument();
    expect(archive.inputsOf('group.update')).toEqual([]);
  });

  it('saves only what changed with Enter, and the header follows', async () => {
    const archive = groupArchive();
    const user = renderPage();
    await waitFor(() => expect(field('届次')).toHaveValue('第三届'));
    expect(screen.getByRole('button', { name: '保 存' })).toBeDisabled();
    await user.clear(field('届次'));
    await user.type(field('届次'), ' 第四届 ');
    await user.clear(field('当前年度'));
    await user.type(field('当前年度'), '2027{Enter}');
    // The form checks every field with the contract before it saves; give a busy machine time.
    await waitFor(() => expect(archive.inputsOf('group.update')).toEqual([{ term: '第四届', currentYear: 2027 }]), {
      timeout: 20_000,
    });
    expect(await screen.findByText('已保存联络组设置')).toBeInTheDocument();
    expect(useGroup.getState().group).toMatchObject({ term: '第四届', currentYear: 2027 });
    await waitFor(() => expect(screen.queryByText('有未保存的修改')).toBeNull());
  });

  it('sets the name order to 按姓氏笔画 and saves only that', async () => {
    const archive = groupArchive();
    const user = renderPage();
    await waitFor(() => expect(screen.getByRole('radio', { name: '按姓名拼音' })).toBeChecked());
    await user.click(screen.getByRole('radio', { name: '按姓氏笔画' }));
    expect(await screen.findByText('有未保存的修改')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '保 存' }));
    await waitFor(() => expect(archive.inputsOf('group.update')).toEqual([{ nameOrder: 'strokes' }]), { timeout: 5000 });
    expect(useGroup.getState().group).toMatchObject({ nameOrder: 'strokes' });
  });

  it('puts back what is saved on Esc', async () => {
    groupArchive();
    const user = renderPage();
    await waitFor(() => expect(field('上级政协')).toHaveValue('临江区政协'));
    await user.type(field('上级政协'), '委员会');
    await user.keyboard('{Escape}');
    expect(field('上级政协')).toHaveValue('临江区政协');
    expect(screen.queryByText('有未保存的修改')).toBeNull();
  });
});
