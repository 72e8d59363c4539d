import type Database from 'better-sqlite3';
import type { Activity } from '../../shared/contract/activities';
import type {
  SignInArrival,
  SignInConfirmOutcome,
  SignInEnd,
  SignInSession,
  SignInStatus,
} from '../../shared/contract/signIn';
import { applyJielong } from '../attendance/jielong/apply';
import { ArchiveError } from '../errors';
import { activityTable } from '../activities/repo';
import { servingMembers } from '../members/serving';
import { chooseLanAddress, type NetworkInterfaces } from './lanAddress';
import { startSignInListener, type SignInListener, type SignInListenerOptions } from './listener';
import { phonePage, whenText, type PhoneName } from './phonePage';

/**
 * The clerk's panel asks for arrivals every two seconds; this long without asking, it is gone (a
 * hidden tab or minimised window may be throttled to one timer a minute, hence three).
 */
export const SIGN_IN_IDLE_MS = 180_000;

export interface SignInDeskOptions {
  db: Database.Database;
  /** The machine's network interfaces (tests give one with another loopback address). */
  interfaces?: () => NetworkInterfaces;
  idleMs?: number;
  /** Passed on to the listener (tests shorten the lifetime, fake the clock). */
  listener?: Pick<SignInListenerOptions, 'lifetimeMs' | 'now' | 'requestsPerMinute'>;
}

/**
 * 手机扫码签到 as both hosts run it: the browser-mode host's process, and the desktop shell's
 * archive process (db/process/) while the 现场签到 panel is open. One activity at a time; the members' arrivals
 * are kept in memory until the clerk confirms them (a restart loses unconfirmed ones, which the
 * clerk's panel says), and only confirming writes to the archive.
 */
export interface SignInDesk {
  open(activityId: number): Promise<SignInSession>;
  /** Also tells the desk the clerk's panel is still there. */
  status(activityId: number): SignInStatus;
  confirm(activityId: number, arrivalIds?: number[]): SignInConfirmOutcome;
  close(activityId: number): Promise<SignInStatus>;
  /** The window or the host is going away. */
  closeAll(): Promise<void>;
}

interface Open {
  activity: Activity;
  listener: SignInListener;
  arrivals: SignInArrival[];
  nextId: number;
  idle?: NodeJS.Timeout;
}

/** The last 4 digits of a phone on record, or null when it has fewer than 4 digits. */
export function lastFourDigits(phone: string | null): string | null {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.length >= 4 ? digits.slice(-4) : null;
}

/** Whom the phone page offers: the live members on the sheet, then the other members serving that year. */
function namesFor(db: Database.Database, activity: Activity): { names: PhoneName[]; phones: Map<number, string | null> } {
  const live = db.prepare('SELECT id, phone FROM members WHERE deleted_at IS NULL').all() as {
    id: number;
    phone: string | null;
  }[];
  const phones = new Map(live.map((m) => [m.id, lastFourDigits(m.phone)]));
  const names: PhoneName[] = [];
  const add = (memberId: number, name: string, listed: boolean) => {
    if (!phones.has(memberId) || names.some((n) => n.memberId === memberId)) return;
    names.push({ memberId, name, listed, hasPhone: phones.get(memberId) !== null });
  };
  for (const p of activity.participants) add(p.memberId, p.memberName, true);
  for (const m of servingMembers(db, activity.year)) add(m.id, m.name, false);
  const offered = new Map(names.map((n) => [n.memberId, phones.get(n.memberId) ?? null]));
  return { names, phones: offered };
}

