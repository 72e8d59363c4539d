import { z } from 'zod';
import { method } from './define';

export interface MethodInfo {
  method: string;
  summary: string;
  /** The input as JSON Schema (draft 2020-12). */
  input: unknown;
}

export const metaContract = {
  'meta.methods': method<MethodInfo[]>()('列出全部方法及其输入的 JSON Schema', z.object({}).strict()),
  'meta.info': method<{ file: string; schemaVersion: number; appSchemaVersion: number; sqliteVersion: string }>()(
    '档案文件信息（路径、结构版本）',
    z.object({}).strict(),
  ),
};
