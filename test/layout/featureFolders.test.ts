import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { methodNames } from '../../shared/api';
import { recordKindCodes, recordKinds } from '../../shared/recordKinds';

/** The namespaces kept in a folder named for the thing, as the README's layout says; every other is db/<namespace>/. */
const folderOf: Record<string, string> = {
  backups: 'backup',
  export: 'export',
  summary: 'drafts',
  schemes: 'duty/schemes',
  dutyRecords: 'duty/records',
};

const root = path.resolve(import.meta.dirname, '../..');
const namespaces = [...new Set(methodNames.map((m) => m.split('.')[0]))];

describe('each namespace of the contract is handled in db/<namespace>/handlers.ts', () => {
  it.each(namespaces)('%s', (ns) => {
    const file = path.join('db', folderOf[ns] ?? ns, 'handlers.ts');
    expect(fs.existsSync(path.join(root, file)), `${file} is missing`).toBe(true);
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    // A record kind's six methods are named from its namespace by recordHandlers, the others are written out.
    const kind = recordKindCodes.find((k) => recordKinds[k].methods === ns);
    const named =
      text.includes(`'${ns}.`) || (kind !== undefined && new RegExp(`recordHandlers\\(\\s*'${kind}'`).test(text));
    expect(named, `${file} does not handle ${ns}.*`).toBe(true);
  });

  it('db/handlers.ts composes every one of them', () => {
    const composition = fs.readFileSync(path.join(root, 'db/handlers.ts'), 'utf8');
    for (const ns of namespaces) {
      expect(composition, ns).toContain(`'./${folderOf[ns] ?? ns}/handlers'`);
    }
  });
});
