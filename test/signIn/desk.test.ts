import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDispatcher, type Dispatch } from '../../db/dispatcher';
import { createSignInDesk, lastFourDigits, type SignInDesk } from '../../db/signIn/desk';
import { chooseLanAddress, type NetworkInterfaces } from '../../db/signIn/lanAddress';
import type { SignInSession, SignInStatus } from '../../shared/contract/signIn';
import type { Activity } from '../../shared/contract/activities';
import { huapingyuanVisit } from '../fixtures/huapingyuanVisit';
import { testArchive, type TestArchive } from '../helpers/archive';
import { lanRequest, postSignIn, reachLan } from './lanRequest';

const nic = (address: string, internal = false) => ({
  address,
  family: 'IPv4' as const,
  internal,
  netmask: '255.0.0.0',
  mac: '00:00:00:00:00:00',
  cidr: `${address}/8`,
});

/** The office network as a test gives it: another loopback address, never a real LAN one. */
const office: NetworkInterfaces = { lo: [nic('127.0.0.1', true)], eth0: [nic('127.0.0.4')] };

let t: TestArchive;
let desk: SignInDesk;
let dispatch: Dispatch;

async function must<T>(method: string, input: unknown): Promise<T> {
  const r = await dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

beforeEach(async () => {
  t = await testArchive();
  desk = createSignInDesk({ db: t.archive.db, interfaces: () => office });
  dispatch = createDispatcher(t.archive, { signIn: desk });
});

afterEach(async () => {
  await desk.closeAll();
  t.close();
  vi.useRealTimers();
});

async function seed() {
  const zhang = await t.must('members.create', { name: '张三', phone: '13812345678' });
  const li = await t.must('members.create', { name: '李四', phone: '13900001111' });
  const wang = await t.must('members.create', { name: '王五' });
  const year = (await t.must('group.get', {})).currentYear;
  const activity = await t.must(
    'activities.create',
    huapingyuanVisit(year, { startTime: '09:00', participants: [{ memberId: li.id, attendance: 'absent' }] }),
  );
  return { zhang, li, wang, activity };
}

describe('choosing the LAN address', () => {
  it('takes a private IPv4 address of a real interface, never loopback or link-local', () => {
    expect(
      chooseLanAddress({
        lo: [nic('127.0.0.1', true)],
        wlan: [nic('169.254.3.4'), nic('192.168.1.23')],
        eth: [nic('10.0.0.5')],
      }),
    ).toBe('192.168.1.23');
    expect(chooseLanAddress({ eth: [nic('172.20.1.2'), { ...nic('fe80::1'), family: 'IPv6', scopeid: 2 }] })).toBe(
      '172.20.1.2',
    );
    expect(chooseLanAddress({ lo: [nic('127.0.0.1', true)], wlan: [nic('169.254.3.4')] })).toBeNull();
  });

  it('reads the last four digits of a phone however it was written', () => {
    expect(lastFourDigits('138 1234 5678')).toBe('5678');
    expect(lastFourDigits('0571-8765-4321')).toBe('4321');
    expect(lastFourDigits('123')).toBeNull();
    expect(lastFourDigits(null)).toBeNull();
  });
});

describe('手机扫码签到 through the contract', () => {
  it('offers the sheet first, then the other serving members in name order; keeps arrivals in memory until the clerk confirms', async () => {
    const { zhang, li, wang, activity } = await seed();
    const session = await must<SignInSession>('signIn.open', { activityId: activity.id });
    expect(session.url).toMatch(/^http:\/\/127\.0\.0\.4:\d+\/[\w-]{22}$/);
    expect(session.address).toBe('127.0.0.4');

    const page = await lanRequest(session.url);
    const data = JSON.parse(/<script type="application\/json" id="data">(.*?)<\/script>/s.exec(page.body)![1]) as {
      title: string;
      when: string;
      place: string;
      names: { memberId: number; name: string; listed: boolean; hasPhone: boolean }[];
    };
    expect(data.title).toBe('视察华屏苑');
    expect(data.when).toMatch(/^\d{4}年5月14日 09:00$/);
    expect(data.place).toBe('华屏苑小区');
    expect(data.names).toEqual([
      { memberId: li.id, name: '李四', listed: true, hasPhone: true },
      { memberId: wang.id, name: '王五', listed: false, hasPhone: false },
      { memberId: zhang.id, name: '张三', listed: false, hasPhone: true },
    ]);
    // No phone digits are in the page.
    expect(page.body).not.toContain('5678');
    expect(page.body).not.toContain('1111');

    expect(
      (await postSignIn(session.url, { memberId: zhang.id, digits: '5678', attendance: 'present' })).json.message,
    ).toBe('张三，签到成功！请等待联络员确认。');
    await postSignIn(session.url, { memberId: li.id, digits: '1111', attendance: 'excused', reason: '出差' });
    const audits = (await t.must('audit.list', {})).total;
    const waiting = await must<SignInStatus>('signIn.arrivals', { activityId: activity.id });
    expect(waiting.session?.arrivals.map((a) => [a.memberName, a.attendance, a.leaveReason, a.confirmed])).toEqual([
      ['张三', 'present', null, false],
      ['李四', 'excused', '出差', false],
    ]);
    // Nothing written before the clerk confirms.
    expect(
      (await t.must('activities.get', { id: activity.id })).participants.map((p) => [p.memberName, p.attendance]),
    ).toEqual([['李四', 'absent']]);
    expect((await t.must('audit.list', {})).total).toBe(audits);

    const first = waiting.session!.arrivals[0];
    const one = await must<{ confirmed: number; activity: Activity }>('signIn.confirm', {
      activityId: activity.id,
      arrivalIds: [first.id],
    });
    expect(one.confirmed).toBe(1);
    const all = await must<{ confirmed: number; activity: Activity; session: SignInSession }>('signIn.confirm', {
      activityId: activity.id,
    });
    expect(all.confirmed).toBe(1);
    expect(all.session.arrivals.every((a) => a.confirmed)).toBe(true);
    const sheet = (await t.must('activities.get', { id: activity.id })).participants;
    expect(sheet.map((p) => [p.memberName, p.attendance, p.leaveReason])).toEqual([
      ['李四', 'excused', '出差'],
      ['张三', 'present', null],
    ]);
    expect((await t.must('audit.list', {})).total).toBe(audits + 2);
    const nothing = await dispatch('signIn.confirm', { activityId: activity.id });
    expect(!nothing.ok && nothing.error.message).toBe('没有待确认的签到。');

    const closed = await must<SignInStatus>('signIn.close', { activityId: activity.id });
    expect(closed).toEqual({ session: null, ended: 'closed', lostArrivals: 0 });
    expect(await reachLan(session.url)).toBe('ECONNREFUSED');
  });

  it('a member signing in again replaces the unconfirmed arrival; closing loses unconfirmed ones and says how many', async () => {
    const { zhang, activity } = await seed();
    const session = await must<SignInSession>('signIn.open', { activityId: activity.id });
    // Opening again returns the same session (a reloaded panel).
    expect((await must<SignInSession>('signIn.open', { activityId: activity.id })).url).toBe(session.url);
    await postSignIn(session.url, { memberId: zhang.id, digits: '5678', attendance: 'present' });
    await postSignIn(session.url, { memberId: zhang.id, digits: '5678', attendance: 'excused', reason: '临时有事' });
    const status = await must<SignInStatus>('signIn.arrivals', { activityId: activity.id });
    expect(status.session?.arrivals.map((a) => [a.memberName, a.attendance])).toEqual([['张三', 'excused']]);
    const other = await t.must('activities.create', { type: 'study', title: '学习会', startsOn: activity.startsOn });
    const busy = await dispatch('signIn.open', { activityId: other.id });
    expect(!busy.ok && busy.error.message).toBe(
      '“视察华屏苑”的现场签到还开着，有 1 人的签到尚未确认。请先到那次活动确认或结束签到。',
    );
    expect(await must<SignInStatus>('signIn.close', { activityId: activity.id })).toEqual({
      session: null,
      ended: 'closed',
      lostArrivals: 1,
    });
    expect((await t.must('activities.get', { id: activity.id })).participants.map((p) => p.attendance)).toEqual([
      'absent',
    ]);
  });

  it('ends after two hours, or when the clerk’s panel stops asking (fake timers)', async () => {
    const { zhang, activity } = await seed();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const session = await must<SignInSession>('signIn.open', { activityId: activity.id });
    expect(Date.parse(session.expiresAt) - Date.now()).toBe(2 * 60 * 60 * 1000);
    await postSignIn(session.url, { memberId: zhang.id, digits: '5678', attendance: 'present' });
    // The panel asks every few seconds: past the two hours the listener is gone all the same.
    for (let s = 0; s < 2 * 60 * 60; s += 60) {
      vi.advanceTimersByTime(60_000);
      desk.status(activity.id);
    }
    // The arrival nobody confirmed is gone, and the clerk's window is told so.
    expect(desk.status(activity.id)).toEqual({ session: null, ended: 'expired', lostArrivals: 1 });
    expect(await reachLan(session.url)).toBe('ECONNREFUSED');
    expect((await t.must('activities.get', { id: activity.id })).participants.map((p) => p.attendance)).toEqual([
      'absent',
    ]);

    await must<SignInSession>('signIn.open', { activityId: activity.id });
    vi.advanceTimersByTime(179_000);
    expect(desk.status(activity.id).session).not.toBeNull();
    vi.advanceTimersByTime(180_000);
    expect(desk.status(activity.id)).toEqual({ session: null, ended: 'idle', lostArrivals: 0 });
  });

  it('says where it works when the host has no desk (the CLI), and when the computer is on no network', async () => {
    const { activity } = await seed();
    const cli = await t.call('signIn.open', { activityId: activity.id });
    expect(!cli.ok && cli.error.message).toContain('命令行不开放局域网签到页');
    const offline = createDispatcher(t.archive, {
      signIn: createSignInDesk({ db: t.archive.db, interfaces: () => ({ lo: [nic('127.0.0.1', true)] }) }),
    });
    const r = await offline('signIn.open', { activityId: activity.id });
    expect(!r.ok && r.error.message).toContain('这台电脑没有连接局域网');
  });
});
