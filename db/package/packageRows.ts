import type Database from 'better-sqlite3';
import { sha256Hex } from './digests';
import { ATTACHMENTS_DIR } from './manifest';
import { refusePackage, type VerifiedPackage } from './readPackage';
import { dataPath, ownerTables, packageTables } from './tables';
import { packageColumns, type Cell, type Row } from './yearData';

/** The rows of a verified package, checked against the target archive's columns, with the attachment bytes. */
export interface PackageRows {
  tables: Record<string, Row[]>;
  blobs: Map<string, Uint8Array>;
}

const isCell = (v: unknown): v is Cell =>
  v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

function parseTable(pkg: VerifiedPackage, table: string, columns: Set<string>): Row[] {
  const file = dataPath(table);
  const bad = (why: string) => refusePackage(`数据文件 ${file} 格式不正确（${why}）。`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(pkg.files.get(file) ?? []).toString('utf8'));
  } catch {
    return bad('不是有效的 JSON');
  }
  if (!Array.isArray(parsed)) return bad('应为记录的数组');
  return parsed.map((row, i) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) return bad(`第 ${i + 1} 条不是记录`);
    for (const [k, v] of Object.entries(row)) {
      if (!columns.has(k)) bad(`第 ${i + 1} 条有未知的字段 ${k.slice(0, 40)}`);
      if (!isCell(v)) bad(`第 ${i + 1} 条的字段 ${k} 不是文字、数字或空值`);
    }
    return row as Row;
  });
}

/** Every local id is a distinct positive integer and every reference names a row of the package. */
function checkReferences(tables: Record<string, Row[]>): void {
  const ids = new Map<string, Set<number>>();
  for (const spec of packageTables) {
    if (spec.key !== 'id') continue;
    const set = new Set<number>();
    for (const r of tables[spec.table]) {
      if (!Number.isInteger(r.id) || Number(r.id) < 1 || set.has(Number(r.id)))
        refusePackage(`数据文件 ${dataPath(spec.table)} 中的编号缺失或重复。`);
      set.add(Number(r.id));
    }
    ids.set(spec.table, set);
  }
  const check = (table: string, column: string, target: string | undefined, value: Cell) => {
    if (value === null && column !== 'owner_id') return;
    if (!target || !ids.get(target)?.has(Number(value)))
      refusePackage(`数据文件 ${dataPath(table)} 的 ${column} 引用了包中不存在的记录（${String(value)}）。`);
  };
  for (const spec of packageTables) {
    for (const r of tables[spec.table]) {
      for (const [column, target] of Object.entries(spec.refs))
        if (column in r) check(spec.table, column, target, r[column]);
      if (spec.table === 'attachments')
        check(spec.table, 'owner_id', ownerTables[String(r.owner_kind)], r.owner_id ?? null);
    }
  }
}

/** attachments/<sha256>[.ext]: each file's bytes must hash to its own name. */
function attachmentBlobs(pkg: VerifiedPackage, attachments: Row[]): Map<string, Uint8Array> {
  const blobs = new Map<string, Uint8Array>();
  for (const [p, bytes] of pkg.files) {
    if (!p.startsWith(ATTACHMENTS_DIR)) continue;
    const sha = /^attachments\/([0-9a-f]{64})(\.[a-z0-9]{1,10})?$/.exec(p)?.[1];
    if (!sha || sha256Hex(bytes) !== sha) refusePackage(`附件文件 ${p} 的名称与内容不符。`);
    blobs.set(sha as string, bytes);
  }
  for (const a of attachments) {
    if (!blobs.has(String(a.sha256))) refusePackage(`附件“${String(a.name)}”的文件不在包中。`);
  }
  return blobs;
}

/** Reads every data file of a verified package; refuses the package (nothing written) when one does not fit. */
export function packageRows(db: Database.Database, pkg: VerifiedPackage): PackageRows {
  const tables: Record<string, Row[]> = {};
  for (const spec of packageTables) tables[spec.table] = parseTable(pkg, spec.table, new Set(packageColumns(db, spec)));
  checkReferences(tables);
  return { tables, blobs: attachmentBlobs(pkg, tables.attachments) };
}
