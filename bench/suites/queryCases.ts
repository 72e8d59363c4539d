import type Database from 'better-sqlite3';
import { listCases } from './listCases';
import type { QueryCase } from './queryCase';
import { searchCases } from './searchCases';
import { yearCases } from './yearCases';

export type { Area, QueryCase } from './queryCase';

/** Every read the bench measures, through the contract and raw. */
export function queryCases(db: Database.Database): QueryCase[] {
  return [...listCases(db), ...searchCases(db), ...yearCases(db)];
}
