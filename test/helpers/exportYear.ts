import { zlibSync, unzipSync, strFromU8 } from 'fflate';
import { createDispatcher } from '../../db/dispatcher';
import { unwrapping } from '../../db/demo/client';
import { generateDemo } from '../../db/demo/generate';
import { testArchive, type TestArchive } from './archive';

export const YEAR = 2025;

/** A solid-colour PNG of the given size, made by hand so tests need no image library. */
export function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(4 + body.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.from(zlibSync(raw))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export interface ExportYear {
  t: TestArchive;
  /** The member whose phone (13812345678) and ID number were set for the masking checks. */
  memberId: number;
  /** The held activity that carries two photos. */
  photoActivityId: number;
}

export const PHONE = '13812345678';
export const ID_NUMBER = '11010519491231002X';

/** The demo's realistic year (30 members, 25 activities) plus photos and one member's full personal numbers. */
export async function exportYear(): Promise<ExportYear> {
  const t = await testArchive();
  const { db } = t.archive;
  db.exec('BEGIN');
  await generateDemo(unwrapping(createDispatcher(t.archive)), {
    year: YEAR,
    seed: 11,
    today: new Date(`${YEAR}-12-20`),
  });
  db.exec('COMMIT');
  const member = (await t.must('duty.matrix', { year: YEAR })).rows[0].member;
  await t.must('members.update', { id: member.id, patch: { phone: PHONE, idNumber: ID_NUMBER } });
  const held = (await t.must('activities.list', { year: YEAR, status: 'held', orderBy: 'dateAsc' })).items[0];
  for (const [name, rgb, caption] of [
    ['现场.png', [200, 60, 60], '委员实地察看'],
    ['座谈.png', [60, 120, 200], '座谈交流'],
  ] as const) {
    await t.must('attachments.add', {
      ownerKind: 'activity',
      ownerId: held.id,
      name,
      mime: 'image/png',
      dataBase64: png(160, 120, [...rgb]).toString('base64'),
      caption,
    });
  }
  return { t, memberId: member.id, photoActivityId: held.id };
}

/** The text of a Word file's body, one line per paragraph. */
export function docxText(file: Buffer): string {
  const xml = strFromU8(unzipSync(new Uint8Array(file))['word/document.xml']);
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

export function docxParts(file: Buffer): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(file));
}

/** Held activities' titles and serving members' names: what every volume must name. */
export async function mustName(t: TestArchive) {
  const members = (await t.must('duty.matrix', { year: YEAR })).rows.map((r) => r.member.name);
  const activities = (await t.must('activities.list', { year: YEAR, status: 'held', limit: 1000 })).items.map(
    (a) => a.title,
  );
  return { members, activities };
}
