import { z } from 'zod';
import { requiredText } from './fields';

/** Files handed over as Base64 text: an attachment, or a spreadsheet to read (a roster, a ledger). */

/** How many bytes a well-formed base64 text decodes to. */
const base64Size = (s: string) => (s.length / 4) * 3 - (s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0);

/** A file's bytes as Base64 text, at most `maxBytes`; `subject` names them in the messages (附件内容). */
export function base64Data(subject: string, maxBytes: number, tooLarge: string) {
  return z
    .string({ error: `${subject}必须是 Base64 编码的文字` })
    .refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s), {
      message: `${subject}不是有效的 Base64 编码`,
    })
    .refine((s) => base64Size(s) <= maxBytes, { message: tooLarge });
}

/**
 * A spreadsheet to import, by its name and bytes: one larger than `maxBytes` is not the `what`
 * (委员名册, 活动台账) the clerk meant, but a workbook with other sheets besides its `part` (名册, 台账).
 */
export const spreadsheetUpload = (maxBytes: number, what: string, part: string) => ({
  fileName: requiredText(255, '文件名'),
  dataBase64: base64Data(
    '文件内容',
    maxBytes,
    `文件超过 ${maxBytes / 1024 / 1024} MB，不像是${what}，未导入。请只保留${part}所在的工作表后再试`,
  ),
});

/** Import the good rows even though some rows are bad; otherwise any bad row refuses the whole file. */
export const onlyGood = z.boolean({ error: '是否仅导入无误的行必须是 是 或 否' }).default(false);
