import { chooseRetention } from './chooseRetention';
import { filingYear, recordFiling } from './numbering';
import { filingSettingsView, updateFilingSettings } from './writeSettings';
import { writeHandover } from './writeHandover';
import { packageDataDigest } from '../package/packageData';
import type { HandlersFor } from '../repo/context';

export const filingHandlers: HandlersFor<'filing'> = {
  'filing.settings': ({ db }) => filingSettingsView(db),
  'filing.updateSettings': ({ db }, patch) => updateFilingSettings(db, patch),
  'filing.items': ({ db }, { year }) => filingYear(db, year),
  'filing.setRetention': ({ db }, input) => {
    chooseRetention(db, input);
    return filingYear(db, input.year);
  },
  'filing.handover': (ctx, input) => writeHandover(ctx, input),
  'filing.record': async ({ archive, db }, { year }) => {
    const filing = recordFiling(db, year);
    return { ...filing, packageDataDigest: await packageDataDigest(archive, year) };
  },
};
