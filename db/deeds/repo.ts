import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api';
import type { Deed } from '../../shared/contract/deeds';
import { assertLiveMembers, memberName } from '../repo/liveMembers';
import { listFilter } from '../repo/listFilter';
import { tableRepo } from '../repo/table';

export const deedTable = tableRepo<Deed, 'memberName'>({
  table: 'deeds',
  entity: 'deed',
  label: '先进事迹',
  fields: { memberId: 'int', year: 'int', title: 'text', happenedOn: 'text', content: 'text', source: 'text' },
  describe: (d) => `先进事迹“${d.title}”`,
  hydrate: (db, d) => ({ ...d, memberName: memberName(db, d.memberId) }),
});

export function createDeed(db: Database.Database, input: ParsedInput<'deeds.create'>): Deed {
  return db.transaction(() => {
    if (input.memberId) assertLiveMembers(db, [input.memberId], '事迹的主人公');
    return deedTable.create(db, input);
  })();
}

export function updateDeed(db: Database.Database, id: number, patch: ParsedInput<'deeds.update'>['patch']): Deed {
  return db.transaction(() => {
    const before = deedTable.get(db, id);
    if (patch.memberId)
      assertLiveMembers(db, [patch.memberId], '事迹的主人公', before.memberId ? [before.memberId] : []);
    return deedTable.update(db, id, patch);
  })();
}

export function listDeeds(db: Database.Database, input: ParsedInput<'deeds.list'>) {
  const filter = listFilter(input.scope)
    .text(input.q, ['title', 'content', 'source'])
    .equal('year', input.year)
    .equal('member_id', input.memberId);
  const orderBy = 'year DESC, happened_on IS NULL, happened_on DESC, id DESC';
  return deedTable.page(db, filter, { orderBy, limit: input.limit, offset: input.offset });
}
