import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { setTransport } from '../../renderer/src/api/client';
import { ArchiveNotices } from '../../renderer/src/shell/ArchiveNotices';
import { fakeArchive } from './fakeTransport';

afterEach(() => setTransport(undefined));

const info = (notices: string[]) => ({
  ok: true as const,
  value: { file: '/a.sqlite', schemaVersion: 1, appSchemaVersion: 1, sqliteVersion: '3', notices },
});

describe('archive notices', () => {
  it('shows each notice the archive has for the clerk, and lets it be closed once read', async () => {
    fakeArchive({ 'meta.info': () => info(['今天的自动备份没有成功：磁盘已满。']) });
    render(<ArchiveNotices />);
    expect(await screen.findByText('今天的自动备份没有成功：磁盘已满。')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '知道了' }));
    await waitFor(() => expect(screen.queryByText('今天的自动备份没有成功：磁盘已满。')).toBeNull());
  });

  it('takes no room when all is well', async () => {
    const fake = fakeArchive({ 'meta.info': () => info([]) });
    const { container } = render(<ArchiveNotices />);
    await waitFor(() => expect(fake.calls.map((c) => c.method)).toEqual(['meta.info']));
    expect(container).toBeEmptyDOMElement();
  });
});
