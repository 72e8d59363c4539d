import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startHost, type HostOptions, type RunningHost } from '../../../db/host/httpHost';
import type { Input, MethodName, Output } from '../../../shared/api';
import type { Result } from '../../../shared/result';
import { HTTP_CALL_PATH } from '../../../shared/transport';
import { ensureWebBuild, HEADLESS_CHROMIUM_FLAGS, projectRoot, webDir } from '../../../scripts/webBuild';
import { tempDir } from '../../helpers/archive';

export const shotsDir = path.join(projectRoot, 'screenshots');

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
  /** The archive file the host serves, in its own temp folder. */
  file: string;
  /** Console errors and uncaught exceptions in the page (a CSP violation shows up here too). */
  pageErrors: string[];
  /** A contract method over the host's HTTP endpoint, unwrapped: for checking what the UI wrote. */
  api<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
  /**
   * A screenshot into screenshots/<prefix>-<name>.png: the whole page, or only the window where a
   * drawer, a dialog or a sticky table header would be drawn out of place on a full-page capture.
   */
  shot(name: string, whole?: 'page' | 'window'): Promise<void>;
  /** A fresh temp folder (downloads, files to import, a USB stick), removed with the session. */
  tempDir(name: string): string;
  /** Stops the host (once; later calls do nothing), so a test can read the archive file on its own. */
  closeHost(): Promise<void>;
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
  const file = path.join(dir, 'archive.sqlite');
  const host: RunningHost = await startHost({
    file,
    port: 0,
    host: '127.0.0.1',
    staticDir: webDir,
    ...hostOptions,
  });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: HEADLESS_CHROMIUM_FLAGS,
    });
  } catch (e) {
    await host.close();
    throw e;
  }
  const page = await browser.newPage({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
  const pageErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
  page.on('pageerror', (e) => pageErrors.push(e.message));

  const folders = [dir];
  let hostOpen = true;
  const closeHost = async () => {
    if (!hostOpen) return;
    hostOpen = false;
    await host.close();
  };

  return {
    page,
    browser,
    url: host.url,
    file,
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
    tempDir(name) {
      const folder = tempDir(`${prefix}-${name}-`);
      folders.push(folder);
      return folder;
    },
    closeHost,
    async close() {
      await browser?.close();
      await closeHost();
      for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * One session for the whole test file: opened before its first test (within `timeout`, which
 * includes building the web renderer when it is stale), closed after its last. Returns how to
 * reach it from the file's own hooks and tests.
 */
export function sessionPerFile(
  prefix: string,
  { timeout, hostOptions }: { timeout?: number; hostOptions?: Parameters<typeof openSession>[1] } = {},
): () => BrowserSession {
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await openSession(prefix, hostOptions);
  }, timeout);
  // A failure in CI leaves only its output: say what the page showed at that moment (its address,
  // toasts, alerts, form errors and page errors) and keep a screenshot of it.
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail' || !session) return;
    const page = session.page;
    const shown = await page
      .locator(
        '.ant-message-notice, .ant-notification-notice, .ant-alert, .ant-form-item-explain-error, .ant-modal-title, .ant-drawer-title',
      )
      .allInnerTexts()
      .catch((e: Error) => [`（读取页面失败：${e.message}）`]);
    console.log(
      [
        `[${prefix}] “${task.name}” failed at ${page.url()}`,
        ...shown.map((t) => `  shown: ${t.replace(/\s+/g, ' ')}`),
        ...session.pageErrors.map((e) => `  page error: ${e}`),
      ].join('\n'),
    );
    await page.screenshot({ path: path.join(shotsDir, `${prefix}-failed.png`) }).catch(() => undefined);
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error(`the ${prefix} session did not open`);
    return session;
  };
}
