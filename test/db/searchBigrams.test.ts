import Database from 'better-sqlite3';
import { searchableKinds, type SearchableKind } from '../../shared/recordKinds';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/archive';
import { createRng } from '../../db/demo/random';
import { migrations } from '../../db/migrations';
import { pairsOf } from '../../db/migrations/0008-search-bigrams';
import { blockPairsOf } from '../../db/migrations/0010-bigram-blocks';
import { queryWords } from '../../db/search/queryWords';
import { shortWordHits } from '../../db/search/shortWordHits';
import { testArchive } from '../helpers/archive';
import { archiveEach } from '../helpers/archiveEach';

/** This migration's number, looked up by name so a renumbering touches only the migration list. */
const MINE = migrations.find((m) => m.name === '两字词检索索引')!.version;

/** A small alphabet, so two-character words recur: Chinese, mixed-case Latin, digits, punctuation, an emoji. */
const alphabet = [
  ...'养老服务社区俞伟张安全水',
  'a',
  'A',
  'b',
  'B',
  'É',
  'é',
  '1',
  '2',
  '%',
  '_',
  '\\',
  '，',
  '.',
  '(',
  '"',
  "'",
  '😀',
  '𰻞',
  ' ',
];

/** The demo's seeded generator (mulberry32), so a failure is the same failure every run. */
const random = (seed: number) => createRng(seed).next;

function texts(seed: number) {
  const r = random(seed);
  const pick = () => alphabet[Math.floor(r() * alphabet.length)];
  const text = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += pick();
    return s.trim() || '题';
  };
  return { r, pick, text };
}

/** The LIKE fallback as it was before the bigram index: the same function, without the pairs. */
const byLike = (db: Database.Database, query: string, kinds: readonly SearchableKind[], limit: number) =>
  shortWordHits(db, { ...queryWords(query.split(/\s+/).filter(Boolean)), pairs: undefined }, kinds, limit);
/** Through the bigram index, the newest `readWhole` rowids of each kind read whole (the default, none, a few). */
const byPairs = (
  db: Database.Database,
  query: string,
  kinds: readonly SearchableKind[],
  limit: number,
  readWhole?: number,
) => shortWordHits(db, queryWords(query.split(/\s+/).filter(Boolean)), kinds, limit, readWhole);

/**
 * Every one-character query over the alphabet, two-character ones (all of them, or a seeded
 * `share` of them) and pairs of words.
 */
function queries(seed: number, share = 1): string[] {
  const { pick, r } = texts(seed);
  const letters = alphabet.filter((c) => c !== ' ');
  const out = new Set<string>(letters);
  for (const a of letters) for (const b of letters) if (share === 1 || r() < share) out.add(a + b);
  for (let i = 0; i < 60; i++)
    out.add(`${pick().trim() || '养'}${pick().trim() || '老'} ${r() < 0.5 ? pick().trim() || '水' : '服务'}`);
  return [...out];
}

function expectSame(db: Database.Database, seed: number, share?: number): number {
  let found = 0;
  for (const q of queries(seed, share)) {
    for (const [kinds, limit] of [
      [searchableKinds, 10_000],
      [searchableKinds, 50],
      [['activity', 'deed'] as const, 7],
    ] as const) {
      const want = byLike(db, q, kinds, limit).map((h) => h.rowid);
      for (const readWhole of [undefined, 0, 1, 7])
        expect(
          byPairs(db, q, kinds, limit, readWhole).map((h) => h.rowid),
          `query ${JSON.stringify(q)}`,
        ).toEqual(want);
      found += want.length;
    }
  }
  return found;
}

