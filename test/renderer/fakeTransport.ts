import type { Input, MethodName, Output } from '../../shared/api';
import type { GroupSettings } from '../../shared/contract/group';
import type { Member } from '../../shared/contract/members';
import type { Result } from '../../shared/result';
import type { ArchiveTransport } from '../../shared/transport';
import { setTransport } from '../../renderer/src/api/client';

type Answers = { [M in MethodName]?: (input: Input<M>) => Result<Output<M>> };

export interface FakeArchive {
  /** Every call the renderer made, in order. */
  calls: { method: MethodName; input: unknown }[];
  inputsOf<M extends MethodName>(method: M): Input<M>[];
  /** The scripted transport itself, for a test that holds some answers back and passes the rest to it. */
  transport: ArchiveTransport;
}

/** When a saved record of an answer was made and changed: New Year's Day 2026, never binned. */
export const savedStamps = {
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deletedAt: null,
};

/** A member as the archive would return it, for answers. */
export function memberRow(fields: Partial<Member> & { id: number; name: string }): Member {
  return {
    nameInitials: '',
    gender: null,
    birthDate: null,
    ethnicity: null,
    party: null,
    sector: null,
    specialCommittee: null,
    committeeLevels: ['county'],
    term: null,
    position: 'member',
    groupRole: 'none',
    workUnit: null,
    phone: null,
    idNumber: null,
    address: null,
    linkedCommunity: null,
    status: 'active',
    joinedOn: null,
    leftOn: null,
    notes: null,
    ...savedStamps,
    ...fields,
  };
}

/** The group's settings as the archive would return them: 东湖镇 under 临江区政协, 2026, points off. */
export function groupRow(fields: Partial<GroupSettings> = {}): GroupSettings {
  return {
    name: '东湖镇政协联络组',
    parentCommittee: '临江区政协',
    term: '第三届',
    currentYear: 2026,
    partyCommittee: '',
    government: '',
    pointsEnabled: false,
    nameOrder: 'pinyin',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  };
}

/**
 * Puts a scripted transport behind the renderer's client (component tests only; the archive-backed
 * path is tested end to end). Methods without an answer get an empty roster or an INTERNAL error.
 */
export function fakeArchive(answers: Answers = {}): FakeArchive {
  const calls: FakeArchive['calls'] = [];
  const defaults: Answers = {
    'members.list': () => ({ ok: true, value: { items: [], total: 0 } }),
    'members.names': () => ({ ok: true, value: [] }),
    'members.sectors': () => ({ ok: true, value: [] }),
  };
  const transport = {
    async call(method: MethodName, input: unknown) {
      calls.push({ method, input });
      const answer = (answers[method] ?? defaults[method]) as ((i: unknown) => Result<unknown>) | undefined;
      return answer
        ? answer(input)
        : { ok: false, error: { code: 'INTERNAL', message: `测试未准备 ${method} 的回答` } };
    },
    onProgress: () => () => {},
  } as ArchiveTransport;
  setTransport(transport);
  return {
    calls,
    transport,
    inputsOf: <M extends MethodName>(method: M) =>
      calls.filter((c) => c.method === method).map((c) => c.input as Input<M>),
  };
}
