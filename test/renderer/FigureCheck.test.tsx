import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FigureCheck } from '../../renderer/src/pages/documents/FigureCheck';
import type { ArchiveDocument } from '../../shared/contract/documents';
import type { FigureCheck as Check } from '../../shared/contract/summary';
import { renderInApp } from '../helpers/renderInApp';
import { fakeArchive } from './fakeTransport';

const doc: ArchiveDocument = {
  id: 7,
  year: 2026,
  kind: 'annual_summary',
  memberId: null,
  memberName: null,
  title: '2026年度工作总结（初稿）',
  body: '全年共开展各类活动23次',
  createdAt: '',
  updatedAt: '2026-12-01T00:00:00.000Z',
  deletedAt: null,
};

const held = { key: 'held', label: '全年开展活动', source: '活动：本年度已开展的活动', phrase: '全年共开展各类活动{}次' };

function shown(check: Check) {
  const fake = fakeArchive({ 'summary.checkFigures': () => ({ ok: true, value: check }) });
  renderInApp(<FigureCheck document={doc} />);
  return fake;
}

describe('the figures of a saved plan or summary, checked against the data', () => {
  it('names a figure the data no longer gives, with both numbers', async () => {
    const fake = shown({
      documentId: 7,
      checked: true,
      stated: [{ ...held, value: '24', inText: '23' }],
      differences: [{ ...held, inText: '23', inData: '24' }],
    });
    await screen.findByText('文中有 1 处数字与档案数据不一致：全年开展活动写的是 23，数据是 24');
    expect(fake.inputsOf('summary.checkFigures')).toEqual([{ documentId: 7 }]);
  });

  it('says the figures agree when they do', async () => {
    shown({ documentId: 7, checked: true, stated: [{ ...held, value: '23', inText: '23' }], differences: [] });
    await screen.findByText('文中的 1 个数字与档案数据一致');
  });

  it('shows nothing for a document that is not checked', async () => {
    const fake = shown({ documentId: 7, checked: false, stated: [], differences: [] });
    await waitFor(() => expect(fake.calls).toHaveLength(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
