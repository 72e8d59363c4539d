import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { goTo, openDrawer, toast, twoChar } from './pages/antd';
import { sessionPerFile, type BrowserSession } from './pages/browserSession';
import { addMember } from './pages/membersPage';

const session = sessionPerFile('search');
let s: BrowserSession, page: Page;
beforeAll(() => void ({ page } = s = session()));

const box = () => page.getByRole('combobox', { name: '搜索档案' });
const results = () => page.getByRole('listbox', { name: '搜索结果' });
const drawerTitled = (title: string) => page.locator('.ant-drawer-title', { hasText: title });

describe('the header search box and record addresses in Chromium through the browser-mode host', () => {
  let zengId: number;

  it('adds 曾伟 and 张伟 through the member form', async () => {
    await page.goto(s.url);
    await goTo(page, '委员', 'members');
    for (const [name, phone] of [
      ['曾伟', '13912345678'],
      ['张伟', '13800138000'],
    ])
      await addMember(page, name, phone);
    const year = (await s.api('group.get', {})).currentYear;
    await s.api('activities.create', {
      type: 'research',
      title: '走访曾伟委员所在企业',
      startsOn: `${year}-04-08`,
      content: '了解企业用工情况',
    });
    zengId = (await s.api('members.list', { q: '曾伟' })).items[0].id;
  });

  it('finds 曾伟 by zengwei from the header (Ctrl+K), and Enter lands on the member’s address', async () => {
    await goTo(page, '概览', 'overview');
    await goTo(page, '委员', 'members');
    // The menu item just clicked has the focus: Ctrl+K moves it to the search box.
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.ariaLabel')).toBe('搜索档案');
    await page.keyboard.type('zengwei');
    await results().getByRole('option', { name: /曾伟/ }).waitFor();
    expect(await results().getByRole('option').allTextContents()).toEqual([expect.stringMatching(/^曾伟/)]);
    expect(await results().locator('mark').allTextContents()).toEqual(['曾伟']);
    await s.shot('01-zengwei', 'window');

    await page.keyboard.press('Enter');
    await page.waitForURL(`**#/members/${zengId}`);
    await drawerTitled('编辑委员：曾伟').waitFor();
    expect(await openDrawer(page).getByLabel('姓名').inputValue()).toBe('曾伟');
    await s.shot('02-member-open', 'window');
  });

  it('keeps the member open on reload, and back closes it', async () => {
    await page.reload();
    await drawerTitled('编辑委员：曾伟').waitFor();
    expect(page.url()).toMatch(new RegExp(`#/members/${zengId}$`));

    await page.goBack();
    await page.waitForURL('**#/members');
    await expect.poll(() => page.locator('.ant-drawer-open').count()).toBe(0);
    await page.getByRole('heading', { name: '委员名册' }).waitFor();

    await page.goForward();
    await drawerTitled('编辑委员：曾伟').waitFor();
    await page.getByRole('button', { name: twoChar('取消') }).click();
    await page.waitForURL('**#/members');
  });

  it('groups hits by kind with the words marked, and says so when nothing is found', async () => {
    await page.keyboard.press('/');
    await page.keyboard.type('伟');
    await results()
      .getByRole('option', { name: /走访曾伟委员所在企业/ })
      .waitFor();
    const groups = results().getByRole('group');
    expect(await groups.evaluateAll((gs) => gs.map((g) => g.firstElementChild?.textContent))).toEqual(['委员', '活动']);
    await s.shot('03-grouped', 'window');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/activities\/\d+$/);
    await drawerTitled('编辑活动：走访曾伟委员所在企业').waitFor();
    await page.getByRole('button', { name: twoChar('取消') }).click();
    await page.waitForURL('**#/activities');

    await box().click();
    await box().fill('没有这个词');
    await page.getByText('没有找到与“没有这个词”有关的委员、活动、提案、社情民意、先进事迹或文档').waitFor();
    await s.shot('04-nothing', 'window');
    await page.keyboard.press('Escape');
    await results().waitFor({ state: 'detached' });
  });

  it('finds members by phone digits and initials', async () => {
    await box().fill('8000');
    await results().getByRole('option', { name: /张伟/ }).waitFor();
    await box().fill('zw');
    await expect.poll(() => results().getByRole('option').count()).toBe(2);
    await page.keyboard.press('Escape');
  });

  it('says in Chinese when an address names a record that is gone', async () => {
    await page.goto(`${s.url}#/members/9999`);
    await toast(page, '找不到编号为 9999 的委员，它可能已被删除。');
    await page.waitForURL('**#/members');
    await s.shot('05-gone', 'window');
    expect(s.pageErrors).toEqual([]);
  });
});
