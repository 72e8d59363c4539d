import { z } from 'zod';
import type { FileDigest } from './digests';

/** Fixed names inside a year package. */
export const MANIFEST = 'manifest.json';
export const SHA256SUMS = 'SHA256SUMS';
export const SM3SUMS = 'SM3SUMS';
export const README = 'README.txt';
export const SCHEMA = 'data/schema.json';
export const SNAPSHOT = 'snapshot/archive.sqlite';
export const ATTACHMENTS_DIR = 'attachments/';
export const VOLUME_DIR = 'volume/';

export const PACKAGE_FORMAT = 'liaison-year-archive';
export const PACKAGE_FORMAT_VERSION = 1;

/** What manifest.json says: the year, who made it, and the size and digests of every other file. */
export interface Manifest {
  format: typeof PACKAGE_FORMAT;
  formatVersion: typeof PACKAGE_FORMAT_VERSION;
  year: number;
  group: string;
  /** The archive's schema version (PRAGMA user_version) when the package was made. */
  schemaVersion: number;
  /** When the package was compiled: the one field that differs between two exports of the same data. */
  compiledAt: string;
  /** Rows per data file. */
  counts: Record<string, number>;
  /**
   * SHA-256 of DATASUMS (the snapshot's and data files' digests): the number the volume's 备考表
   * prints. Absent in packages made before it was introduced.
   */
  dataDigest?: string;
  /** Every file of the package except manifest.json, SHA256SUMS and SM3SUMS, in path order. */
  files: FileDigest[];
}

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestSchema = z
  .object({
    format: z.literal(PACKAGE_FORMAT),
    formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
    year: z.number().int().min(1949).max(2200),
    group: z.string(),
    schemaVersion: z.number().int().min(1),
    compiledAt: z.string(),
    counts: z.record(z.string(), z.number().int().min(0)),
    dataDigest: hex64.optional(),
    files: z.array(z.object({ path: z.string(), size: z.number().int().min(0), sha256: hex64, sm3: hex64 }).strict()),
  })
  .strict();

/** The files listed by each checksum list: SM3SUMS covers all but the two lists, SHA256SUMS all but itself. */
export const listedBySm3 = (path: string) => path !== SHA256SUMS && path !== SM3SUMS;
export const listedBySha256 = (path: string) => path !== SHA256SUMS;
export const listedByManifest = (path: string) => path !== MANIFEST && listedBySm3(path);

export const manifestJson = (m: Manifest) => `${JSON.stringify(m, null, 2)}\n`;
