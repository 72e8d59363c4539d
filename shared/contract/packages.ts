import { z } from 'zod';
import type { PackageFileStatus } from '../enums';
import { year } from './fields';
import { method } from './define';

/** A year package just written to the archive's exports folder (<archive>.exports/<year>/). */
export interface ExportedPackage {
  year: number;
  /** The file name inside the year's exports folder: the handle package.verify takes. */
  name: string;
  /** Its full path, for the host to show or open the folder. */
  file: string;
  size: number;
  /** SHA-256 of the .zip itself. */
  sha256: string;
  /** Files inside the package. */
  files: number;
  /** Rows per data file. */
  counts: Record<string, number>;
  /** The volume and ledger files included (names in the exports folder). */
  volumeFiles: string[];
  /** SHA-256 of the package's DATASUMS (snapshot and data files): the 数据摘要 of the volume's 备考表. */
  dataDigest: string;
  /** SM3 of the .zip itself, for the 移交清单. */
  sm3: string;
  /** Items (件) filed in the package. */
  items: number;
}

/** The result of checking a package: every file against manifest.json, SHA256SUMS and SM3SUMS. */
export interface PackageCheck {
  name: string;
  ok: boolean;
  /** Why it was refused, in Chinese; null when ok. */
  problem: string | null;
  year: number | null;
  group: string | null;
  compiledAt: string | null;
  files: number;
  /**
   * File by file, in path order: 完好, 被修改, 缺失 (named by a list, absent) or 多出 (named by
   * none). Empty when the zip could not be read at all (problem says why).
   */
  entries: PackageEntry[];
}

export interface PackageEntry {
  path: string;
  status: PackageFileStatus;
  /** Bytes in the zip; for a missing file, what manifest.json says it had (null when it does not say). */
  size: number | null;
}

export interface ImportOutcome {
  into: 'new' | 'current';
  /** The archive file the year went into. */
  file: string;
  year: number;
  /** Rows added per data file. */
  counts: Record<string, number>;
  /** Members of the package found already in the current archive (same name) and not added again. */
  matchedMembers: number;
  /** The backup made just before importing into the current archive (null for a new archive). */
  backup: string | null;
}

/** A plain file name (no folder, no "..") ending in the given extension. */
const plainName = (ext: string, label: string) =>
  z
    .string({ error: `请选择${label}` })
    .trim()
    .min(1, `请选择${label}`)
    .max(200, `${label}的名称过长`)
    .refine((s) => !/[/\\]/.test(s) && !s.includes('..') && !/[\u0000-\u001f]/.test(s), {
      message: `${label}只能是文件名，不能包含路径（/、\\ 或 ..）`,
    })
    .refine((s) => s.toLowerCase().endsWith(ext), { message: `${label}的文件名应以 ${ext} 结尾` });

const volumeName = plainName('', '档案成册文件').refine((s) => /\.(docx|pdf|xlsx)$/i.test(s), {
  message: '只能附上 .docx、.pdf 或 .xlsx 格式的档案成册文件',
});

export const packageExport = z
  .object({
    year,
    /** Volume and ledger files already in this year's exports folder, by name. */
    includeDocuments: z
      .array(volumeName)
      .max(50, '附上的档案成册文件不能超过 50 个')
      .refine((names) => new Set(names).size === names.length, { message: '同一个文件不能重复附上' })
      .optional(),
    /**
     * The data digest the volume printed (filing.record gives it): the package is refused if the
     * archive changed since, so the signed 备考表 always names the package's data.
     */
    dataDigest: z
      .string({ error: '数据摘要必须是文字' })
      .regex(/^[0-9a-f]{64}$/, '数据摘要应为 64 位十六进制的 SHA-256 值')
      .optional(),
  })
  .strict();

/** A package's full path, as the host gives it (the app's file chooser, or the browser host's upload). */
const packagePath = z
  .string({ error: '请选择要导入的年度档案包' })
  .trim()
  .min(1, '请选择要导入的年度档案包')
  .max(1000, '文件路径过长')
  .refine((s) => /^([A-Za-z]:[\\/]|\\\\|\/)/.test(s), { message: '请通过“选择文件”给出年度档案包的完整路径' })
  .refine((s) => s.toLowerCase().endsWith('.zip'), { message: '只能导入 .zip 格式的年度档案包' });

/** A package of this archive's exports folder by year and name, or any package by its full path. */
/** A package of the year's exports folder, by its file name. */
export const packageInFolder = { year, name: plainName('.zip', '年度档案包') };

export const packageVerify = z
  .object({
    year: year.optional(),
    name: plainName('.zip', '年度档案包').optional(),
    file: packagePath.optional(),
  })
  .strict()
  .superRefine((i, ctx) => {
    if (i.file !== undefined && (i.year !== undefined || i.name !== undefined))
      ctx.addIssue({ code: 'custom', message: '给出文件路径时不需要年度和文件名', path: ['file'] });
    if (i.file === undefined && i.year === undefined)
      ctx.addIssue({ code: 'custom', message: '请给出年度档案包所在的年度', path: ['year'] });
    if (i.file === undefined && i.name === undefined)
      ctx.addIssue({ code: 'custom', message: '请选择年度档案包', path: ['name'] });
  });

export const packageImport = z
  .object({
    /** The package's full path, as the host gives it. */
    file: packagePath,
    into: z.enum(['new', 'current'], { error: '请选择导入到新档案还是当前档案' }),
    /** For into 'new': the new archive's file name, created beside the current archive. */
    newFile: plainName('.sqlite', '新档案').optional(),
  })
  .strict()
  .refine((i) => i.into === 'current' || !!i.newFile, {
    message: '导入为新档案时请填写新档案的文件名',
    path: ['newFile'],
  })
  .refine((i) => i.into === 'new' || !i.newFile, {
    message: '导入到当前档案时不需要新档案的文件名',
    path: ['newFile'],
  });

export const packagesContract = {
  'package.export': method<ExportedPackage>()(
    '导出年度档案包（.zip：数据、快照、附件、成册文件，附 SHA-256 与 SM3 校验值）',
    packageExport,
  ),
  'package.verify': method<PackageCheck>()(
    '核对一个年度档案包是否完好，逐个文件报告（导出文件夹中的按年度和文件名，收到的按完整路径）',
    packageVerify,
  ),
  'package.import': method<ImportOutcome>()(
    '导入年度档案包（先核对校验值；导入为新档案，或导入到当前档案中没有数据的年度）',
    packageImport,
  ),
};
