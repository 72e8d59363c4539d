import { unzipSync } from 'fflate';
import { spawnSync } from 'node:child_process';
import { createHash, getHashes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHUNK_BYTES, digestOf, sha256Hex, sm3Hex } from '../../db/package/digests';
import { fileSink, ZipWriter } from '../../db/zipWriter';
import { tempDir } from '../helpers/archive';

const dir = tempDir('package-zip-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const photo = createHash('sha512').update('photo').digest(); // stands for incompressible bytes
const json = Buffer.from(`${JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ id: i, name: '委员' })))}\n`);

function write(name: string): { file: string; size: number; sha256: string } {
  const file = path.join(dir, name);
  const zip = new ZipWriter(fileSink(file), new Date(2025, 11, 31, 12, 0, 0));
  zip.add('data/members.json', json, false);
  zip.add('attachments/photo.png', photo, true);
  zip.add('volume/2025年度履职档案.docx', photo, true);
  return { file, ...zip.finish() };
}

describe('the year package zip writer', () => {
  it('writes a zip that fflate and unzip read back byte for byte, names in UTF-8, the photo stored', () => {
    const { file, size, sha256 } = write('a.zip');
    const bytes = fs.readFileSync(file);
    expect(size).toBe(bytes.length);
    expect(sha256).toBe(sha256Hex(bytes));
    const methods: Record<string, number> = {};
    const files = unzipSync(new Uint8Array(bytes), {
      filter: (f) => {
        methods[f.name] = f.compression;
        return true;
      },
    });
    expect(Object.keys(files)).toEqual(['data/members.json', 'attachments/photo.png', 'volume/2025年度履职档案.docx']);
    expect(Buffer.from(files['data/members.json']).equals(json)).toBe(true);
    expect(Buffer.from(files['volume/2025年度履职档案.docx']).equals(photo)).toBe(true);
    expect(methods).toEqual({ 'data/members.json': 8, 'attachments/photo.png': 0, 'volume/2025年度履职档案.docx': 0 });
    // Info-ZIP checks every CRC and the headers against the central directory.
    const unzip = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
    if (unzip.error) return; // no unzip on this machine: fflate's reading above stands
    expect(unzip.stdout).toContain('No errors detected');
  });

  it('writes a large stored entry a chunk at a time, the same bytes as one add, with turns of the event loop between', async () => {
    const big = Buffer.alloc(3 * CHUNK_BYTES + 12345);
    for (let i = 0; i < big.length; i += 64) createHash('sha512').update(String(i)).digest().copy(big, i);
    const whole = path.join(dir, 'whole.zip');
    const one = new ZipWriter(fileSink(whole), new Date(2025, 11, 31, 12, 0, 0));
    one.add('data/members.json', json, false);
    one.add('snapshot/archive.sqlite', big, true);
    const wholeDone = one.finish();
    const chunked = path.join(dir, 'chunked.zip');
    const other = new ZipWriter(fileSink(chunked), new Date(2025, 11, 31, 12, 0, 0));
    other.add('data/members.json', json, false);
    // Other work queued meanwhile runs between the chunks (8 of them: 4 for the CRC, 4 written).
    let turns = 0;
    let writing = true;
    const otherWork = () => {
      turns++;
      if (writing) setImmediate(otherWork);
    };
    setImmediate(otherWork);
    await other.addStoredInChunks('snapshot/archive.sqlite', big);
    writing = false;
    expect(other.finish()).toEqual(wholeDone);
    expect(fs.readFileSync(chunked).equals(fs.readFileSync(whole))).toBe(true);
    expect(turns).toBeGreaterThanOrEqual(6);
    const unzip = spawnSync('unzip', ['-t', chunked], { encoding: 'utf8' });
    if (unzip.error) return; // no unzip on this machine: the byte comparison above stands
    expect(unzip.stdout).toContain('No errors detected');
  });

  it('is unpacked by Info-ZIP unzip with its Chinese names intact, dated the time it was written', () => {
    const { file } = write('names.zip');
    const out = path.join(dir, 'unzipped');
    const unzip = spawnSync('unzip', ['-o', '-q', file, '-d', out], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C.UTF-8' },
    });
    if (unzip.error) return void console.warn('unzip is not installed here (scripts/setup.sh installs it): skipped');
    expect(unzip.status).toBe(0);
    expect(fs.readdirSync(path.join(out, 'volume'))).toEqual(['2025年度履职档案.docx']);
    expect(fs.readFileSync(path.join(out, 'volume', '2025年度履职档案.docx')).equals(photo)).toBe(true);
    // The entry carries the writer's local time, which unzip gives the file (two-second steps).
    expect(fs.statSync(path.join(out, 'data', 'members.json')).mtime.getTime()).toBe(
      new Date(2025, 11, 31, 12, 0, 0).getTime(),
    );
    const listing = spawnSync('zipinfo', [file], { encoding: 'utf8' }).stdout;
    expect(listing).toMatch(/-rw-r--r-- +3\.0 unx/);
    expect(listing).not.toContain(' fat ');
  });

  it('marks every name as UTF-8 (bit 11) and says it was made on Unix', () => {
    const bytes = fs.readFileSync(write('flags.zip').file);
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(bytes.readUInt16LE(central + 4)).toBe(0x031e);
    expect(bytes.readUInt16LE(central + 8) & 0x800).toBe(0x800);
    expect(bytes.readUInt16LE(6) & 0x800).toBe(0x800); // the local header of data/members.json, ASCII as it is
  });

  it('gives the same bytes for the same entries', () => {
    expect(fs.readFileSync(write('b.zip').file).equals(fs.readFileSync(write('c.zip').file))).toBe(true);
  });
});

describe('digests taken a chunk at a time', () => {
  // Node's OpenSSL is the reference here; a build without SM3 is checked by sm3.test.ts against the openssl tool alone.
  it.skipIf(!getHashes().includes('sm3'))(
    'match the digests of the whole, across chunk boundaries, and leave the bytes as they were',
    async () => {
      for (const size of [0, 1, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, 3 * CHUNK_BYTES + 5]) {
        const bytes = new Uint8Array(size).map((_, i) => (i * 7919) & 0xff);
        const copy = Buffer.from(bytes);
        const whole = createHash('sm3').update(bytes).digest('hex');
        expect(await digestOf('f', bytes)).toEqual({ path: 'f', size, sha256: sha256Hex(bytes), sm3: whole });
        expect(await sm3Hex(bytes)).toBe(whole);
        expect(copy.equals(bytes)).toBe(true);
      }
    },
  );
});
