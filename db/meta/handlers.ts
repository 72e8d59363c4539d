import { z } from 'zod';
import { api, methodNames } from '../../shared/api';
import { LATEST_VERSION } from '../migrations';
import { schemaVersion } from '../migrate';
import type { HandlersFor } from '../repo/context';

export const metaHandlers: HandlersFor<'meta'> = {
  'meta.methods': () =>
    methodNames.map((name) => ({
      method: name,
      summary: api[name].summary,
      input: z.toJSONSchema(api[name].input, { io: 'input', unrepresentable: 'any' }),
    })),
  'meta.info': ({ archive, db }) => ({
    file: archive.file,
    schemaVersion: schemaVersion(db),
    appSchemaVersion: LATEST_VERSION,
    sqliteVersion: (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
    notices: [...archive.notices],
  }),
};
