import type { Timing } from './measure';

export type ArchiveKind = 'realistic' | 'stress';

/** Where a suite writes its progress lines (the run's log, on stderr). */
export type Log = (line: string) => void;

/** One measured line of the report. */
export interface CaseResult {
  suite: 'open' | 'queries' | 'writes' | 'compile' | 'browser' | 'sm3' | 'hostloop';
  archive: ArchiveKind;
  area: string;
  name: string;
  /** Through the contract (dispatcher, zod, handlers), or the one timing a case has. */
  timing?: Timing;
  /** The same SQL through a statement prepared once. */
  raw?: Timing;
  /** timing.p50 / raw.p50. */
  ratio?: number;
  /** Size of the value as JSON, what crosses IPC or HTTP. */
  bytes?: number;
  /** Peak resident memory (MB) of the process that did the work. */
  peakRssMB?: number;
  /** Throughput of a digest case. */
  mbPerS?: number;
  /** The longest a 20 ms timer came late while the case ran. */
  eventLoopMaxMs?: number;
  note?: string;
  error?: string;
  /** The 1-minute load average when its suite finished (results of a partial run differ in it). */
  load1?: number;
}

export interface GenerationResult {
  archive: ArchiveKind;
  file: string;
  /** Null when a matching archive from an earlier run was reused. */
  ms: number | null;
  bytes: number;
  counts: Record<string, number>;
}
