import { describe, expect, it } from 'vitest';
import { routeFromHash, routeHash } from '../../renderer/src/shell/routeHash';

describe('addresses in the hash', () => {
  it('reads a section, and a record in the sections that have records', () => {
    expect(routeFromHash('#/members')).toEqual({ section: 'members', record: null });
    expect(routeFromHash('#/members/12')).toEqual({ section: 'members', record: 12 });
    expect(routeFromHash('#/activities/5')).toEqual({ section: 'activities', record: 5 });
    expect(routeFromHash('#/proposals/3')).toEqual({ section: 'proposals', record: 3 });
    expect(routeFromHash('#/opinionReports/2')).toEqual({ section: 'opinionReports', record: 2 });
    expect(routeFromHash('#/deeds/1')).toEqual({ section: 'deeds', record: 1 });
    expect(routeFromHash('#/documents/4')).toEqual({ section: 'documents', record: 4 });
    expect(routeFromHash('#/plans/7')).toEqual({ section: 'plans', record: 7 });
    expect(routeFromHash('/members/12')).toEqual({ section: 'members', record: 12 });
  });

  it('falls back to the home section, or drops a record part that names no record', () => {
    expect(routeFromHash('')).toEqual({ section: 'overview', record: null });
    expect(routeFromHash('#/')).toEqual({ section: 'overview', record: null });
    expect(routeFromHash('#/nowhere/12')).toEqual({ section: 'overview', record: null });
    expect(routeFromHash('#/__proto__')).toEqual({ section: 'overview', record: null });
    expect(routeFromHash('#/settings/3')).toEqual({ section: 'settings', record: null });
    for (const junk of ['0', '-1', '1.5', 'abc', '12abc', '012', '1e3', '99999999999999999999', ' 12']) {
      expect(routeFromHash(`#/members/${junk}`), junk).toEqual({ section: 'members', record: null });
    }
  });

  it('writes what it reads', () => {
    for (const hash of ['/members', '/members/12', '/documents/4', '/overview']) {
      expect(routeHash(routeFromHash(`#${hash}`))).toBe(hash);
    }
  });
});
