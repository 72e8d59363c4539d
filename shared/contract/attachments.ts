import { z } from 'zod';
import { byId, id, requiredText, text } from './fields';
import { binScope } from './lists';
import { base64Data } from './upload';
import type { Stamped } from './fields';
import { binMethods, method, query } from './define';
import { attachableKinds, type AttachableKind } from '../recordKinds';

/** Records a file can be attached to (attachments.owner_kind). */
export const attachmentOwnerKinds = attachableKinds;
export type AttachmentOwnerKind = AttachableKind;

export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

/** A file attached to a record; its bytes live once in `blobs`, keyed by SHA-256. */
export interface Attachment extends Stamped {
  ownerKind: AttachmentOwnerKind;
  ownerId: number;
  /** The original file name (base name only). */
  name: string;
  mime: string;
  size: number;
  sha256: string;
  caption: string | null;
}

export interface AttachmentWithData extends Attachment {
  dataBase64: string;
}

const ownerKind = z.enum(attachmentOwnerKinds, { error: '附件所属的记录类型无效' });

const dataBase64 = base64Data('附件内容', MAX_ATTACHMENT_BYTES, '附件不能超过 50 MB');

/** The file's own name only: a path (with / or \) or ".." could point outside the export folder. */
const fileName = requiredText(255, '文件名').refine((s) => !/[\\/]/.test(s) && !s.includes('..'), {
  message: '文件名不能含有路径（/ 或 \\）或“..”，请只填写文件本身的名字',
});

const mime = z
  .string({ error: '文件类型必须是文字' })
  .trim()
  .toLowerCase()
  .max(100, '文件类型不能超过 100 个字符')
  .regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/, '文件类型（MIME）格式不正确，例如 image/jpeg');

export const attachmentAdd = z
  .object({ ownerKind, ownerId: id, name: fileName, mime, dataBase64, caption: text(200, '附件说明').nullish() })
  .strict();

/** The caption printed under a photo in the volume; empty clears it. */
export const attachmentCaption = z
  .object({
    id,
    caption: text(200, '照片说明')
      .transform((s) => s.trim() || null)
      .nullable(),
  })
  .strict();

export const attachmentList = z.object({ ownerKind, ownerId: id, scope: binScope }).strict();

export const attachmentsContract = {
  'attachments.add': method<Attachment>()('为一条记录添加附件（同样的文件只存一份）', attachmentAdd),
  'attachments.list': query<Attachment[]>()('一条记录的附件', attachmentList),
  'attachments.get': query<AttachmentWithData>()('读取附件及其内容（Base64）', byId),
  'attachments.setCaption': method<Attachment>()('修改附件的说明（照片说明印在档案册的照片下）', attachmentCaption),
  ...binMethods<Attachment>()('attachment'),
};
