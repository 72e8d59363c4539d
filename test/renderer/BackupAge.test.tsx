import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setTransport } from '../../renderer/src/api/client';
import { backupAge, newestVerified } from '../../renderer/src/format/backupAge';
import { useBackups } from '../../renderer/src/pages/backups/useBackups';
import { BackupAgeBadge } from '../../renderer/src/shell/BackupAgeBadge';
import { useRoute } from '../../renderer/src/shell/useRoute';
import type { BackupInfo } from '../../shared/contract/backups';
import { renderInApp } from '../helpers/renderInApp';
import { fakeArchive } from './fakeTransport';
import { freshStoresEach } from './freshStores';

freshStoresEach(null, useBackups);
afterEach(() => {
  setTransport(undefined);
  window.location.hash = '';
  useRoute.setState(useRoute.getInitialState());
});

const daysAgo = (n: number, hour = 9) => {
  const d = new Date();
  d.setDate(d.getDate() - n);
  d.setHours(hour, 0, 0, 0);
  return d.toISOString();
};

function backup(name: string, createdAt: string, ok: boolean | null): BackupInfo {
  return {
    name,
    kind: 'daily',
    createdAt,
    size: 2048,
    keptAs: 'day',
    lastCheck: ok === null ? null : { at: createdAt, ok, problem: ok ? null : '完整性检查未通过', atCreation: ok },
  };
}

describe('a backup’s age in words', () => {
  const now = new Date(2026, 11, 2, 10, 30);
  it('counts local calendar days: 今天, 昨天, N 天前', () => {
    expect(backupAge(new Date(2026, 11, 2, 0, 5), now)).toEqual({ words: '今天', days: 0, stale: false });
    expect(backupAge(new Date(2026, 11, 1, 23, 59), now)).toEqual({ words: '昨天', days: 1, stale: false });
    expect(backupAge(new Date(2026, 10, 29, 12), now).words).toBe('3 天前');
    expect(backupAge(new Date(2026, 10, 25, 8), now)).toEqual({ words: '7 天前', days: 7, stale: false });
    expect(backupAge(new Date(2026, 10, 24, 8), now)).toEqual({ words: '8 天前', days: 8, stale: true });
    expect(backupAge(new Date(2025, 11, 2), now).words).toBe('365 天前');
  });

  it('takes a time ahead of the clock as today', () => {
    expect(backupAge(new Date(2026, 11, 5), now).words).toBe('今天');
  });

  it('takes the newest backup whose latest check passed', () => {
    const list = [backup('a', daysAgo(0), false), backup('b', daysAgo(1), null), backup('c', daysAgo(2), true)];
    expect(newestVerified(list)?.name).toBe('c');
    expect(newestVerified(list.slice(0, 2))).toBeNull();
  });
});

function renderBadge() {
  return renderInApp(<BackupAgeBadge />).user;
}

describe('the header’s backup status', () => {
  it('says how old the newest verified backup is, not in red within a week, and opens 备份与恢复', async () => {
    fakeArchive({
      'backups.list': () => ({ ok: true, value: [backup('bad', daysAgo(0), false), backup('good', daysAgo(3), true)] }),
    });
    const user = renderBadge();
    const button = await screen.findByRole('button', { name: '最近备份：3 天前，打开备份与恢复' });
    expect(button).not.toHaveClass('ant-btn-dangerous');
    await user.click(button);
    expect(window.location.hash).toBe('#/backups');
  });

  it('is red past 7 days', async () => {
    fakeArchive({ 'backups.list': () => ({ ok: true, value: [backup('old', daysAgo(9), true)] }) });
    renderBadge();
    const button = await screen.findByRole('button', { name: /最近备份：9 天前/ });
    expect(button).toHaveClass('ant-btn-dangerous');
  });

  it('is red when no backup has passed its check', async () => {
    fakeArchive({ 'backups.list': () => ({ ok: true, value: [backup('bad', daysAgo(0), false)] }) });
    renderBadge();
    expect(await screen.findByRole('button', { name: /还没有可用的备份/ })).toHaveClass('ant-btn-dangerous');
  });

  it('shows nothing when the list cannot be read', async () => {
    const archive = fakeArchive({});
    renderBadge();
    await vi.waitFor(() => expect(useBackups.getState().loadError?.code).toBe('INTERNAL'));
    expect(archive.calls.map((c) => c.method)).toEqual(['backups.list']);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
