import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillActivity, saveActivity } from '../e2e/pages/activitiesPage';

// The real desktop window, on a machine where Electron's binary and the packages exist (the
// off-site workflow .github/workflows/desktop.yml; it cannot run where Electron cannot be
// downloaded). The installed app is started with Chromium's remote-debugging switch and driven
// over CDP: Playwright's _electron needs the Node inspector, which the packaged app's fuses switch
// off, as they should.
//
//   DESKTOP_EXE   the installed executable
//   DESKTOP_DATA  the per-user data folder the app is to use (APPDATA / XDG_CONFIG_HOME), holding
//                 liaison-archive/archive.sqlite made by `archive demo` beforehand
//   DESKTOP_SHOTS where screenshots go

const exe = process.env.DESKTOP_EXE ?? '';
const data = process.env.DESKTOP_DATA ?? '';
const shots = process.env.DESKTOP_SHOTS ?? path.resolve('screenshots/desktop');
const PORT = 9333;

let app: ChildProcess;
let browser: Browser;
let page: Page;

async function connect(): Promise<Browser> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      return await chromium.connectOverCDP(`http://127.0.0.1:${PORT}`);
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

async function appPage(b: Browser): Promise<Page> {
  for (let i = 0; i < 120; i++) {
    const found = b
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => p.url().includes('index.html'));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('the app window never loaded its page');
}

const shot = (name: string) => page.screenshot({ path: path.join(shots, `desktop-${name}.png`) });

describe('the installed desktop app', () => {
  beforeAll(async () => {
    if (!exe || !data) throw new Error('DESKTOP_EXE and DESKTOP_DATA must name the installed app and its data folder');
    fs.mkdirSync(shots, { recursive: true });
    expect(fs.existsSync(path.join(data, 'liaison-archive', 'archive.sqlite'))).toBe(true);
    app = spawn(exe, [`--remote-debugging-port=${PORT}`], {
      env: { ...process.env, APPDATA: data, XDG_CONFIG_HOME: data },
      stdio: 'inherit',
    });
    browser = await connect();
    page = await appPage(browser);
    await page.getByRole('navigation', { name: '主导航' }).waitFor({ timeout: 60_000 });
  }, 180_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    app?.kill();
  });

  it('visits every section of the navigation', async () => {
    const nav = page.getByRole('navigation', { name: '主导航' });
    const labels = await nav.getByRole('menuitem').allInnerTexts();
    expect(labels.length).toBeGreaterThan(10);
    for (const [i, label] of labels.entries()) {
      const item = nav.getByRole('menuitem').nth(i);
      await item.click();
      await expect.poll(() => item.getAttribute('class'), { message: label }).toContain('ant-menu-item-selected');
      await page.waitForLoadState('networkidle').catch(() => undefined);
      await shot(`${String(i + 1).padStart(2, '0')}-${page.url().split('#/')[1] ?? i}`);
    }
  });

  it('enters an activity through the form', async () => {
    await page.getByRole('navigation', { name: '主导航' }).getByText('活动', { exact: true }).click();
    await page.waitForURL('**#/activities');
    const entry = {
      type: '视察',
      title: '桌面版视察一次',
      date: '2026-11-20',
      place: '镇便民服务中心',
      collective: true,
      sheet: { all: true } as const,
    };
    const members = await page.evaluate(async () => {
      const w = globalThis as unknown as { archive: { call(m: string, i: unknown): Promise<{ ok: boolean; value: unknown[] }> } };
      const r = await w.archive.call('members.names', { status: 'active' });
      return r.ok ? r.value.length : -1;
    });
    await fillActivity(page, entry, members);
    await saveActivity(page, entry.title);
    await page.locator('.ant-table-tbody tr', { hasText: entry.title }).waitFor();
    await shot('activity-added');
  });

  it('compiles the year into a verified package (printToPDF in a hidden window)', async () => {
    await page.getByRole('navigation', { name: '主导航' }).getByText('年度归档', { exact: true }).click();
    await page.waitForURL('**#/yearArchive');
    await page.getByRole('button', { name: /打包归档/ }).click();
    await page.getByText('✓ 校验通过').waitFor({ timeout: 600_000 });
    await shot('year-packaged');
  }, 660_000);

  it('refuses to navigate away and refuses window.open', async () => {
    const before = page.url();
    const pagesBefore = browser.contexts().flatMap((c) => c.pages()).length;
    await page.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/';
    });
    await new Promise((r) => setTimeout(r, 2000));
    expect(page.url().split('#')[0]).toBe(before.split('#')[0]);
    const opened = await page.evaluate(
      () => (globalThis as unknown as { open(u: string): unknown }).open('https://example.com/') === null,
    );
    expect(opened).toBe(true);
    await new Promise((r) => setTimeout(r, 2000));
    expect(browser.contexts().flatMap((c) => c.pages())).toHaveLength(pagesBefore);
    // No Node in the page: the preload exposes only the archive and export-file bridges.
    const globals = await page.evaluate(() => {
      const g = globalThis as unknown as Record<string, unknown>;
      return { require: typeof g.require, process: typeof g.process, archive: typeof g.archive };
    });
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', archive: 'object' });
  });
});
