import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Image, Input, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { MAX_ATTACHMENT_BYTES, type Attachment } from '../../../../shared/contract/attachments';
import { call } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { showFailure } from '../../api/showFailure';
import { readFileBase64 } from '../../forms/readFileBase64';
import { useDeleteWithUndo } from '../../forms/useDeleteWithUndo';

const isImage = (a: Pick<Attachment, 'mime'>) => a.mime.startsWith('image/');

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** An image attachment's picture, read from the archive when shown. */
function Thumbnail({ attachment }: { attachment: Attachment }) {
  const file = useQuery(() => call('attachments.get', { id: attachment.id }), [attachment.id]).value;
  const src = file && `data:${file.mime};base64,${file.dataBase64}`;
  return (
    <Image
      src={src}
      alt={attachment.name}
      width={96}
      height={72}
      style={{ objectFit: 'cover', borderRadius: 4, background: '#f5f5f5' }}
    />
  );
}

/** A photo's caption, saved when the field is left; the volume prints it under the photo. */
function CaptionField({ attachment, saved }: { attachment: Attachment; saved: () => void }) {
  const { message } = App.useApp();
  const [value, setValue] = useState(attachment.caption ?? '');
  const save = async () => {
    if (value.trim() === (attachment.caption ?? '')) return;
    const r = await call('attachments.setCaption', { id: attachment.id, caption: value });
    if (r.ok) {
      message.success('已保存照片说明');
      saved();
    } else showFailure(r.error, { message });
  };
  return (
    <Input
      size="small"
      value={value}
      maxLength={200}
      placeholder="照片说明"
      aria-label={`照片说明${attachment.name}`}
      title="印在档案册中这张照片的下方"
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => void save()}
      onPressEnter={() => void save()}
    />
  );
}

/** Photos and files of one activity (会议通知、材料、照片): added at once when chosen, deleted to the recycle bin. */
export function AttachmentsPanel({ activityId }: { activityId: number }) {
  const { message } = App.useApp();
  const deleteWithUndo = useDeleteWithUndo();
  const picker = useRef<HTMLInputElement>(null);
  const [items, setItems] = useState<Attachment[]>([]);
  const [adding, setAdding] = useState(false);
  /** Bumped after each change, to read the list again. */
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);
  const reloaded = <R,>(r: R) => {
    reload();
    return r;
  };

  useEffect(() => {
    let live = true;
    void call('attachments.list', { ownerKind: 'activity', ownerId: activityId }).then((r) => {
      if (!live) return;
      if (r.ok) setItems(r.value);
      else showFailure(r.error, { message });
    });
    return () => {
      live = false;
    };
  }, [activityId, message, version]);

  async function addFiles(files: File[]) {
    setAdding(true);
    for (const file of files) {
      if (file.size > MAX_ATTACHMENT_BYTES) {
        message.error(`“${file.name}”超过 50 MB，不能添加；照片可先压缩再添加。`);
        continue;
      }
      const r = await call('attachments.add', {
        ownerKind: 'activity',
        ownerId: activityId,
        name: file.name,
        mime: file.type || 'application/octet-stream',
        dataBase64: await readFileBase64(file),
      });
      if (r.ok) message.success(`已添加附件 ${file.name}`);
      else showFailure(r.error, { message });
    }
    setAdding(false);
    reload();
  }

  const remove = (a: Attachment) =>
    void deleteWithUndo({
      what: '附件',
      name: a.name,
      key: `attachment-deleted-${a.id}`,
      remove: () => call('attachments.delete', { id: a.id }).then(reloaded),
      restore: () => call('attachments.restore', { id: a.id }).then(reloaded),
    });
  const deleteButton = (a: Attachment) => (
    <Button
      type="text"
      size="small"
      icon={<DeleteOutlined />}
      aria-label={`删除附件${a.name}`}
      onClick={() => remove(a)}
    />
  );

  const images = items.filter(isImage);
  const files = items.filter((a) => !isImage(a));

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} align="center">
        <Button icon={<UploadOutlined />} loading={adding} onClick={() => picker.current?.click()}>
          添加照片或文件
        </Button>
        <Typography.Text type="secondary">会议通知、材料、记录和活动照片，每个不超过 50 MB</Typography.Text>
        <input
          ref={picker}
          type="file"
          multiple
          hidden
          aria-label="选择附件"
          onChange={(e) => {
            const chosen = [...(e.target.files ?? [])];
            e.target.value = '';
            if (chosen.length > 0) void addFiles(chosen);
          }}
        />
      </Flex>
      {items.length === 0 && <Typography.Text type="secondary">还没有附件。</Typography.Text>}
      {images.length > 0 && (
        <Image.PreviewGroup>
          <Flex gap={8} wrap>
            {images.map((a) => (
              <Flex key={a.id} vertical align="center" gap={2} style={{ width: 140 }}>
                <Thumbnail attachment={a} />
                <Flex align="center" style={{ width: '100%' }}>
                  <Typography.Text ellipsis style={{ fontSize: 12, flex: 1 }} title={a.name}>
                    {a.name}
                  </Typography.Text>
                  {deleteButton(a)}
                </Flex>
                <CaptionField attachment={a} saved={reload} />
              </Flex>
            ))}
          </Flex>
        </Image.PreviewGroup>
      )}
      {files.map((a) => (
        <Flex key={a.id} align="center" gap={8}>
          <PaperClipOutlined />
          <Typography.Text>{a.name}</Typography.Text>
          <Typography.Text type="secondary">（{sizeText(a.size)}）</Typography.Text>
          {deleteButton(a)}
        </Flex>
      ))}
    </Flex>
  );
}
