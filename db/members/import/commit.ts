import type { ImportOutcome, ImportRow } from '../../../shared/contract/memberImport';
import type { ParsedInput } from '../../../shared/api';
import type { Archive } from '../../archive';
import { audit } from '../../audit/log';
import { createBackup } from '../../backup/create';
import { ArchiveError } from '../../errors';
import { memberTable } from '../repo';
import { nameKey, nameOrderOf } from '../order/nameKey';
import { insertMember } from './insertMember';
import { previewImport } from './preview';

/** How many bad rows a refusal spells out; the rest are counted. */
const LISTED = 5;

const rowProblems = (r: ImportRow) => `第 ${r.line} 行：${r.errors.map((e) => `${e.label} ${e.message}`).join('；')}`;

function refuseBad(bad: ImportRow[]): ArchiveError {
  const listed = bad.slice(0, LISTED).map(rowProblems).join('\n');
  const more = bad.length > LISTED ? `\n……另有 ${bad.length - LISTED} 行有误` : '';
  return new ArchiveError(
    'INVALID_INPUT',
    `有 ${bad.length} 行有误，未导入任何委员。请改正后重新导入，或选择“仅导入无误的行”：\n${listed}${more}`,
  );
}

/**
 * Imports a roster file. The file is read and checked again here — the preview the clerk saw is
 * never trusted — and any bad row refuses the whole file unless the clerk chose to import only the
 * good rows. A pre-import backup is made first; then every member is written in one transaction,
 * each with an audit row, so an import is all or nothing.
 */
export async function commitImport(
  archive: Archive,
  input: ParsedInput<'members.importCommit'>,
): Promise<ImportOutcome> {
  const { fileName } = input;
  const preview = await previewImport(archive.db, fileName, Buffer.from(input.dataBase64, 'base64'));
  if (preview.headersMissing.length)
    throw new ArchiveError(
      'INVALID_INPUT',
      `“${fileName}”缺少“${preview.headersMissing.join('”“')}”列，未导入。请使用导入模板的表头。`,
    );
  const bad = preview.rows.filter((r) => r.errors.length);
  if (bad.length && !input.onlyGood) throw refuseBad(bad);
  const good = preview.rows.filter((r) => !r.errors.length);
  const chosen = input.skipDuplicates ? good.filter((r) => !r.duplicateOf) : good;
  if (!chosen.length)
    throw new ArchiveError(
      'INVALID_INPUT',
      good.length
        ? '文件中的委员都已在档案中（或在文件中重复），没有需要导入的委员。'
        : `“${fileName}”中没有可导入的委员。`,
    );

  const backup = await createBackup(archive, 'pre-import');
  const db = archive.db;
  db.transaction(() => {
    const order = nameOrderOf(db);
    const keyOf = (name: string) => nameKey(name, order);
    for (const row of chosen) {
      const id = insertMember(db, row.input, keyOf);
      const member = memberTable.get(db, id);
      audit(db, {
        entity: 'member',
        entityId: id,
        action: 'import',
        summary: `导入委员 ${member.name}（${fileName} 第 ${row.line} 行）`,
        after: member,
      });
    }
  })();
  return {
    imported: chosen.length,
    skippedBad: bad.length,
    skippedDuplicates: good.length - chosen.length,
    backup: backup.name,
  };
}