export function createSignInDesk({ db, interfaces, idleMs = SIGN_IN_IDLE_MS, listener }: SignInDeskOptions): SignInDesk {
  let current: Open | undefined;
  const endings = new Map<number, { why: SignInEnd; lost: number }>();

  const sessionOf = (o: Open): SignInSession => ({
    activityId: o.activity.id,
    activityTitle: o.activity.title,
    url: o.listener.url,
    address: o.listener.address,
    expiresAt: new Date(o.listener.expiresAt).toISOString(),
    arrivals: o.arrivals.map((a) => ({ ...a })),
  });

  const unconfirmed = (o: Open) => o.arrivals.filter((a) => !a.confirmed);

  function touch(o: Open) {
    clearTimeout(o.idle);
    o.idle = setTimeout(() => void end(o, 'idle'), idleMs);
    o.idle.unref();
  }

  /** Records why the session ended (once), then stops its listener. */
  function end(o: Open, why: SignInEnd): Promise<void> {
    if (current === o) {
      current = undefined;
      clearTimeout(o.idle);
      endings.set(o.activity.id, { why, lost: unconfirmed(o).length });
    }
    return o.listener.close();
  }

  function openFor(activityId: number): Open | undefined {
    return current?.activity.id === activityId ? current : undefined;
  }

  function status(activityId: number): SignInStatus {
    const o = openFor(activityId);
    if (o) {
      touch(o);
      return { session: sessionOf(o), ended: null, lostArrivals: 0 };
    }
    const e = endings.get(activityId);
    return { session: null, ended: e?.why ?? null, lostArrivals: e?.lost ?? 0 };
  }

  return {
    status,

    async open(activityId) {
      const same = openFor(activityId);
      if (same) {
        touch(same);
        return sessionOf(same);
      }
      if (current) {
        const waiting = unconfirmed(current).length;
        if (waiting > 0) {
          throw new ArchiveError(
            'CONFLICT',
            `“${current.activity.title}”的现场签到还开着，有 ${waiting} 人的签到尚未确认。请先到那次活动确认或结束签到。`,
          );
        }
        await end(current, 'closed');
      }
      const activity = activityTable.get(db, activityId);
      if (activity.status === 'cancelled') {
        throw new ArchiveError('INVALID_INPUT', `活动“${activity.title}”已取消，不能开放现场签到。`);
      }
      const address = chooseLanAddress(interfaces?.());
      if (!address) {
        throw new ArchiveError(
          'IO_ERROR',
          '这台电脑没有连接局域网（没有找到局域网地址），无法开放手机签到。请先连接单位的有线或无线网络，再打开现场签到。',
        );
      }
      const { names, phones } = namesFor(db, activity);
      if (names.length === 0) {
        throw new ArchiveError('INVALID_INPUT', '这次活动的名单和本年度在任委员都是空的，没有可以签到的委员。请先录入委员。');
      }
      const data = { title: activity.title, when: whenText(activity.startsOn, activity.startTime, activity.endsOn), place: activity.place, names };
      const nameOf = new Map(names.map((n) => [n.memberId, n.name]));
      // eslint-disable-next-line prefer-const -- the listener's callbacks need the session it belongs to
      let o: Open;
      const started = await startSignInListener({
        ...listener,
        address,
        page: (nonce) => phonePage(data, nonce),
        phoneDigits: (memberId) => (phones.has(memberId) ? (phones.get(memberId) ?? null) : undefined),
        accept(signIn) {
          // A member who signs in again (say 请假 after all) replaces their unconfirmed arrival.
          o.arrivals = o.arrivals.filter((a) => a.confirmed || a.memberId !== signIn.memberId);
          o.arrivals.push({
            id: o.nextId++,
            memberId: signIn.memberId,
            memberName: nameOf.get(signIn.memberId) ?? '',
            attendance: signIn.attendance,
            leaveReason: signIn.leaveReason,
            arrivedAt: new Date((listener?.now ?? Date.now)()).toISOString(),
            confirmed: false,
          });
          return signIn.attendance === 'present'
            ? `${nameOf.get(signIn.memberId)}，签到成功！请等待联络员确认。`
            : `${nameOf.get(signIn.memberId)}，请假已提交，请等待联络员确认。`;
        },
        onEnd: (why) => {
          if (current === o) void end(o, why);
        },
      });
      o = { activity, listener: started, arrivals: [], nextId: 1 };
      current = o;
      endings.delete(activityId);
      touch(o);
      return sessionOf(o);
    },

    confirm(activityId, arrivalIds) {
      const o = openFor(activityId);
      if (!o) throw new ArchiveError('CONFLICT', '这次活动的现场签到已经结束，未确认的签到没有保留。请重新打开现场签到。');
      touch(o);
      const chosen = unconfirmed(o).filter((a) => !arrivalIds || arrivalIds.includes(a.id));
      if (chosen.length === 0) throw new ArchiveError('INVALID_INPUT', '没有待确认的签到。');
      const outcome = applyJielong(db, {
        activityId,
        rows: chosen.map((a) => ({ memberId: a.memberId, attendance: a.attendance, leaveReason: a.leaveReason })),
      });
      for (const a of chosen) a.confirmed = true;
      o.activity = outcome.activity;
      return { confirmed: chosen.length, activity: outcome.activity, session: sessionOf(o) };
    },

    async close(activityId) {
      const o = openFor(activityId);
      if (o) await end(o, 'closed');
      return status(activityId);
    },

    async closeAll() {
      if (current) await end(current, 'closed');
    },
  };
}
