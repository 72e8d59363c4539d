import { ArchiveError } from '../errors';
import type { SignInDesk } from './desk';
import type { Context, HandlersFor } from '../repo/context';

function desk({ signIn }: Context): SignInDesk {
  if (!signIn) {
    throw new ArchiveError(
      'INVALID_INPUT',
      '手机扫码签到只能在程序窗口或浏览器模式中使用：命令行不开放局域网签到页。',
    );
  }
  return signIn;
}

/** 手机扫码签到: the host's desk keeps the session; only confirm writes to the archive. */
export const signInHandlers: HandlersFor<'signIn'> = {
  'signIn.open': (ctx, { activityId }) => desk(ctx).open(activityId),
  'signIn.arrivals': (ctx, { activityId }) => desk(ctx).status(activityId),
  'signIn.confirm': (ctx, { activityId, arrivalIds }) => desk(ctx).confirm(activityId, arrivalIds),
  'signIn.close': (ctx, { activityId }) => desk(ctx).close(activityId),
};
