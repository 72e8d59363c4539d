import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startHost, type HostOptions, type RunningHost } from '../../../db/host/httpHost';
import type { Input, MethodName, Output } from '../../../shared/api';
import type { Result } from '../../../shared/result';
import { HTTP_CALL_PATH } from '../../../shared/transport';
import { tempDir } from '../../helpers/archive';

const root = path.resolve(import.meta.dirname, '../../..');
const webDir = path.join(root, 'out/web');
export const shotsDir = path.join(root, 'screenshots');

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

/** Builds the web renderer unless out/web is newer than everything it is built from. */
function ensureWebBuild(): void {
  const index = path.join(webDir, 'index.html');
  const sources = ['renderer', 'shared', 'vite.web.config.ts'].map((p) => path.join(root, p));
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= newest(sources)) return;
  // vitest sets NODE_ENV=test, which would make vite bundle React's development build.
  execFileSync('npm', ['run', 'build:web'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/** The page's document as far as waiting for its animations goes (the node config has no DOM types). */
interface AnimatedDocument {
  getAnimations(): { playState: string; effect: { getTiming(): { iterations?: number } } | null }[];
}

export interface BrowserSession {
  page: Page;
  /** The browser, for further contexts (the members' phones of 现场签到). */
  browser: Browser;
  /** The host's address with this start's secret, as the clerk opens it; the page lands on the clean `/`. */
  url: string;
  /** Console errors and uncaught exceptions in the page (a CSP violation shows up here too). */
  pageErrors: string[];
  /** A contract method over the host's HTTP endpoint, unwrapped: for checking what the UI wrote. */
  api<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
  /**
   * A screenshot into screenshots/<prefix>-<name>.png: the whole page, or only the window where a
   * drawer, a dialog or a sticky table header would be drawn out of place on a full-page capture.
   */
  shot(name: string, whole?: 'page' | 'window'): Promise<void>;
  close(): Promise<void>;
}

/**
 * The browser-mode host on a fresh archive in a temp folder, and Debian's Chromium on it, as a
 * clerk with a 1366×800 laptop screen sees the app.
 */
export async function openSession(
  prefix: string,
  hostOptions: Pick<HostOptions, 'lanInterfaces'> = {},
): Promise<BrowserSession> {
  ensureWebBuild();
  fs.mkdirSync(shotsDir, { recursive: true });
  const dir = tempDir(`${prefix}-e2e-`);
  const host: RunningHost = await startHost({
    file: path.join(dir, 'archive.sqlite'),
    port: 0,
    host: '127.0.0.1',
    staticDir: webDir,
    ...hostOptions,
  });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  } catch (e) {
    await host.close();
    throw e;
  }
  const page = await browser.newPage({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
  const pageErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
  page.on('pageerror', (e) => pageErrors.push(e.message));

  return {
    page,
    browser,
    url: host.url,
    pageErrors,
    async api(method, input) {
      const response = await fetch(new URL(HTTP_CALL_PATH, host.url), {
        method: 'POST',
        // The cookie the page got for the URL's secret: the host refuses any call without it.
        headers: { 'Content-Type': 'application/json', Cookie: host.cookie },
        body: JSON.stringify({ method, input }),
      });
      const r = (await response.json()) as Result<Output<typeof method>>;
      if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
      return r.value;
    },
    async shot(name, whole = 'page') {
      // Drawers and dialogs slide in: wait until every finite animation has run (spinners loop for ever).
      await page.waitForFunction(
        () =>
          (globalThis as unknown as { document: AnimatedDocument }).document
            .getAnimations()
            .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
        undefined,
        { timeout: 20_000 },
      );
      await page.screenshot({ path: path.join(shotsDir, `${prefix}-${name}.png`), fullPage: whole === 'page' });
    },
    async close() {
      await browser?.close();
      await host.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
