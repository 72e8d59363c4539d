import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setTransport } from '../../renderer/src/api/client';
import { AuditPage } from '../../renderer/src/pages/audit/AuditPage';
import { useAuditLog } from '../../renderer/src/pages/audit/useAuditLog';
import type { AuditEntry } from '../../shared/contract/audit';
import { choose } from '../helpers/formQueries';
import { renderInApp } from '../helpers/renderInApp';
import { fakeArchive } from './fakeTransport';
import { freshStoresEach } from './freshStores';

freshStoresEach(null, useAuditLog);
afterEach(() => setTransport(undefined));

const entries: AuditEntry[] = [
  {
    id: 12,
    at: '2026-05-14T02:30:00.000Z',
    actor: '',
    entity: 'proposal',
    entityId: 3,
    action: 'update',
    summary: '修改提案“关于完善养老服务的建议”',
    before: { id: 3, title: '关于完善养老服务的建议', filing: 'pending', replyOn: null, cosigners: [], updatedAt: 'a' },
    after: {
      id: 3,
      title: '关于完善养老服务的建议',
      filing: 'accepted',
      replyOn: '2026-06-30',
      cosigners: [
        { memberId: 2, name: '李红' },
        { memberId: 3, name: '赵六' },
      ],
      updatedAt: 'b',
    },
  },
];

function renderPage() {
  return renderInApp(<AuditPage />).user;
}

describe('audit log', () => {
  it('shows a change field by field, codes and dates in Chinese, bookkeeping left out', async () => {
    fakeArchive({ 'audit.list': () => ({ ok: true, value: { items: entries, total: 1 } }) });
    const user = renderPage();
    await user.click(await screen.findByText('修改提案“关于完善养老服务的建议”'));
    const changes = (await screen.findByText('修改前')).closest('table') as HTMLElement;
    const row = (label: string) => within(changes).getByText(label).closest('tr') as HTMLElement;
    expect(within(row('立案情况')).getByText('待审查')).toBeInTheDocument();
    expect(within(row('立案情况')).getByText('立案')).toBeInTheDocument();
    expect(within(row('答复日期')).getByText('（空）')).toBeInTheDocument();
    expect(within(row('答复日期')).getByText('2026年6月30日')).toBeInTheDocument();
    expect(within(row('联名委员')).getByText('李红、赵六')).toBeInTheDocument();
    expect(within(changes).queryByText('标题')).toBeNull();
    expect(within(changes).queryByText('updatedAt')).toBeNull();
  });

  it('asks the archive for the kind, the action and the days chosen', async () => {
    const archive = fakeArchive({ 'audit.list': () => ({ ok: true, value: { items: [], total: 0 } }) });
    const user = renderPage();
    expect(await screen.findByText(/还没有操作记录/)).toBeInTheDocument();

    await choose(user, '记录类型', '社情民意');
    await choose(user, '操作', '删除（移入回收站）');
    await user.type(screen.getByLabelText('开始日期'), '2026.5.1');
    await user.type(screen.getByLabelText('结束日期'), '2026年5月31日{Enter}');
    await waitFor(() =>
      expect(archive.inputsOf('audit.list').at(-1)).toEqual({
        entity: 'opinion_report',
        action: 'delete',
        from: '2026-05-01',
        to: '2026-05-31',
        limit: 50,
        offset: 0,
      }),
    );
    expect(await screen.findByText(/这段时间、这类记录没有操作/)).toBeInTheDocument();

    const calls = archive.inputsOf('audit.list').length;
    await user.clear(screen.getByLabelText('开始日期'));
    await user.type(screen.getByLabelText('开始日期'), '2026-02-30');
    await user.tab();
    expect(screen.getByLabelText('开始日期').closest('.ant-input-affix-wrapper')).toHaveClass('ant-input-status-error');

    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    await waitFor(() => expect(archive.inputsOf('audit.list').at(-1)).toEqual({ limit: 50, offset: 0 }));
    expect(archive.inputsOf('audit.list').length).toBeGreaterThan(calls);
  });
});
