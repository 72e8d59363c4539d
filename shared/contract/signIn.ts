import { z } from 'zod';
import type { Activity } from './activities';
import { id } from './fields';
import { method } from './define';

/** What a member chose on their phone: 签到 (出席) or 请假 with a reason. */
export type SignInChoice = 'present' | 'excused';

/** One member's sign-in from their phone, waiting for the clerk (or already confirmed by them). */
export interface SignInArrival {
  /** Numbered from 1 within the session; a member signing in again replaces their earlier arrival. */
  id: number;
  memberId: number;
  memberName: string;
  attendance: SignInChoice;
  leaveReason: string | null;
  /** When the phone sent it (ISO). */
  arrivedAt: string;
  /** Written into the attendance by the clerk. */
  confirmed: boolean;
}

/** An open 现场签到: the address the phones open and what has arrived so far. */
export interface SignInSession {
  activityId: number;
  activityTitle: string;
  /** http://<LAN address>:<port>/<token>: shown as text and as a QR code. */
  url: string;
  /** The LAN address the listener is bound to (e.g. 192.168.1.23). */
  address: string;
  /** ISO; the listener stops then (2 hours after opening). */
  expiresAt: string;
  arrivals: SignInArrival[];
}

/** Why a session is no longer open. */
export type SignInEnd = 'closed' | 'expired' | 'idle';

export interface SignInStatus {
  /** The open session of this activity, or null. */
  session: SignInSession | null;
  /** When it is closed: why the last one of this activity ended (null when none ever was). */
  ended: SignInEnd | null;
  /** Arrivals the clerk had not confirmed when it ended; they are gone. */
  lostArrivals: number;
}

export interface SignInConfirmOutcome {
  /** Arrivals newly written into the attendance. */
  confirmed: number;
  activity: Activity;
  session: SignInSession;
}

const activityOnly = z.object({ activityId: id }).strict();

export const signInConfirmInput = z
  .object({
    activityId: id,
    /** The arrivals to confirm; omitted confirms every unconfirmed one. */
    arrivalIds: z.array(id).min(1, '请至少选择一位签到的委员').max(1000, '一次最多确认 1000 位委员').optional(),
  })
  .strict();

export const signInContract = {
  'signIn.open': method<SignInSession>()(
    '手机扫码签到：为一次活动在局域网上开放签到页（随机端口和口令，2 小时后自动结束），返回供委员扫码的地址',
    activityOnly,
  ),
  'signIn.arrivals': method<SignInStatus>()(
    '手机扫码签到：读取委员用手机提交的签到和请假（联络员确认前不写入档案）',
    activityOnly,
  ),
  'signIn.confirm': method<SignInConfirmOutcome>()(
    '手机扫码签到：将联络员确认的签到、请假写入活动出勤（记入操作记录）',
    signInConfirmInput,
  ),
  'signIn.close': method<SignInStatus>()(
    '手机扫码签到：结束现场签到，关闭局域网签到页，口令随即作废（未确认的签到不写入）',
    activityOnly,
  ),
};
