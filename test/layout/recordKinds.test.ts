import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageTables } from '../../db/package/tables';
import type { MethodName } from '../../shared/api';
import {
  recordKindCodes,
  recordKinds,
  restoreMethodOf,
  type RecordKind,
  type RecyclableKind,
} from '../../shared/recordKinds';
import { testArchive, type TestArchive } from '../helpers/archive';
import { docxText, png } from '../helpers/exportYear';

// The registry of record kinds (shared/recordKinds.ts) against every place a kind must reach: one
// record of each kind goes in through the contract, then the year's package, volume, ledgers,
// search, audit log and recycle bin are asked for it. A kind added to the registry without a
// sample below fails typecheck; a kind missing from one of those places fails here by name.

const YEAR = 2026;
const marker = (kind: RecordKind) => `${recordKinds[kind].label}核对样本`;

interface Made {
  memberId: number;
  activityId: number;
}

/** One record of each kind, entered as the clerk would; returns its id. */
const samples: { [K in RecordKind]: (t: TestArchive, made: Made) => Promise<number> } = {
  member: async (_t, made) => made.memberId,
  activity: async (_t, made) => made.activityId,
  plan_item: async (t) => (await t.must('plan.create', { year: YEAR, month: 5, title: marker('plan_item') })).id,
  duty_record: async (t, made) =>
    (
      await t.must('dutyRecords.create', {
        memberId: made.memberId,
        year: YEAR,
        itemCode: 'summary',
        doneOn: `${YEAR}-06-01`,
        description: marker('duty_record'),
      })
    ).id,
  duty_scheme: async (t) => {
    // The package carries the scheme the year uses.
    const scheme = await t.must('schemes.create', { name: marker('duty_scheme'), copyFrom: preset(t) });
    await t.must('schemes.setForYear', { year: YEAR, schemeId: scheme.id });
    return scheme.id;
  },
  proposal: async (t, made) =>
    (
      await t.must('proposals.create', {
        year: YEAR,
        title: marker('proposal'),
        leadMemberId: made.memberId,
        filing: 'accepted',
      })
    ).id,
  opinion_report: async (t, made) =>
    (
      await t.must('opinionReports.create', {
        year: YEAR,
        title: marker('opinion_report'),
        authorIds: [made.memberId],
        status: 'submitted',
        submittedOn: `${YEAR}-06-02`,
      })
    ).id,
  deed: async (t, made) =>
    (await t.must('deeds.create', { year: YEAR, title: marker('deed'), memberId: made.memberId, happenedOn: `${YEAR}-07-01` }))
      .id,
  document: async (t) =>
    (
      await t.must('documents.create', {
        year: YEAR,
        kind: 'half_year_summary',
        title: marker('document'),
        body: '上半年，联络组组织委员开展学习和调研。',
      })
    ).id,
  attachment: async (t, made) =>
    (
      await t.must('attachments.add', {
        ownerKind: 'activity',
        ownerId: made.activityId,
        name: '现场照片.png',
        mime: 'image/png',
        dataBase64: png(32, 24, [200, 40, 40]).toString('base64'),
        caption: marker('attachment'),
      })
    ).id,
};

/** The preset 八个一 scheme. */
const preset = (t: TestArchive) =>
  (t.archive.db.prepare("SELECT id FROM duty_schemes WHERE preset = 'eight'").get() as { id: number }).id;

let t: TestArchive;
const ids = {} as Record<RecordKind, number>;
let packageData: Record<string, string>;
let volumeText: string;
let ledgerSheets: Record<string, string>;

