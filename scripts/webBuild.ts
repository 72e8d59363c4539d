import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The web renderer as the browser-mode host serves it, and the Chromium that the e2e tests and benchmarks drive it in. */
export const projectRoot = path.resolve(import.meta.dirname, '..');
export const webDir = path.join(projectRoot, 'out/web');

/** The headless Chromium flags the PDF export uses, for the browser the tests and benchmarks drive. */
export { HEADLESS_CHROMIUM_FLAGS } from '../db/export/pdf';

/** The newest modification time of any file under the given paths. */
function newest(paths: string[]): number {
  let latest = 0;
  for (const p of paths) {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) latest = Math.max(latest, newest(fs.readdirSync(p).map((f) => path.join(p, f))));
    else latest = Math.max(latest, stat.mtimeMs);
  }
  return latest;
}

/**
 * Builds the web renderer (production React) unless out/web is newer than everything it is built
 * from. With `log`, says so and keeps the build's own output quiet but for its errors.
 */
export function ensureWebBuild(log?: (s: string) => void): void {
  const index = path.join(webDir, 'index.html');
  const sources = ['renderer', 'shared', 'vite.web.config.ts'].map((p) => path.join(projectRoot, p));
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= newest(sources)) return;
  log?.('  building the web renderer (npm run build:web)…');
  // vitest sets NODE_ENV=test, which would make vite bundle React's development build.
  execFileSync('npm', ['run', 'build:web'], {
    cwd: projectRoot,
    stdio: log ? ['ignore', 'ignore', 'inherit'] : 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
