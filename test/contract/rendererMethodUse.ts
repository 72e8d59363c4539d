import fs from 'node:fs';
import path from 'node:path';
import { recyclableKinds, restoreMethodOf } from '../../shared/recordKinds';

/** Every .ts/.tsx file of the renderer's source, as text. */
export function rendererSources(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(entry.name)) out.set(path.relative(root, p), fs.readFileSync(p, 'utf8'));
    }
  };
  walk(root);
  return out;
}

/**
 * The renderer builds some names at run time from an aggregate it is given (lists/recordWrites.ts,
 * lists/createYearListStore.ts); a use of either helper with a literal aggregate calls these verbs.
 */
const COMPOSED: { pattern: RegExp; verbs: string[] }[] = [
  { pattern: /recordWrites\(\s*'(\w+)'/g, verbs: ['create', 'update', 'delete', 'restore'] },
  { pattern: /createYearListStore<[^>]*>\(\)\(\s*'(\w+)'/g, verbs: ['create', 'update', 'delete', 'restore', 'list'] },
];

/**
 * The contract methods the renderer's source names: as a quoted string (`call('members.list', …)`,
 * a map of names) or through one of the composing helpers; the recycle bin restores every
 * recyclable kind through `restoreMethodOf` of the registry of record kinds.
 */
export function methodsNamedBy(sources: Map<string, string>, methods: readonly string[]): Set<string> {
  const named = new Set<string>();
  const all = [...sources.values()].join('\n');
  for (const m of methods) {
    const quoted = new RegExp(`['"\`]${m.replace('.', '\\.')}['"\`]`);
    if (quoted.test(all)) named.add(m);
  }
  for (const { pattern, verbs } of COMPOSED) {
    for (const match of all.matchAll(pattern)) {
      for (const verb of verbs) {
        const m = `${match[1]}.${verb}`;
        if (methods.includes(m)) named.add(m);
      }
    }
  }
  if (/restoreMethodOf\(/.test(all)) for (const k of recyclableKinds) named.add(restoreMethodOf(k));
  return named;
}
