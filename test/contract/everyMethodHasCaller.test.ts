import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { methodNames } from '../../shared/api';
import type { MethodInfo } from '../../shared/contract/meta';
import { testArchive } from '../helpers/archive';
import { methodsWithoutScreen } from './methodsWithoutScreen';
import { methodsNamedBy, rendererSources } from './rendererMethodUse';

const sources = rendererSources(path.resolve(import.meta.dirname, '../../renderer/src'));

describe('every contract method is within the clerk’s reach', () => {
  it('meta.methods lists the whole contract', async () => {
    const t = await testArchive();
    try {
      const listed = (await t.must('meta.methods', {})) as MethodInfo[];
      expect(listed.map((m) => m.method).sort()).toEqual([...methodNames].sort());
    } finally {
      t.close();
    }
  });

  it('each method is called by the renderer or listed, with its reason, as having no screen', () => {
    const named = methodsNamedBy(sources, methodNames);
    const missing = methodNames.filter((m) => !named.has(m) && !(m in methodsWithoutScreen));
    expect(missing, 'no screen calls these: give them one, or a line in methodsWithoutScreen.ts').toEqual([]);
  });

  it('the list of methods without a screen is neither stale nor vague', () => {
    const named = methodsNamedBy(sources, methodNames);
    for (const [m, reason] of Object.entries(methodsWithoutScreen)) {
      expect(methodNames, `${m} is not a contract method`).toContain(m);
      expect(named.has(m), `${m} has a caller now: take it off the list`).toBe(false);
      expect(reason.trim().length, `${m} needs a reason`).toBeGreaterThan(10);
    }
  });

  it('finds a call written the way the client writes it, and not a look-alike', () => {
    const fake = new Map([
      ['a.ts', "await call('members.list', {});\nconst x = 'members.listed';"],
      ['b.ts', "recordWrites('plan', reload)"],
    ]);
    const named = methodsNamedBy(fake, ['members.list', 'members.get', 'plan.create', 'plan.restore', 'plan.list']);
    expect([...named].sort()).toEqual(['members.list', 'plan.create', 'plan.restore']);
  });
});
