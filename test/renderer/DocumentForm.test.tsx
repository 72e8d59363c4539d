import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setTransport } from '../../renderer/src/api/client';
import { DocumentForm } from '../../renderer/src/pages/documents/DocumentForm';
import { useDocuments } from '../../renderer/src/pages/documents/useDocuments';
import { useGroup } from '../../renderer/src/shell/useGroup';
import type { ArchiveDocument } from '../../shared/contract/documents';
import type { DocumentKind } from '../../shared/enums';
import { field, save, itemOf, choose, saveAndClose } from '../helpers/formQueries';
import { fakeArchive, groupRow, memberRow } from './fakeTransport';
import { renderFormInApp } from './formHarness';
import { freshStoresEach } from './freshStores';

freshStoresEach(null, useDocuments);
beforeEach(() => {
  useGroup.setState({ group: groupRow() });
});
afterEach(() => {
  setTransport(undefined);
  useGroup.setState(useGroup.getInitialState());
});

const roster = [memberRow({ id: 1, name: '王建国', nameInitials: 'wjg' })];

const documentRow = (fields: Partial<ArchiveDocument> & { id: number; title: string }): ArchiveDocument => ({
  year: 2026,
  kind: 'annual_summary',
  memberId: null,
  memberName: null,
  body: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-06-30T08:00:00.000Z',
  deletedAt: null,
  ...fields,
});

function archiveWith(docs: ArchiveDocument[]) {
  return fakeArchive({
    'members.names': () => ({ ok: true, value: roster }),
    'documents.create': (input) => ({ ok: true, value: documentRow({ id: 9, title: input.title }) }),
    'documents.update': () => ({ ok: true, value: docs[0] }),
    'documents.list': () => ({ ok: true, value: { items: docs, total: docs.length } }),
  });
}

const renderForm = (kind: DocumentKind, document?: ArchiveDocument) =>
  renderFormInApp((onClose) => <DocumentForm open year={2026} kind={kind} document={document} onClose={onClose} />);

describe('document form', () => {
  it('offers the usual title, and a 履职小结 asks whose it is at the 委员 field', async () => {
    const archive = archiveWith([]);
    const { user } = renderForm('annual_summary');
    expect(field('标题')).toHaveValue('东湖镇政协联络组2026年度工作总结');

    await choose(user, '类别', '委员履职小结');
    expect(field('标题')).toHaveValue('');
    await user.click(save());
    expect(await within(itemOf('委员')).findByText('委员履职小结请选择是哪一位委员的')).toBeInTheDocument();
    expect(archive.inputsOf('documents.create')).toEqual([]);

    await choose(user, '委员', '王建国');
    expect(field('标题')).toHaveValue('王建国委员2026年度履职小结');
  });

  it('keeps a title the clerk typed when the kind changes, and creates the document', async () => {
    const archive = archiveWith([]);
    const { user, onClose } = renderForm('annual_plan');
    await user.clear(field('标题'));
    await user.type(field('标题'), '2026年工作要点');
    await choose(user, '类别', '其他文档');
    expect(field('标题')).toHaveValue('2026年工作要点');
    await user.type(field('正文'), '一、总体要求');
    await saveAndClose(user, onClose);
    expect(archive.inputsOf('documents.create')).toEqual([
      { year: 2026, kind: 'other', memberId: null, title: '2026年工作要点', body: '一、总体要求' },
    ]);
  });

  it('asks before closing with unsaved text', async () => {
    archiveWith([]);
    const { user, onClose } = renderForm(
      'annual_plan',
      documentRow({ id: 3, title: '计划', kind: 'annual_plan', body: '旧' }),
    );
    await user.type(field('正文'), '新');
    await user.click(screen.getByRole('button', { name: '取 消' }));
    expect(await screen.findByText('放弃未保存的修改？', { selector: '.ant-modal-confirm-title' })).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });
});
