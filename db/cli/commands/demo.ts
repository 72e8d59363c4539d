import type Database from 'better-sqlite3';
import { openArchive } from '../../archive';
import { createDispatcher } from '../../dispatcher';
import { DemoError, unwrapping } from '../../demo/client';
import { generateDemo } from '../../demo/generate';
import { ExitCode } from '../exitCodes';
import { complain, say } from '../output';

/** Tables a clerk fills; any row in them, live or in the recycle bin, means the archive is in use. */
const contentTables: [table: string, label: string][] = [
  ['members', '委员'],
  ['activities', '活动'],
  ['plan_items', '计划事项'],
  ['proposals', '提案'],
  ['opinion_reports', '社情民意'],
  ['deeds', '先进事迹'],
  ['documents', '文档'],
  ['duty_records', '履职记录'],
  ['attachments', '附件'],
];

function existingContent(db: Database.Database): string[] {
  return contentTables.flatMap(([table, label]) => {
    const n = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return n > 0 ? [`${label} ${n} 条`] : [];
  });
}

export interface DemoArgs {
  file: string;
  year?: number;
  seed?: number;
  force: boolean;
}

export async function demo({ file, year, seed = 1, force }: DemoArgs): Promise<ExitCode> {
  const today = new Date();
  const demoYear = year ?? today.getFullYear();
  const archive = await openArchive(file);
  const { db } = archive;
  try {
    const existing = existingContent(db);
    if (existing.length > 0 && !force) {
      complain(`档案中已有数据（${existing.join('，')}），为免混入演示数据，没有写入任何内容。`);
      complain('演示数据请写到一个新文件；确需追加时加 --force。');
      return ExitCode.failed;
    }
    // One transaction around the whole year: a demo lands completely or not at all (and fast,
    // without a full sync per call). The handlers' own transactions nest as savepoints.
    db.exec('BEGIN');
    try {
      const summary = await generateDemo(unwrapping(createDispatcher(archive)), { year: demoYear, seed, today });
      db.exec('COMMIT');
      say(`已生成 ${demoYear} 年演示数据（种子 ${seed}）：${file}`);
      say(summary.map((s) => `${s.label} ${s.count}`).join('，'));
      return ExitCode.ok;
    } catch (e) {
      if (db.inTransaction) db.exec('ROLLBACK');
      if (!(e instanceof DemoError)) throw e;
      complain(`演示数据生成失败，档案未被修改：${e.message}`);
      return ExitCode.failed;
    }
  } finally {
    archive.close();
  }
}