beforeAll(async () => {
  t = await testArchive();
  const memberId = (await t.must('members.create', { name: marker('member') })).id;
  const activityId = (
    await t.must('activities.create', {
      type: 'research',
      title: marker('activity'),
      startsOn: `${YEAR}-05-14`,
      status: 'held',
      participants: [{ memberId, attendance: 'present' }],
    })
  ).id;
  for (const kind of recordKindCodes) ids[kind] = await samples[kind](t, { memberId, activityId });

  const pkg = await t.must('package.export', { year: YEAR });
  const zip = unzipSync(fs.readFileSync(pkg.file));
  packageData = Object.fromEntries(
    Object.entries(zip)
      .filter(([name]) => /^data\/\w+\.json$/.test(name))
      .map(([name, bytes]) => [name.slice('data/'.length, -'.json'.length), strFromU8(bytes)]),
  );
  const volume = await t.must('export.volume', { year: YEAR, format: 'docx' });
  volumeText = docxText(fs.readFileSync(volume.files[0].path));
  const ledgers = await t.must('export.ledgers', { year: YEAR });
  const book = XLSX.read(fs.readFileSync(ledgers.files[0].path));
  ledgerSheets = Object.fromEntries(book.SheetNames.map((n) => [n, XLSX.utils.sheet_to_csv(book.Sheets[n])]));
}, 180_000);
afterAll(() => t?.close());

describe.each(recordKindCodes)('the record kind %s', (kind) => {
  const row = recordKinds[kind];

  it(`is carried by the year package${row.inPackage ? '' : ' (not: it says so)'}`, () => {
    expect(packageTables.some((p) => p.table === row.table)).toBe(row.inPackage);
    if (row.inPackage) expect(packageData[row.table], `data/${row.table}.json`).toContain(marker(kind));
  });

  it(`is printed in the volume${row.inVolume ? '' : ' (not: it says so)'}`, () => {
    expect(volumeText.includes(marker(kind))).toBe(row.inVolume);
  });

  it(`has its sheet in the Excel ledgers: ${row.ledgerSheet ?? 'none of its own'}`, () => {
    if (row.ledgerSheet) expect(ledgerSheets[row.ledgerSheet], `sheet ${row.ledgerSheet}`).toContain(marker(kind));
    else expect(Object.keys(ledgerSheets)).not.toContain(row.label);
  });

  it(`is ${row.searchCode === null ? 'not ' : ''}found by the one search box`, async () => {
    const hits = await t.must('search.query', { query: marker(kind), limit: 200 });
    const own = hits.filter((h) => (h.kind as string) === kind);
    if (row.searchCode === null) expect(own).toEqual([]);
    else expect(own.map((h) => h.id)).toContain(ids[kind]);
  });

  it(`${row.attachable ? 'takes' : 'refuses'} attachments`, async () => {
    const r = await t.call('attachments.add', {
      ownerKind: kind as never,
      ownerId: ids[kind],
      name: '说明.txt',
      mime: 'text/plain',
      dataBase64: Buffer.from('说明').toString('base64'),
    });
    expect(r.ok, r.ok ? '' : r.error.message).toBe(row.attachable);
  });

  it('is named in the audit log under its own kind', () => {
    const logged = t.archive.db
      .prepare("SELECT count(*) AS n FROM audit_log WHERE entity = ? AND entity_id = ? AND action = 'create'")
      .get(kind, ids[kind]) as { n: number };
    expect(logged.n).toBe(1);
  });
});

describe.each(recordKindCodes.filter((k): k is RecyclableKind => recordKinds[k].recyclable))(
  'the recyclable kind %s',
  (kind) => {
    it('goes to the recycle bin by its own delete and comes back by its own restore', async () => {
      // A scheme in use for a year cannot be deleted: give the year back its preset first.
      if (kind === 'duty_scheme') await t.must('schemes.setForYear', { year: YEAR, schemeId: preset(t) });
      const del = `${recordKinds[kind].methods}.delete` as MethodName;
      expect((await t.call(del, { id: ids[kind] } as never)).ok).toBe(true);
      const bin = await t.must('recycle.list', { entity: kind });
      expect(bin.items.map((i) => i.id)).toContain(ids[kind]);
      await t.must(restoreMethodOf(kind), { id: ids[kind] });
      expect((await t.must('recycle.list', { entity: kind })).items.map((i) => i.id)).not.toContain(ids[kind]);
    });
  },
);
