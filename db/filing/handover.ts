import { unzipSync } from 'fflate';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { createSM3 } from 'hash-wasm';
import type { Block } from '../export/blocks';
import { ArchiveError } from '../errors';
import { CATALOGUE_JSON } from '../package/itemFolders';
import { MANIFEST, VOLUME_DIR } from '../package/manifest';

/** What the 移交清单 records of one year package, read from the package file itself. */
export interface HandoverFacts {
  year: number;
  fondsName: string;
  fondsCode: string;
  fileName: string;
  size: number;
  sha256: string;
  sm3: string;
  /** manifest.json's data digest (the 备考表's 数据摘要); '' for a package without one. */
  dataDigest: string;
  compiledAt: string;
  items: number;
  /** Pages of the PDF volume in the package; null when it holds none. */
  pages: number | null;
  volumeFiles: string[];
  filer: string;
}

/** The package file's own SHA-256 and SM3, read in 4 MB pieces so a large package never sits whole in memory twice. */
async function fileDigests(file: string): Promise<{ size: number; sha256: string; sm3: string }> {
  const sha = createHash('sha256');
  const sm3 = await createSM3();
  sm3.init();
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.alloc(4 * 2 ** 20);
  let size = 0;
  try {
    for (let n; (n = fs.readSync(fd, buf, 0, buf.length, null)) > 0; size += n) {
      sha.update(buf.subarray(0, n));
      sm3.update(buf.subarray(0, n));
    }
  } finally {
    fs.closeSync(fd);
  }
  return { size, sha256: sha.digest('hex'), sm3: sm3.digest('hex') };
}

/** Reads the facts off a package this program wrote (its manifest, catalogue and PDF volume). */
export async function handoverFacts(file: string, name: string, filer: string): Promise<HandoverFacts> {
  const digests = await fileDigests(file);
  const wanted = (n: string) => n === MANIFEST || n === CATALOGUE_JSON || (n.startsWith(VOLUME_DIR) && n.endsWith('.pdf'));
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(new Uint8Array(fs.readFileSync(file)), { filter: (f) => wanted(f.name) });
  } catch {
    throw new ArchiveError('INVALID_INPUT', `${name} 不是完整的 zip 压缩包，无法生成移交清单。`);
  }
  const json = (n: string) => (entries[n] ? (JSON.parse(Buffer.from(entries[n]).toString('utf8')) as Record<string, unknown>) : null);
  const manifest = json(MANIFEST);
  if (!manifest) throw new ArchiveError('INVALID_INPUT', `${name} 中没有 ${MANIFEST}，不是本程序导出的年度档案包。`);
  const catalogue = json(CATALOGUE_JSON);
  const volumes = Object.keys(entries).filter((n) => n.startsWith(VOLUME_DIR));
  // The volume with personal numbers masked is the one that goes out; either has the same pages.
  const pdf = volumes.sort()[0];
  const pages = pdf ? (await PDFDocument.load(entries[pdf], { updateMetadata: false })).getPageCount() : null;
  return {
    year: Number(manifest.year),
    fondsName: String(catalogue?.['全宗名称'] ?? manifest.group ?? ''),
    fondsCode: String(catalogue?.['全宗号'] ?? ''),
    fileName: name,
    ...digests,
    dataDigest: typeof manifest.dataDigest === 'string' ? manifest.dataDigest : '',
    compiledAt: String(manifest.compiledAt ?? ''),
    items: Number(catalogue?.['件数'] ?? 0),
    pages,
    volumeFiles: ((manifest.files ?? []) as { path: string }[])
      .map((f) => f.path)
      .filter((p) => p.startsWith(VOLUME_DIR))
      .map((p) => p.slice(VOLUME_DIR.length)),
    filer,
  };
}

const bytesText = (n: number) =>
  n >= 2 ** 20 ? `${(n / 2 ** 20).toFixed(1)} MB（${n.toLocaleString('en-US')} 字节）` : `${n.toLocaleString('en-US')} 字节`;

/** The local date and time of an ISO timestamp, as 2026年12月2日 12:30. */
function localStamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The one-page 移交清单 as blocks, printed the same way as the volume (PDF and Word). */
export function handoverBlocks(f: HandoverFacts): Block[] {
  return [
    { kind: 'title', text: `${f.year}年度电子档案移交清单` },
    {
      kind: 'form',
      pairs: [
        ['全宗名称', f.fondsName],
        ['全宗号', f.fondsCode || '（未设置）'],
        ['年度', String(f.year)],
        ['件数', `${f.items} 件`],
        ['页数', f.pages === null ? '（包中无 PDF 档案册）' : `${f.pages} 页`],
        ['生成时间', localStamp(f.compiledAt)],
      ],
    },
    {
      kind: 'table',
      small: true,
      columns: [
        { title: '项目', mm: 24 },
        { title: '内容', mm: 132 },
      ],
      rows: [
        ['档案包文件名', f.fileName],
        ['文件大小', bytesText(f.size)],
        ['SHA-256', f.sha256],
        ['SM3', f.sm3],
        ['数据摘要', f.dataDigest || '（本档案包未记录）'],
        ['所含档案册', f.volumeFiles.join('、') || '（无）'],
      ],
    },
    {
      kind: 'text',
      text:
        '接收方可在任一电脑上核对：文件大小与校验值应与上表一致；解压后在档案包文件夹中执行 sha256sum -c SHA256SUMS 应全部通过，DATASUMS 的 SHA-256 应等于“数据摘要”，与档案册备考表所载一致。',
    },
    {
      kind: 'table',
      columns: [
        { title: '', mm: 24 },
        { title: '移交人', mm: 66 },
        { title: '接收人', mm: 66 },
      ],
      rows: [
        ['单位', f.fondsName, ''],
        ['签名', f.filer ? `（${f.filer}）` : '', ''],
        ['日期', '    年  月  日', '    年  月  日'],
      ],
    },
  ];
}
