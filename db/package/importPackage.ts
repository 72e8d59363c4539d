import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { ImportOutcome } from '../../shared/contract/packages';
import type { Progress } from '../../shared/transport';
import { openArchive, type Archive } from '../archive';
import { audit } from '../audit/log';
import { createBackup } from '../backup/create';
import { ArchiveError } from '../errors';
import { nameKey, nameOrderOf } from '../members/order/nameKey';
import { LATEST_VERSION } from '../migrations';
import { packageRows, type PackageRows } from './packageRows';
import { readPackage, refusePackage } from './readPackage';
import { importScheme } from './schemeImport';
import { ownerTables, packageTables, yearTables, type PackageTable } from './tables';
import type { Row } from './yearData';

export interface ImportOptions {
  file: string;
  into: 'new' | 'current';
  newFile?: string;
  progress?: (p: Progress) => void;
}

interface Inserted {
  counts: Record<string, number>;
  matchedMembers: number;
}

function insertRow(db: Database.Database, table: string, row: Row): number {
  // Column names were checked against the archive's own columns (packageRows), so they are safe to splice in.
  const cols = Object.keys(row).filter((c) => c !== 'id');
  const sql = `INSERT INTO ${table} (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
  return Number(db.prepare(sql).run(...cols.map((c) => row[c])).lastInsertRowid);
}

/** In the current archive a live member of the same name is the same person, not a second one. */
function sameMember(db: Database.Database, row: Row): number | undefined {
  if (row.deleted_at !== null && row.deleted_at !== undefined) return undefined;
  const ids = db
    .prepare('SELECT id FROM members WHERE deleted_at IS NULL AND name = ?')
    .pluck()
    .all(row.name) as number[];
  return ids.length === 1 ? ids[0] : undefined;
}

const describe = (row: Row) => String(row.title ?? row.name ?? '');

/** Inserts the package's rows in table order, each reference translated to the new ids, in one transaction. */
function insertYear(
  db: Database.Database,
  data: PackageRows,
  into: 'new' | 'current',
  year: number,
  source: string,
): Inserted {
  const ids = new Map<string, Map<number, number>>(packageTables.map((t) => [t.table, new Map()]));
  const counts: Record<string, number> = {};
  let matchedMembers = 0;
  const translate = (spec: PackageTable, row: Row): Row => {
    const out: Row = { ...row };
    for (const [column, target] of Object.entries(spec.refs)) {
      if (row[column] !== null && row[column] !== undefined) out[column] = ids.get(target)!.get(Number(row[column]))!;
    }
    if (spec.table === 'attachments')
      out.owner_id = ids.get(ownerTables[String(row.owner_kind)])!.get(Number(row.owner_id))!;
    return out;
  };
  db.transaction(() => {
    const order = nameOrderOf(db);
    const blob = db.prepare('INSERT INTO blobs (sha256, size, data) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING');
    for (const [sha, bytes] of data.blobs) blob.run(sha, bytes.length, Buffer.from(bytes));
    for (const spec of packageTables) {
      const rows = data.tables[spec.table];
      const map = ids.get(spec.table)!;
      counts[spec.table] = 0;
      if (spec.table === 'group_settings') {
        // The clerk's own settings stay; a new archive takes the package's group and opens on its year.
        if (into === 'new' && rows[0]) {
          db.prepare(
            `UPDATE group_settings SET name = @name, parent_committee = @parent_committee, term = @term,
             party_committee = @party_committee, government = @government,
             points_enabled = @points_enabled, current_year = @year WHERE id = 1`,
          ).run({
            name: '',
            parent_committee: '',
            term: '',
            party_committee: '',
            government: '',
            points_enabled: 0,
            ...rows[0],
            year,
          });
          counts[spec.table] = 1;
        }
        continue;
      }
      if (spec.table === 'duty_scheme_items') continue;
      if (spec.table === 'duty_schemes') {
        for (const s of rows) {
          const items = data.tables.duty_scheme_items.filter((i) => i.scheme_id === s.id);
          map.set(Number(s.id), importScheme(db, into, s, items));
        }
        continue;
      }
      if (spec.table === 'year_schemes') {
        for (const r of rows.map((r) => translate(spec, r))) {
          db.prepare(
            'INSERT INTO year_schemes (year, scheme_id) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET scheme_id = excluded.scheme_id',
          ).run(r.year, r.scheme_id);
          audit(db, {
            entity: 'year_scheme',
            entityId: Number(r.year),
            action: 'import',
            summary: `导入${String(r.year)}年度适用的履职方案`,
          });
          counts[spec.table] += 1;
        }
        continue;
      }
      if (spec.table === 'points_rules') {
        for (const r of rows) {
          db.prepare(
            `INSERT INTO points_rules (year, rules, updated_at) VALUES (@year, @rules, @updated_at)
             ON CONFLICT (year) DO UPDATE SET rules = excluded.rules, updated_at = excluded.updated_at`,
          ).run(r);
          audit(db, {
            entity: 'points_rules',
            entityId: Number(r.year),
            action: 'import',
            summary: `导入${String(r.year)}年度积分规则`,
          });
          counts[spec.table] += 1;
        }
        continue;
      }
      for (const row of rows) {
        const matched = spec.table === 'members' && into === 'current' ? sameMember(db, row) : undefined;
        if (matched) {
          map.set(Number(row.id), matched);
          matchedMembers += 1;
          continue;
        }
        const translated = translate(spec, row);
        // The sort key is not carried: it is worked out for this archive's name order.
        if (spec.table === 'members') translated.name_key = nameKey(String(row.name), order);
        const id = insertRow(db, spec.table, translated);
        if (spec.key === 'id') map.set(Number(row.id), id);
        if (spec.entity)
          audit(db, {
            entity: spec.entity,
            entityId: id,
            action: 'import',
            summary: `导入${spec.label} ${describe(row)}`.trim(),
          });
        counts[spec.table] += 1;
      }
    }
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    audit(db, {
      entity: 'year_package',
      entityId: null,
      action: 'import',
      summary: `导入 ${year} 年度档案包 ${source}（共 ${total} 条记录）`,
      after: counts,
    });
  })();
  return { counts, matchedMembers };
}

/** A year with any record (in the recycle bin or not) is not empty: importing would mix two versions of it. */
function assertYearEmpty(db: Database.Database, year: number): void {
  const found = yearTables
    .map((table) => ({
      label: packageTables.find((t) => t.table === table)!.label,
      n: db.prepare(`SELECT count(*) FROM ${table} WHERE year = ?`).pluck().get(year) as number,
    }))
    .filter((f) => f.n > 0);
  if (found.length) {
    const what = found.map((f) => `${f.label} ${f.n} 条`).join('、');
    throw new ArchiveError(
      'CONFLICT',
      `当前档案的 ${year} 年度已有数据（${what}），不能再导入这一年度；可以选择“导入为新档案”。档案未作任何修改。`,
    );
  }
}

function removeArchiveFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
}

/**
 * Imports a year package: verifies every file first (a refused package writes nothing), then
 * restores the year into a new archive beside the current one, or into the current archive when
 * that year has no data yet (after a pre-import backup).
 */
export async function importYearPackage(archive: Archive, options: ImportOptions): Promise<ImportOutcome> {
  const report = (fraction: number, message: string) =>
    options.progress?.({ task: 'package.import', fraction, message });
  report(0.05, '正在核对年度档案包的校验值…');
  const pkg = await readPackage(options.file);
  const { year } = pkg.manifest;
  if (pkg.manifest.schemaVersion > LATEST_VERSION) refusePackage('这个年度档案包由更新版本的程序导出，请先升级程序。');
  // The current archive was migrated to this app's schema on open: a new archive gets the same columns.
  const data = packageRows(archive.db, pkg);
  const source = path.basename(options.file);

  if (options.into === 'current') {
    assertYearEmpty(archive.db, year);
    report(0.4, '正在备份当前档案…');
    const backup = await createBackup(archive, 'pre-import');
    report(0.6, '正在导入…');
    const done = insertYear(archive.db, data, 'current', year, source);
    report(1, '导入完成');
    return { into: 'current', file: archive.file, year, ...done, backup: backup.name };
  }

  const target = path.join(path.dirname(archive.file), options.newFile ?? '');
  if (path.resolve(target) === path.resolve(archive.file) || fs.existsSync(target)) {
    throw new ArchiveError('CONFLICT', `已有名为 ${path.basename(target)} 的文件，请为新档案换一个文件名。`);
  }
  report(0.4, '正在创建新档案…');
  const created = await openArchive(target);
  try {
    report(0.6, '正在导入…');
    const done = insertYear(created.db, data, 'new', year, source);
    created.close();
    audit(archive.db, {
      entity: 'year_package',
      entityId: null,
      action: 'import',
      summary: `将 ${year} 年度档案包 ${source} 导入为新档案 ${path.basename(target)}`,
      after: { file: target, counts: done.counts },
    });
    report(1, '导入完成');
    return { into: 'new', file: target, year, ...done, backup: null };
  } catch (e) {
    created.close();
    removeArchiveFiles(target);
    throw e;
  }
}
