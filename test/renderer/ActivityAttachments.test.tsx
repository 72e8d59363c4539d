import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setTransport } from '../../renderer/src/api/client';
import { AttachmentsPanel } from '../../renderer/src/pages/activities/AttachmentsPanel';
import type { Attachment } from '../../shared/contract/attachments';
import { renderInApp } from '../helpers/renderInApp';
import { fakeArchive } from './fakeTransport';

afterEach(() => setTransport(undefined));

function attachmentRow(fields: Partial<Attachment> & Pick<Attachment, 'id' | 'name' | 'mime'>): Attachment {
  return {
    ownerKind: 'activity',
    ownerId: 9,
    size: 2048,
    sha256: 'x',
    caption: null,
    createdAt: '2026-05-14T00:00:00.000Z',
    updatedAt: '2026-05-14T00:00:00.000Z',
    deletedAt: null,
    ...fields,
  };
}

describe('activity attachments', () => {
  it('edits a photo’s caption under its thumbnail, saving it when the field is left', async () => {
    const stored = [attachmentRow({ id: 1, name: '现场.jpg', mime: 'image/jpeg', caption: '旧说明' })];
    const archive = fakeArchive({
      'attachments.list': () => ({ ok: true, value: stored }),
      'attachments.get': () => ({ ok: true, value: { ...stored[0], dataBase64: 'AAEC' } }),
      'attachments.setCaption': ({ id, caption }) => {
        stored[0] = { ...stored[0], caption };
        return { ok: true, value: stored[id - 1] };
      },
    });
    const { user } = renderInApp(<AttachmentsPanel activityId={9} />);
    const field = await screen.findByLabelText('照片说明现场.jpg');
    expect(field).toHaveValue('旧说明');
    await user.clear(field);
    await user.type(field, '委员实地察看');
    // Typing alone saves nothing; leaving the field does.
    expect(archive.inputsOf('attachments.setCaption')).toEqual([]);
    await user.tab();
    await waitFor(() =>
      expect(archive.inputsOf('attachments.setCaption')).toEqual([{ id: 1, caption: '委员实地察看' }]),
    );
    expect(await screen.findByText('已保存照片说明')).toBeInTheDocument();
  });

  it('shows images as thumbnails and other files by name, and adds a chosen file as Base64', async () => {
    const stored = [
      attachmentRow({ id: 1, name: '现场.jpg', mime: 'image/jpeg' }),
      attachmentRow({ id: 2, name: '会议通知.pdf', mime: 'application/pdf', size: 3 * 1024 * 1024 }),
    ];
    const archive = fakeArchive({
      'attachments.list': () => ({ ok: true, value: stored }),
      'attachments.get': ({ id }) => ({ ok: true, value: { ...stored[id - 1], dataBase64: 'AAEC' } }),
      'attachments.add': (input) => {
        const a = attachmentRow({ id: 3, name: input.name, mime: input.mime });
        stored.push(a);
        return { ok: true, value: a };
      },
    });
    const { user } = renderInApp(<AttachmentsPanel activityId={9} />);
    const thumb = await screen.findByAltText('现场.jpg');
    await waitFor(() => expect(thumb).toHaveAttribute('src', 'data:image/jpeg;base64,AAEC'));
    expect(screen.getByText('会议通知.pdf')).toBeInTheDocument();
    expect(screen.getByText('（3.0 MB）')).toBeInTheDocument();
    expect(archive.inputsOf('attachments.list')[0]).toEqual({ ownerKind: 'activity', ownerId: 9 });

    await user.upload(screen.getByLabelText('选择附件'), new File(['minutes'], '记录.txt', { type: 'text/plain' }));
    await waitFor(() => expect(archive.calls.map((c) => c.method)).toContain('attachments.add'), { timeout: 20_000 });
    expect(await screen.findByText('已添加附件 记录.txt')).toBeInTheDocument();
    expect(archive.inputsOf('attachments.add')).toEqual([
      {
        ownerKind: 'activity',
        ownerId: 9,
        name: '记录.txt',
        mime: 'text/plain',
        dataBase64: btoa('minutes'),
      },
    ]);
    expect(await screen.findByText('记录.txt')).toBeInTheDocument();
  });
});
