import type Database from 'better-sqlite3';
import { PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION } from './manifest';
import { packageColumns, storedColumns } from './yearData';
import { dataPath, packageTables } from './tables';

/** data/schema.json: what every data file holds, its columns and which columns point at which file. */
export function schemaDoc(db: Database.Database): string {
  const tables = packageTables.map((spec) => {
    const types = new Map(storedColumns(db, spec.table).map((c) => [c.name, c]));
    const references: Record<string, string> = {};
    for (const [col, target] of Object.entries(spec.refs)) references[col] = dataPath(target);
    if (spec.table === 'attachments') references.owner_id = '由 owner_kind 决定：activity、proposal 等对应的数据文件';
    return {
      file: dataPath(spec.table),
      label: spec.label,
      holds: spec.holds,
      id: spec.key === 'id' ? '本包内的编号，从 1 起按原档案中的先后顺序' : '无编号，按内容排序',
      references,
      columns: packageColumns(db, spec).map((name) => ({
        name,
        type: types.get(name)?.type ?? '',
        required: types.get(name)?.notnull ?? false,
      })),
    };
  });
  const doc = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    note: '每个数据文件是一个 JSON 数组，每个元素是一行记录，字段名与档案数据库的列名相同；deleted_at 不为空的记录在回收站中。',
    tables,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
