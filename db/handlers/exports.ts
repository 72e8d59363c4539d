import { exportActivityNotice, exportSignInSheet } from '../export/activityPrints';
import { exportLedgers } from '../export/ledgers';
import { exportMemberFile } from '../export/memberFile';
import { exportVolume } from '../export/volume';
import type { HandlersFor } from './types';

export const exportHandlers: HandlersFor<'export'> = {
  'export.volume': (ctx, input) => exportVolume(ctx, input),
  'export.ledgers': (ctx, input) => exportLedgers(ctx, input),
  'export.memberFile': (ctx, input) => exportMemberFile(ctx, input),
  'export.activityNotice': (ctx, input) => exportActivityNotice(ctx, input),
  'export.signInSheet': (ctx, input) => exportSignInSheet(ctx, input),
};
