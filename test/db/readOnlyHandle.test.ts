import { describe, expect, it } from 'vitest';
import { api, type MethodName } from '../../shared/api';
import { testArchive } from '../helpers/archive';
import { archiveEach } from '../helpers/archiveEach';

// The contract's reads run on a read-only connection (Signal's readable/writable split): SQLite,
// not the handler's code, guarantees that a list or a search leaves the archive as it was.

const t = archiveEach({ perFile: true });

describe('the read-only handle', () => {
  it('refuses any write, and sees each write of the writer as soon as it commits', async () => {
    expect(() => t.archive.reader.prepare("INSERT INTO members (name) VALUES ('张伟')").run()).toThrow(
      expect.objectContaining({ code: 'SQLITE_READONLY' }),
    );
    const m = await t.must('members.create', { name: '李红' });
    expect(t.archive.reader.prepare('SELECT name FROM members WHERE id = ?').get(m.id)).toEqual({ name: '李红' });
    expect((await t.must('members.list', {})).items.map((x) => x.name)).toEqual(['李红']);
  });

  it('is what every list, get and search of the contract is given', () => {
    const names = Object.keys(api) as MethodName[];
    const lookups = names.filter((m) => /\.(list|get|names|query|matrix|calendar)$/.test(m));
    expect(lookups.length).toBeGreaterThan(15);
    expect(lookups.filter((m) => !api[m].reads)).toEqual([]);
    const writes = names.filter((m) => /\.(create|update|delete|restore|set[A-Z]\w*|import|importCommit|apply\w*)$/.test(m));
    expect(writes.filter((m) => api[m].reads)).toEqual([]);
  });

  it('closes with the archive', async () => {
    const other = await testArchive();
    other.close();
    expect(other.archive.reader.open).toBe(false);
  });
});
