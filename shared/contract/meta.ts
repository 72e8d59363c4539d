import { z } from 'zod';
import { query } from './define';

export interface MethodInfo {
  method: string;
  summary: string;
  /** The input as JSON Schema (draft 2020-12). */
  input: unknown;
}

export interface ArchiveInfo {
  file: string;
  schemaVersion: number;
  appSchemaVersion: number;
  sqliteVersion: string;
  /** Chinese notices for the clerk about this archive (network share, a failed daily backup…). */
  notices: string[];
}

export const metaContract = {
  'meta.methods': query<MethodInfo[]>()('列出全部方法及其输入的 JSON Schema', z.object({}).strict()),
  'meta.info': query<ArchiveInfo>()(
    '档案文件信息（路径、结构版本）和需要告知联络员的提示',
    z.object({}).strict(),
  ),
};