describe('search: two-character words through the bigram index', () => {
  const t = archiveEach();

  it('finds exactly what LIKE finds, after creates, updates, deletes and restores of every kind', async () => {
    const { r, text } = texts(15);
    const ids: Record<string, number[]> = {
      members: [],
      activities: [],
      proposals: [],
      opinionReports: [],
      deeds: [],
      documents: [],
    };
    for (let i = 0; i < 40; i++) {
      ids.members.push(
        (await t.must('members.create', { name: text(2 + (i % 3)), sector: text(4), notes: text(12) })).id,
      );
      ids.activities.push(
        (
          await t.must('activities.create', {
            type: 'research',
            title: text(8),
            startsOn: '2026-03-01',
            content: text(30),
            place: text(5),
          })
        ).id,
      );
      ids.proposals.push((await t.must('proposals.create', { year: 2026, title: text(10), content: text(25) })).id);
      ids.opinionReports.push(
        (await t.must('opinionReports.create', { year: 2026, title: text(9), content: text(20) })).id,
      );
      ids.deeds.push((await t.must('deeds.create', { year: 2026, title: text(6), content: text(15) })).id);
      ids.documents.push(
        (await t.must('documents.create', { year: 2026, kind: 'other', title: text(7), body: text(40) })).id,
      );
    }
    const found = expectSame(t.archive.db, 15);
    expect(found).toBeGreaterThan(1000);

    for (let i = 0; i < 30; i++) {
      const pickId = (list: number[]) => list[Math.floor(r() * list.length)];
      await t.must('activities.update', { id: pickId(ids.activities), patch: { title: text(8), content: text(30) } });
      await t.must('proposals.update', { id: pickId(ids.proposals), patch: { title: text(10) } });
      await t.must('members.update', { id: pickId(ids.members), patch: { notes: text(10) } });
      await t.must('documents.update', { id: pickId(ids.documents), patch: { body: text(20) } });
    }
    const gone = {
      activity: ids.activities.slice(0, 10),
      deed: ids.deeds.slice(0, 10),
      report: ids.opinionReports.slice(0, 10),
    };
    for (const id of gone.activity) await t.must('activities.delete', { id });
    for (const id of gone.deed) await t.must('deeds.delete', { id });
    for (const id of gone.report) await t.must('opinionReports.delete', { id });
    // Every two-character query once above; after the updates, deletes and restores, which test
    // the triggers rather than the query, a different quarter of them each time.
    expectSame(t.archive.db, 16, 0.25);
    // A row in the recycle bin is found by neither.
    const inBin = t.archive.db.prepare('SELECT count(*) FROM search_bigrams WHERE rowid = ?').pluck();
    expect(inBin.get(2 * 10_000_000_000 + gone.activity[0])).toBe(0);

    for (const id of gone.activity.slice(0, 5)) await t.must('activities.restore', { id });
    for (const id of gone.deed.slice(0, 5)) await t.must('deeds.restore', { id });
    expect(inBin.get(2 * 10_000_000_000 + gone.activity[0])).toBe(1);
    expectSame(t.archive.db, 17, 0.25);
    // Some 25,000 queries: a minute on a quiet machine, several on a loaded one.
  }, 600_000);

  it('is what search.query answers for two-character words, punctuation and Latin included', async () => {
    const a = (
      await t.must('activities.create', {
        type: 'research',
        title: '走访养老院',
        startsOn: '2026-03-01',
        content: '50%的老人 Ab.c',
      })
    ).id;
    await t.must('deeds.create', { year: 2026, title: '助学', content: '俞伟资助' });
    const kinds = async (query: string) => (await t.must('search.query', { query })).map((h) => `${h.kind}:${h.id}`);
    expect(await kinds('养老')).toEqual([`activity:${a}`]);
    expect(await kinds('0%')).toEqual([`activity:${a}`]);
    expect(await kinds('AB')).toEqual([`activity:${a}`]);
    expect(await kinds('b.')).toEqual([`activity:${a}`]);
    expect(await kinds('俞伟')).toHaveLength(1);
    expect(await kinds('院走')).toEqual([]);
  });
});

describe(`migration ${MINE}: the bigram index of an existing archive`, () => {
  it('is filled from the rows already indexed, and then answers as LIKE does', async () => {
    const t = await testArchive();
    const file = t.file;
    t.archive.close();
    // The same file rebuilt one version before this migration, its rows written as that version did.
    const { default: fs } = await import('node:fs');
    fs.rmSync(file, { force: true });
    (await openArchive(file, { migrations: migrations.filter((m) => m.version < MINE) })).close();
    const db = new Database(file);
    const { text } = texts(21);
    const insert = db.prepare(
      "INSERT INTO activities (type, title, starts_on, content, deleted_at) VALUES ('study', ?, '2026-01-02', ?, ?)",
    );
    for (let i = 0; i < 200; i++) insert.run(text(8), text(30), i % 10 === 0 ? '2026-02-01T00:00:00.000Z' : null);
    db.prepare('INSERT INTO members (name, name_initials, notes) VALUES (?, ?, ?)').run('俞伟', 'yw', text(20));
    expect(db.pragma('user_version', { simple: true })).toBe(MINE - 1);
    db.close();

    const a = await openArchive(file);
    expect(a.migrated).toContain(MINE);
    expect(a.db.prepare('SELECT count(*) FROM search_bigrams').pluck().get()).toBe(
      a.db.prepare('SELECT count(*) FROM search_index_content').pluck().get(),
    );
    expectSame(a.db, 21);
    a.close();
    fs.rmSync(t.dir, { recursive: true, force: true });
  }, 600_000);
});

describe('the bigram triggers on long texts (cut block by block since migration 10)', () => {
  it('cut the same pairs as the character-by-character cut, at every block seam', () => {
    const db = new Database(':memory:');
    const old = db.prepare(`SELECT ${pairsOf('@t')}`).pluck();
    const blocked = db.prepare(`SELECT ${blockPairsOf('@t')}`).pluck();
    const { text, r } = texts(33);
    const lengths = [0, 1, 2, 3, 255, 256, 257, 258, 511, 512, 513, 514, 1000, 2049];
    for (const n of lengths)
      for (let i = 0; i < 3; i++) {
        // Characters as SQLite counts them: an emoji or 𰻞 is one, as it is for LIKE.
        let s = '';
        while ([...s].length < n) s += text(1 + Math.floor(r() * 5)) + (r() < 0.2 ? ' ' : '');
        s = [...s].slice(0, n).join('');
        expect(blocked.get({ t: s }), `length ${n}`).toEqual(old.get({ t: s }));
      }
    expect(blocked.get({ t: null })).toBeNull();
    db.close();
  });

  it('find a two-character word at the end of a long 正文 through the index', async () => {
    const t = await testArchive();
    const body = '养老'.repeat(3000) + '水电';
    const doc = await t.must('documents.create', { year: 2026, kind: 'other', title: '长文', body });
    const hits = byPairs(t.archive.db, '水电', ['document'], 10, 0);
    expect(hits.map((h) => h.rowid % 10_000_000_000)).toEqual([doc.id]);
    expect(byLike(t.archive.db, '水电', ['document'], 10).map((h) => h.rowid)).toEqual(hits.map((h) => h.rowid));
    t.close();
  });
});
