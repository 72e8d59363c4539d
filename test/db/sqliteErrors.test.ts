import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { toResultError } from '../../db/dispatcher';

/**
 * Storage failures SQLite reports, as better-sqlite3 throws them (often with an extended code),
 * must reach the clerk as a clear Chinese sentence with the right code, never as 程序内部错误.
 */
const thrown = (code: string) => new Database.SqliteError('english text from SQLite', code);

describe('SQLite storage errors in Chinese', () => {
  it.each([
    ['SQLITE_FULL', 'IO_ERROR', /磁盘空间已满/],
    ['SQLITE_READONLY', 'IO_ERROR', /只读/],
    ['SQLITE_READONLY_DIRECTORY', 'IO_ERROR', /只读/],
    ['SQLITE_READONLY_CANTLOCK', 'IO_ERROR', /只读/],
    ['SQLITE_READONLY_DBMOVED', 'IO_ERROR', /移动或删除/],
    ['SQLITE_IOERR', 'IO_ERROR', /读写档案文件时出错/],
    ['SQLITE_IOERR_WRITE', 'IO_ERROR', /读写档案文件时出错/],
    ['SQLITE_IOERR_FSYNC', 'IO_ERROR', /存储设备/],
    ['SQLITE_CANTOPEN', 'IO_ERROR', /读写档案文件时出错/],
    ['SQLITE_BUSY', 'ARCHIVE_LOCKED', /另一个程序/],
    ['SQLITE_BUSY_SNAPSHOT', 'ARCHIVE_LOCKED', /另一个程序/],
    ['SQLITE_CORRUPT', 'ARCHIVE_CORRUPT', /已损坏/],
    ['SQLITE_CORRUPT_VTAB', 'ARCHIVE_CORRUPT', /已损坏/],
    ['SQLITE_NOTADB', 'ARCHIVE_CORRUPT', /已损坏/],
  ])('%s → %s', (sqliteCode, code, message) => {
    const r = toResultError(thrown(sqliteCode));
    expect(r.code).toBe(code);
    expect(r.message).toMatch(message);
    expect(r.message).not.toMatch(/english text/);
  });

  it('keeps telling constraint failures apart from storage failures', () => {
    expect(toResultError(thrown('SQLITE_CONSTRAINT_FOREIGNKEY')).code).toBe('CONSTRAINT');
  });
});
