import Database from 'better-sqlite3';
import { LATEST_VERSION, migrations } from '../migrations';
import { runMigrations, schemaVersion } from '../migrate';
import type { FileDigest } from './digests';
import { MANIFEST, SNAPSHOT, VOLUME_DIR, type Manifest } from './manifest';
import { DATASUMS, dataDigestOf, dataSumsText } from './packageData';
import { dataPath, packageTables } from './tables';
import { readFilingSettings } from '../filing/settings';
import { yearItems } from '../filing/yearItems';
import { CATALOGUE_JSON, catalogueJson, ITEMS_DIR } from './itemFolders';
import { itemPdfName, itemPdfs, volumePdfName, type ItemPdfs } from './itemPdfs';
import type { FilingItem } from '../../shared/filing';
import { readYearData, rowsJson } from './yearData';

type Refuse = (why: string) => never;

/** The first row where two data files differ, for the message (1-based), or null when the row count alone differs. */
function firstDifferentRow(a: string, b: string): number | null {
  try {
    const x = JSON.parse(a) as unknown[];
    const y = JSON.parse(b) as unknown[];
    for (let i = 0; i < Math.min(x.length, y.length); i++)
      if (JSON.stringify(x[i]) !== JSON.stringify(y[i])) return i + 1;
  } catch {
    return null;
  }
  return null;
}

/** The snapshot as a database of its own, in memory, at the schema this program reads. */
function openSnapshot(bytes: Uint8Array, refuse: Refuse): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(Buffer.from(bytes));
    schemaVersion(db);
  } catch {
    return refuse(`${SNAPSHOT} 不是可以打开的档案数据库。`);
  }
  const version = schemaVersion(db);
  if (version > LATEST_VERSION) {
    db.close();
    return refuse(`${SNAPSHOT} 来自更新版本的程序（数据结构第 ${version} 版），请先升级本程序。`);
  }
  // A copy in memory: bringing it up to date touches nothing on disk.
  if (version < LATEST_VERSION) runMigrations(db, migrations);
  return db;
}

/**
 * Each item's PDF must be its pages of the package's own volume PDF, cut again the same way (the
 * same bytes give the same file), and its metadata.json must give the same 页数: an item PDF
 * replaced with the checksum lists rewritten is refused. Returns what was cut, for the catalogue.
 */
async function checkItemPdfs(
  files: Map<string, Uint8Array>,
  items: FilingItem[],
  dataDigest: string,
  refuse: Refuse,
): Promise<ItemPdfs> {
  const volume = volumePdfName(
    [...files.keys()].filter((p) => p.startsWith(VOLUME_DIR)).map((p) => p.slice(VOLUME_DIR.length)),
  );
  const pdfs = await itemPdfs(volume ? files.get(`${VOLUME_DIR}${volume}`) : undefined, items, dataDigest);
  for (const item of items) {
    const dir = `${ITEMS_DIR}${item.archivalCode}/`;
    const path = `${dir}${itemPdfName(item)}`;
    const expected = pdfs.ok ? pdfs.byCode.get(item.archivalCode) : undefined;
    const actual = files.get(path);
    if (expected && !actual) refuse(`缺少 ${path}（本件的 PDF）。`);
    if (!expected && actual) refuse(`${path} 不是由包中的档案册 PDF 拆分出的，档案册中没有对应的页。`);
    if (expected && actual && !Buffer.from(expected.bytes).equals(Buffer.from(actual)))
      refuse(`${path} 与包中档案册 PDF 的第 ${expected.from}—${expected.to} 页不一致，本件的 PDF 被改动过。`);
    const meta = files.get(`${dir}metadata.json`);
    let pages: unknown;
    try {
      pages = meta ? (JSON.parse(Buffer.from(meta).toString('utf8')) as { 页数?: unknown }).页数 : null;
    } catch {
      refuse(`${dir}metadata.json 不是有效的 JSON。`);
    }
    if (meta && pages !== (expected?.pages ?? null))
      refuse(`${dir}metadata.json 中的页数与本件的 PDF 不符，元数据被改动过。`);
  }
  return pdfs;
}

/**
 * The package's data files must be what its own snapshot holds for the year: SHA256SUMS, SM3SUMS and
 * manifest.json only show that no file changed after they were written, and a forger can write them
 * again. Re-reading the year from the snapshot and comparing every data file, and DATASUMS with the
 * data digest the manifest (and the signed 备考表) names, refuses such a package by what disagrees.
 */
export async function checkDataAgreesWithSnapshot(
  files: Map<string, Uint8Array>,
  digests: Map<string, FileDigest>,
  manifest: Manifest,
  refuse: Refuse,
): Promise<void> {
  const snapshot = files.get(SNAPSHOT);
  if (!snapshot) return refuse(`缺少档案快照 ${SNAPSHOT}，无法核对数据文件。`);
  const db = openSnapshot(snapshot, refuse);
  try {
    const data = readYearData(db, manifest.year);
    for (const spec of packageTables) {
      const p = dataPath(spec.table);
      const inPackage = Buffer.from(files.get(p) ?? new Uint8Array()).toString('utf8');
      const fromSnapshot = rowsJson(data.tables[spec.table]);
      if (inPackage !== fromSnapshot) {
        const row = firstDifferentRow(inPackage, fromSnapshot);
        refuse(
          `数据文件 ${p}（${spec.label}）与档案快照 ${SNAPSHOT} 不一致${row ? `（第 ${row} 条记录不同）` : '（记录条数不同）'}，数据文件或快照被改动过。`,
        );
      }
    }
    const catalogue = files.get(CATALOGUE_JSON);
    if (catalogue) {
      const items = yearItems(db, manifest.year);
      const pdfs = await checkItemPdfs(files, items, manifest.dataDigest ?? '', refuse);
      const expected = Buffer.from(catalogueJson(manifest.year, items, readFilingSettings(db), pdfs));
      if (!expected.equals(Buffer.from(catalogue)))
        refuse(`${CATALOGUE_JSON} 与档案快照中的档号、题名、页数等不一致，归档文件目录被改动过。`);
    }
  } finally {
    db.close();
  }
  const sums = files.get(DATASUMS);
  // Packages made before DATASUMS was introduced carry neither it nor a data digest.
  if (!sums && manifest.dataDigest === undefined) return;
  if (!sums) return refuse(`缺少 ${DATASUMS}，而 ${MANIFEST} 写有数据摘要。`);
  const text = Buffer.from(sums).toString('utf8');
  const expected = dataSumsText([...digests.values()]);
  if (text !== expected) return refuse(`${DATASUMS} 与档案快照和数据文件的校验值不符。`);
  if (manifest.dataDigest !== dataDigestOf(text)) {
    refuse(`${MANIFEST} 中的数据摘要与 ${DATASUMS} 不符，与档案册备考表上的数据摘要核对时将对不上。`);
  }
}
