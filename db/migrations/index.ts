import type Database from 'better-sqlite3';
import * as v1 from './0001-initial';
import * as v2 from './0002-points';
import * as v3 from './0003-audit-index';
import * as v4 from './0004-year-indexes';
import * as v5 from './0005-filing';
import * as v6 from './0006-name-order';
import * as v7 from './0007-local-names';
import * as v8 from './0008-search-bigrams';
import * as v9 from './0009-duty-counts';
import * as v10 from './0010-bigram-blocks';

/**
 * The archive's schema history. Entry N (1-based) brings a file from user_version N-1 to N.
 * Never edit a released entry; append a new one, with a test that seeds N-1 data and checks it after N.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Data the SQL cannot compute, filled after it in the same transaction. */
  backfill?: (db: Database.Database) => void;
}

export const migrations: Migration[] = [
  { version: 1, name: '初始结构', sql: v1.sql },
  { version: 2, name: '履职积分规则', sql: v2.sql },
  { version: 3, name: '操作记录按类型索引', sql: v3.sql },
  { version: 4, name: '按年度统计和列表的索引', sql: v4.sql },
  { version: 5, name: '归档设置与档号', sql: v5.sql },
  { version: 6, name: '姓名排序键', sql: v6.sql, backfill: v6.backfill },
  { version: 7, name: '计划和总结中的当地党委、政府名称', sql: v7.sql },
  { version: 8, name: '两字词检索索引', sql: v8.sql },
  { version: 9, name: '按年度的履职计数', sql: v9.sql },
  { version: 10, name: '长文本的两字词索引提速', sql: v10.sql },
];

export const LATEST_VERSION = migrations.length;
