import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The layers as the README draws them, enforced by the project's own lint configuration: a file
// that imports across a boundary must fail `npm run lint`, whatever folder depth it sits at.
const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function restricted(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries in lint', () => {
  it.each([
    ['renderer/src/pages/members/x.ts', "import { openArchive } from '../../../../db/archive';"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/src/x.ts', "import { wire } from '../../electron/wiring/guards';"],
    ['db/export/x.ts', "import { call } from '../../renderer/src/api/client';"],
    ['db/x.ts', "import { app } from 'electron';"],
    ['shared/contract/x.ts', "import { openArchive } from '../../db/archive';"],
    ['electron/x.ts', "import { App } from '../renderer/src/App';"],
  ])('refuses %s importing across its layer', async (file, source) => {
    const messages = await restricted(file, `${source}\nexport {};\n`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/do not import/);
  });

  it.each([
    ['renderer/src/x.ts', "import { contract } from '../../shared/contract/define';"],
    ['db/x.ts', "import { contract } from '../shared/contract/define';"],
    ['electron/x.ts', "import { openArchive } from '../db/archive';"],
    ['renderer/src/pages/x.ts', "import { App } from '../App';"],
  ])('lets %s import what lies below it', async (file, source) => {
    expect(await restricted(file, `${source}\nexport {};\n`)).toEqual([]);
  });
});
