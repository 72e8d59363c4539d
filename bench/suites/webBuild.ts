import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const webDir = path.join(projectRoot, 'out/web');

function newest(paths: string[]): number {
  let latest = 0;
  for (const p of paths) {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) latest = Math.max(latest, newest(fs.readdirSync(p).map((f) => path.join(p, f))));
    else latest = Math.max(latest, stat.mtimeMs);
  }
  return latest;
}

/** Builds the web renderer (production React) unless out/web is newer than its sources. */
export function ensureWebBuild(log: (s: string) => void): void {
  const index = path.join(webDir, 'index.html');
  const sources = ['renderer', 'shared', 'vite.web.config.ts'].map((p) => path.join(projectRoot, p));
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= newest(sources)) return;
  log('  building the web renderer (npm run build:web)…');
  execFileSync('npm', ['run', 'build:web'], {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
