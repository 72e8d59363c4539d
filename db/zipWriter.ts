import { createHash } from 'node:crypto';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { inChunks } from './package/digests';

interface CentralEntry {
  name: Buffer;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** MS-DOS date and time, as zip headers hold them (local time, two-second steps). */
function dosDateTime(d: Date): number {
  return (
    (((d.getFullYear() - 1980) << 25) |
      ((d.getMonth() + 1) << 21) |
      (d.getDate() << 16) |
      (d.getHours() << 11) |
      (d.getMinutes() << 5) |
      (d.getSeconds() >> 1)) >>>
    0
  );
}

/** Where a zip's bytes go: a file written as they come, or memory for a small zip kept whole. */
export interface ZipSink {
  write(bytes: Uint8Array): void;
  close(): void;
}

export function fileSink(file: string): ZipSink {
  const fd = fs.openSync(file, 'w');
  return {
    write(bytes) {
      for (let done = 0; done < bytes.length;) done += fs.writeSync(fd, bytes, done);
    },
    close: () => fs.closeSync(fd),
  };
}

export function memorySink(): ZipSink & { bytes(): Buffer } {
  const chunks: Uint8Array[] = [];
  return { write: (b) => chunks.push(b), close() {}, bytes: () => Buffer.concat(chunks) };
}

const UTF8_NAMES = 0x800;
/**
 * "Version made by": Unix (3), zip 3.0. Info-ZIP `unzip` takes names made on MS-DOS (0) for the
 * OEM code page and converts them, garbling UTF-8 Chinese names on Linux even with bit 11 set;
 * names made on Unix it writes as they are. 7-Zip, Windows Explorer and WinRAR read bit 11.
 */
const MADE_BY_UNIX = (3 << 8) | 30;
/** External attributes of a Unix entry: mode 0100644 (a regular file, rw-r--r--) in the high 16 bits. */
const REGULAR_FILE_RW_R_R = (0o100644 << 16) >>> 0;

/** Larger than this needs zip64, which a year package (refused above 1.5 GB) never does. */
const ZIP32_LIMIT = 0xffffffff;

/**
 * A zip file written entry by entry straight to disk, so a package never sits whole in memory.
 * Deterministic: entries in the order added, one time (the caller's: the compile time), no extra fields. Already-compressed
 * files are stored; the rest is deflated by zlib (native, unlike fflate). The SHA-256 of the zip
 * is taken as its bytes are written, saving a second read of a file of hundreds of megabytes.
 */
export class ZipWriter {
  private readonly time: number;
  private readonly entries: CentralEntry[] = [];
  private readonly hash = createHash('sha256');
  private offset = 0;

  constructor(
    private readonly sink: ZipSink,
    mtime: Date,
  ) {
    this.time = dosDateTime(mtime);
  }

  private write(bytes: Uint8Array): void {
    if (this.offset + bytes.length > ZIP32_LIMIT) throw new Error('文件超过 4 GB，无法写入 zip 文件。');
    this.sink.write(bytes);
    this.hash.update(bytes);
    this.offset += bytes.length;
  }

  /** Shared head of the local and central headers: version, flags, method, time, CRC, sizes, name length. */
  private common(e: CentralEntry, header: Buffer, at: number): void {
    header.writeUInt16LE(20, at); // version needed: 2.0
    // Bit 11: the name is UTF-8. Set on every entry, as every name is written in UTF-8.
    header.writeUInt16LE(UTF8_NAMES, at + 2);
    header.writeUInt16LE(e.method, at + 4);
    header.writeUInt32LE(this.time, at + 6);
    header.writeUInt32LE(e.crc, at + 10);
    header.writeUInt32LE(e.compressed, at + 14);
    header.writeUInt32LE(e.size, at + 18);
    header.writeUInt16LE(e.name.length, at + 22);
  }

  add(path: string, bytes: Uint8Array, store: boolean): void {
    const data = store ? bytes : zlib.deflateRawSync(bytes, { level: 6 });
    const e: CentralEntry = {
      name: Buffer.from(path, 'utf8'),
      method: store ? 0 : 8,
      crc: zlib.crc32(bytes),
      compressed: data.length,
      size: bytes.length,
      offset: this.offset,
    };
    this.localHeader(e);
    this.write(data);
    this.entries.push(e);
  }

  /** An entry's local file header, written where its data is to follow. */
  private localHeader(e: CentralEntry): void {
    const header = Buffer.alloc(30 + e.name.length);
    header.writeUInt32LE(0x04034b50, 0);
    this.common(e, header, 4);
    e.name.copy(header, 30);
    this.write(header);
  }

  /**
   * As `add` for an entry stored as it is, a chunk at a time with turns of the event loop between:
   * the CRC in one pass, then the bytes to the sink (and to the zip's digests). In one `add`, the
   * year package's 190 MB snapshot held the host's thread for about two seconds.
   */
  async addStoredInChunks(path: string, bytes: Uint8Array): Promise<void> {
    let crc = 0;
    await inChunks(bytes, [(chunk) => (crc = zlib.crc32(chunk, crc))]);
    const e: CentralEntry = {
      name: Buffer.from(path, 'utf8'),
      method: 0,
      crc,
      compressed: bytes.length,
      size: bytes.length,
      offset: this.offset,
    };
    this.localHeader(e);
    await inChunks(bytes, [(chunk) => this.write(chunk)]);
    this.entries.push(e);
  }

  /** Writes the central directory and closes the file; returns the zip's size and SHA-256. */
  finish(): { size: number; sha256: string } {
    try {
      const start = this.offset;
      for (const e of this.entries) {
        const header = Buffer.alloc(46 + e.name.length);
        header.writeUInt32LE(0x02014b50, 0);
        header.writeUInt16LE(MADE_BY_UNIX, 4);
        this.common(e, header, 6);
        header.writeUInt32LE(REGULAR_FILE_RW_R_R, 38);
        header.writeUInt32LE(e.offset, 42);
        e.name.copy(header, 46);
        this.write(header);
      }
      const end = Buffer.alloc(22);
      end.writeUInt32LE(0x06054b50, 0);
      end.writeUInt16LE(this.entries.length, 8);
      end.writeUInt16LE(this.entries.length, 10);
      end.writeUInt32LE(this.offset - start, 12);
      end.writeUInt32LE(start, 16);
      this.write(end);
      return { size: this.offset, sha256: this.hash.digest('hex') };
    } finally {
      this.sink.close();
    }
  }

  /** Closes the file after a failure; the caller removes it. */
  abandon(): void {
    this.sink.close();
  }
}
