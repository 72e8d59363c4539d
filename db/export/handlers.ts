import { exportActivityNotice, exportSignInSheet } from './activityPrints';
import { exportLedgers } from './ledgers';
import { exportMemberFile } from './memberFile';
import { exportVolume } from './volume';
import type { HandlersFor } from '../repo/context';

export const exportHandlers: HandlersFor<'export'> = {
  'export.volume': (ctx, input) => exportVolume(ctx, input),
  'export.ledgers': (ctx, input) => exportLedgers(ctx, input),
  'export.memberFile': (ctx, input) => exportMemberFile(ctx, input),
  'export.activityNotice': (ctx, input) => exportActivityNotice(ctx, input),
  'export.signInSheet': (ctx, input) => exportSignInSheet(ctx, input),
};
