import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost } from '../../db/host/httpHost';
import { tempDir } from '../helpers/archive';

const root = path.resolve(import.meta.dirname, '../..');
const webDir = path.join(root, 'out/web');
const shotsDir = path.join(root, 'screenshots');

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

let browser: Browser;
let page: Page;
let host: { url: string; close(): Promise<void> | void } | undefined;
let dir: string;
let file: string;
/** Console errors and uncaught exceptions in the page (a CSP violation shows up here too). */
const pageErrors: string[] = [];

beforeAll(async () => {
  ensureWebBuild();
  fs.mkdirSync(shotsDir, { recursive: true });
  dir = tempDir('members-e2e-');
  file = path.join(dir, 'archive.sqlite');
  host = await startHost({ file, port: 0, host: '127.0.0.1', staticDir: webDir });
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
  page = await browser.newPage({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

/** Closes the host once; the last test closes it early to read the file on its own. */
async function closeHost(): Promise<void> {
  const h = host;
  host = undefined;
  await h?.close();
}

afterAll(async () => {
  await browser?.close();
  await closeHost();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const shot = (name: string) => page.screenshot({ path: path.join(shotsDir, `members-${name}.png`), fullPage: true });
const button = (name: string | RegExp) => page.getByRole('button', { name });
/** antd spaces two-character button labels: 保存 reads 保 存. */
const twoChar = (label: string) => new RegExp(`^${label[0]}\\s*${label[1]}$`);
const rosterRow = (name: string) => page.locator('.ant-table-tbody tr', { hasText: name });
const drawer = () => page.locator('.ant-drawer-section');

describe('member roster in Chromium through the browser-mode host', () => {
  it('adds members through the form, lists them, keeps them over a reload and finds them by pinyin initials', async () => {
    await page.goto(host!.url);
    await page.getByRole('navigation', { name: '主导航' }).getByText('委员', { exact: true }).click();
    await expect.poll(() => page.url()).toContain('#/members');
    await button(/添加第一位委员/).waitFor();
    await shot('01-empty');

    // The first member: 姓名 has the focus as the drawer opens; 界别 picked from the suggestions.
    await button(/添加第一位委员/).click();
    await drawer().waitFor();
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.id')).toBe('member_name');
    await page.keyboard.type('王建国');
    await drawer().getByText('男', { exact: true }).click();
    await drawer().getByLabel('界别').fill('农业');
    await page.locator('.ant-select-item-option', { hasText: '农业界' }).click();
    await drawer().getByLabel('市政协').check();
    await drawer().getByLabel('手机号').fill('13912345678');
    await drawer().getByLabel('联系村(社区)').fill('东湖村');
    await shot('02-form');
    await drawer()
      .getByRole('button', { name: twoChar('保存') })
      .click();
    await page.getByText('已添加委员 王建国').waitFor();
    await drawer().waitFor({ state: 'hidden' });
    const row = rosterRow('王建国');
    await expect.poll(() => row.innerText()).toContain('139****5678');
    expect(await row.innerText()).toMatch(
      /男[\s\S]*农业界[\s\S]*区\/县政协、市政协[\s\S]*委员[\s\S]*东湖村[\s\S]*在任/,
    );

    // A wrong entry is refused at the field, in Chinese, before anything is saved.
    await button('添加委员').click();
    await drawer().waitFor();
    await drawer().getByLabel('手机号').fill('12345');
    await drawer()
      .getByRole('button', { name: twoChar('保存') })
      .click();
    await drawer().getByText('请填写姓名').waitFor();
    await drawer()
      .getByText(/电话号码格式不正确/)
      .waitFor();
    await shot('03-invalid');

    // The second member is saved with Enter.
    await drawer().getByLabel('手机号').fill('');
    await drawer().getByLabel('姓名').fill('李红');
    await drawer().getByLabel('姓名').press('Enter');
    await page.getByText('已添加委员 李红').waitFor();
    await rosterRow('李红').waitFor();
    await shot('04-listed');

    await page.reload();
    await rosterRow('王建国').waitFor();
    await rosterRow('李红').waitFor();
    expect(await page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(2);

    await page.getByLabel('搜索委员').fill('wjg');
    await expect.poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(1);
    expect(await rosterRow('王建国').count()).toBe(1);
    await shot('05-search');

    expect(pageErrors).toEqual([]);
  });

  it('deletes to the recycle bin and 撤销 brings the member back', async () => {
    await page.getByLabel('搜索委员').fill('');
    await rosterRow('李红').getByRole('button', { name: '删除' }).click();
    await page.getByText('删除后移入回收站，需要时可以从回收站恢复。').waitFor();
    await shot('06-delete-confirm');
    await button('移入回收站').click();
    await page.getByText('已将“李红”移入回收站').waitFor();
    await rosterRow('李红').waitFor({ state: 'detached' });
    await shot('07-deleted');
    await button('撤销').click();
    await page.getByText('已恢复委员“李红”').waitFor();
    await rosterRow('李红').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('left the members in the archive file itself', async () => {
    await closeHost();
    const db = new Database(file, { readonly: true });
    try {
      const rows = db.prepare('SELECT name, sector, phone, deleted_at FROM members ORDER BY id').all();
      expect(rows).toEqual([
        { name: '王建国', sector: '农业界', phone: '13912345678', deleted_at: null },
        { name: '李红', sector: null, phone: null, deleted_at: null },
      ]);
    } finally {
      db.close();
    }
  });
});
