import { ATTACHMENTS_DIR, MANIFEST, README, SCHEMA, SHA256SUMS, SM3SUMS, SNAPSHOT, VOLUME_DIR } from './manifest';
import { dataPath, packageTables } from './tables';
import { CATALOGUE_JSON, CATALOGUE_XLSX, ITEMS_DIR } from './itemFolders';
import { DATASUMS } from './packageData';

export interface ReadmeFacts {
  year: number;
  group: string;
  counts: Record<string, number>;
  attachmentFiles: number;
  volumeFiles: string[];
  /** Items (件) filed, each a folder under items/. */
  items: number;
  /** Why the items have no PDF of their own (null when each has one). */
  itemPdfs: string | null;
}

/**
 * README.txt in Chinese: what each file of the package is. Written with a BOM and CRLF line ends
 * so Notepad on an older Windows shows it correctly; no timestamp, so it changes only with the data.
 */
export function readmeText(f: ReadmeFacts): string {
  const line = (name: string, what: string) => `  ${name.padEnd(34)}${what}`;
  const lines = [
    `${f.group}${f.year}年度履职档案包`,
    '',
    '本压缩包由“政协联络组履职档案”程序导出，可用程序中的“导入年度档案包”导回：导入前会逐个核对',
    '文件的校验值，文件被改动、缺失或压缩包不完整时会拒绝导入。',
    '',
    '文件说明',
    line(README, '本说明'),
    line(MANIFEST, '清单：年度、联络组、生成时间、各数据文件的记录条数，以及每个文件的大小、SHA-256 和 SM3 校验值'),
    line(SHA256SUMS, '每个文件的 SHA-256 校验值；在 Linux 中可用 sha256sum -c SHA256SUMS 核对'),
    line(SM3SUMS, '每个文件的 SM3（国家商用密码杂凑算法）校验值'),
    line(SCHEMA, '数据文件的结构说明：每个文件的字段和引用关系'),
    ...packageTables.map((t) => line(dataPath(t.table), `${t.label}：${t.holds}（${f.counts[t.table] ?? 0} 条）`)),
    line(SNAPSHOT, '导出时整个档案文件的快照（SQLite 格式，含所有年度），用于必要时整体恢复'),
    line(
      ATTACHMENTS_DIR,
      `附件原文件 ${f.attachmentFiles} 个，按 SHA-256 校验值命名；属于哪条记录见 data/attachments.json`,
    ),
    ...f.volumeFiles.map((name) => line(`${VOLUME_DIR}${name}`, '档案成册文件（Word、PDF 或 Excel 台账）')),
    line(
      ITEMS_DIR,
      `按件归档的 ${f.items} 件文件，每件一个文件夹，以档号命名：${f.itemPdfs ? '' : '本件的 PDF（档号.pdf，即档案册 PDF 中本件的各页，首页有归档章）、'}正文、原附件，及 metadata.json（题名、责任者、日期、档号、保管期限、页数、格式、文件名、校验值）`,
    ),
    ...(f.itemPdfs ? [`  注意：${f.itemPdfs}`] : []),
    line(CATALOGUE_JSON, '归档文件目录（序号、档号、文号、责任者、题名、日期、密级、页数、保管期限、备注）'),
    line(CATALOGUE_XLSX, '归档文件目录（Excel，可打印）'),
    line(DATASUMS, '档案快照和各数据文件的 SHA-256；本文件自身的 SHA-256 即档案册备考表上的“数据摘要”'),
    '',
    '注意',
    '  数据文件中的编号只在本包内有效，导入时会重新编号。',
    '  本包含有委员的手机号、身份证号等个人信息，请妥善保管，不要随意外传。',
    '',
  ];
  return `\uFEFF${lines.join('\r\n')}`;
}
