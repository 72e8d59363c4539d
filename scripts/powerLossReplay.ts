// The moment the power goes: reads the undo journal the shim (powerLossShim.c) left and puts the
// archive's files into a state a real disk could be in after losing power. Everything fsynced is
// kept; of what was written since a file's last fsync, a disk with a volatile cache may have
// written any sector in any order, each at any of the versions it passed through, and a sector
// need not be written atomically. The -shm file is lost (it is memory shared between
// connections, rebuilt from the WAL), and a file created since the last fsync of its folder may
// vanish with its name.
import fs from 'node:fs';

const SECTOR = 512;
const HEADER = 32;
const NAMES = ['', '-wal', '-journal'] as const;

/**
 * drop: every unsynced write is undone (the classic model);
 * reorder: each touched sector lands at a seeded version (none, the last, or one in between),
 * and the file size at one of the sizes it had;
 * torn: reorder, and some sectors are split at a random byte between two versions.
 */
export const CUT_MODES = ['drop', 'reorder', 'torn'] as const;
export type CutMode = (typeof CUT_MODES)[number];

interface Change {
  type: 'W' | 'T';
  offset: number;
  span: number;
  oldSize: number;
  old: Buffer;
}

export interface Cut {
  /** Writes and truncations that were not durable when the power went (each reverted, reordered or torn). */
  unsynced: number;
  /** Of those, the ones to the archive file itself (a checkpoint copying the WAL back was under way). */
  unsyncedInArchive: number;
  /** Files whose creation was not durable and that vanished. */
  vanished: string[];
  /** Calls the model does not cover; a cycle with one proves nothing and must be refused. */
  unmodelled: string[];
}

interface Journal {
  pending: Change[][];
  created: boolean[];
  unmodelled: string[];
}

function readJournal(path: string): Journal {
  const buf = fs.existsSync(path) ? fs.readFileSync(path) : Buffer.alloc(0);
  const journal: Journal = { pending: NAMES.map(() => []), created: NAMES.map(() => false), unmodelled: [] };
  // A record torn by the kill was never followed by its write (the record is written first).
  for (let at = 0; at + HEADER <= buf.length; ) {
    const type = String.fromCharCode(buf[at]);
    const file = buf[at + 1];
    const length = buf.readUInt32LE(at + 4);
    if (at + HEADER + length > buf.length) break;
    const offset = Number(buf.readBigInt64LE(at + 8));
    const span = Number(buf.readBigInt64LE(at + 16));
    const oldSize = Number(buf.readBigInt64LE(at + 24));
    const payload = buf.subarray(at + HEADER, at + HEADER + length);
    at += HEADER + length;
    if (type === 'W' || type === 'T') journal.pending[file].push({ type, offset, span, oldSize, old: Buffer.from(payload) });
    else if (type === 'S') journal.pending[file] = []; // a barrier: everything before it is on the disk
    else if (type === 'C') journal.created[file] = true;
    else if (type === 'D') journal.created.fill(false);
    else if (type === 'X') journal.unmodelled.push(payload.toString('utf8'));
    else throw new Error(`撤销日志损坏：未知记录类型 ${type}`);
  }
  return journal;
}

/** Undoes one change in place: the old bytes back, then the old size. */
function undo(image: Buffer, c: Change): Buffer {
  // A write's old bytes lie inside the old size; a truncation's are the tail it cut off, at the new size.
  const out = resize(image, c.oldSize);
  c.old.copy(out, c.offset);
  return out;
}

function resize(image: Buffer, size: number): Buffer {
  if (size === image.length) return image;
  if (size < image.length) return image.subarray(0, size);
  const grown = Buffer.alloc(size);
  image.copy(grown);
  return grown;
}

/** The sectors a change may have left different: its bytes, and any hole or tail it made or cut. */
function touched(c: Change, into: Set<number>): void {
  const from = Math.min(c.offset, c.oldSize);
  const to = c.type === 'W' ? c.offset + c.span : Math.max(c.offset, c.oldSize);
  for (let s = Math.floor(from / SECTOR); s * SECTOR < to; s++) into.add(s);
}

function sectorOf(image: Buffer, s: number): Buffer {
  const out = Buffer.alloc(SECTOR);
  if (s * SECTOR < image.length) image.copy(out, 0, s * SECTOR, Math.min(image.length, (s + 1) * SECTOR));
  return out;
}

/** Which version (0 = the durable one, n = the last written) a sector or the size lands at. */
function version(n: number, rand: () => number): number {
  const r = rand();
  if (r < 0.4) return 0;
  if (r < 0.8) return n;
  return Math.floor(rand() * (n + 1));
}

interface Plan {
  first: number;
  /** A torn sector: bytes [split, 512) come from `second` instead. */
  second: number;
  split: number;
}

function cutFile(file: string, changes: Change[], mode: CutMode, rand: () => number): void {
  const n = changes.length;
  const sectors = new Set<number>();
  for (const c of changes) touched(c, sectors);
  const plans = new Map<number, Plan>();
  for (const s of [...sectors].sort((a, b) => a - b)) {
    const first = mode === 'drop' ? 0 : version(n, rand);
    const torn = mode === 'torn' && rand() < 0.3;
    plans.set(s, torn ? { first, second: version(n, rand), split: 1 + Math.floor(rand() * (SECTOR - 1)) } : { first, second: first, split: SECTOR });
  }
  const sizeAt = mode === 'drop' ? 0 : version(n, rand);
  const snaps = new Map<string, Buffer>();
  let image: Buffer = fs.readFileSync(file);
  let size = image.length;
  // Walk back from the last version (n) to the durable one (0), copying each sector at the version it lands at.
  for (let v = n; v >= 0; v--) {
    for (const [s, p] of plans) {
      if (p.first === v) snaps.set(`${s}:${v}`, sectorOf(image, s));
      if (p.second === v && p.second !== p.first) snaps.set(`${s}:${v}`, sectorOf(image, s));
    }
    if (sizeAt === v) size = image.length;
    if (v > 0) image = undo(image, changes[v - 1]);
  }
  const out = resize(Buffer.from(image), size);
  for (const [s, p] of plans) {
    if (s * SECTOR >= out.length) continue;
    const sector = Buffer.from(snaps.get(`${s}:${p.first}`)!);
    if (p.split < SECTOR) snaps.get(`${s}:${p.second}`)!.copy(sector, p.split, p.split);
    sector.copy(out, s * SECTOR, 0, Math.min(SECTOR, out.length - s * SECTOR));
  }
  fs.writeFileSync(file, out);
}

/** Cuts the power on `archive` (the writer already dead), after the journal at `journalPath`. */
export function cutPower(archive: string, journalPath: string, mode: CutMode, rand: () => number): Cut {
  const journal = readJournal(journalPath);
  const cut: Cut = { unsynced: 0, unsyncedInArchive: journal.pending[0].length, vanished: [], unmodelled: journal.unmodelled };
  if (journal.unmodelled.length) return cut;
  NAMES.forEach((suffix, i) => {
    const file = archive + suffix;
    cut.unsynced += journal.pending[i].length;
    if (journal.created[i]) {
      if (fs.existsSync(file)) cut.vanished.push(suffix || 'archive');
      fs.rmSync(file, { force: true });
    } else if (journal.pending[i].length) cutFile(file, journal.pending[i], mode, rand);
  });
  fs.rmSync(`${archive}-shm`, { force: true });
  return cut;
}
