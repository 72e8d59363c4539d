import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { huapingyuanVisit } from '../fixtures/huapingyuanVisit';
import { reachLan } from '../signIn/lanRequest';
import { goTo, openModal, toast } from './pages/antd';
import { sessionPerFile, shotsDir, type BrowserSession } from './pages/browserSession';

// The office network as the test gives it: a loopback address other than the app's 127.0.0.1
// (Linux routes all of 127/8 to lo), never a real LAN address.
const PHONE_NET = '127.0.0.2';
const office = () => ({
  lo: [
    {
      address: '127.0.0.1',
      family: 'IPv4' as const,
      internal: true,
      netmask: '255.0.0.0',
      mac: '00:00:00:00:00:00',
      cidr: '127.0.0.1/8',
    },
  ],
  wlan0: [
    {
      address: PHONE_NET,
      family: 'IPv4' as const,
      internal: false,
      netmask: '255.0.0.0',
      mac: '02:00:00:00:00:01',
      cidr: `${PHONE_NET}/8`,
    },
  ],
});

const session = sessionPerFile('signin', { timeout: 180_000, hostOptions: { lanInterfaces: office } });
let s: BrowserSession, page: Page;
beforeAll(() => void ({ page } = s = session()));
const phones: BrowserContext[] = [];
const phoneErrors: string[] = [];

// Runs before the session's own afterAll (after hooks run last-registered first).
afterAll(async () => {
  for (const p of phones) await p.close();
});

/** A member's phone: its own browser context at phone size, touch, no cookies shared with the clerk. */
async function phone(): Promise<Page> {
  const context = await s.browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  phones.push(context);
  const p = await context.newPage();
  p.on('console', (m) => m.type() === 'error' && phoneErrors.push(m.text()));
  p.on('pageerror', (e) => phoneErrors.push(e.message));
  return p;
}

const phoneShot = (p: Page, name: string) =>
  p.screenshot({ path: path.join(shotsDir, `signin-${name}.png`), fullPage: true });

describe('手机扫码签到 in Chromium: the clerk’s window and two phones on the office network', () => {
  it('opens 现场签到, one phone signs in, one asks for leave, the clerk sees both live and confirms; closed, the address is dead', async () => {
    const zhang = await s.api('members.create', { name: '张三', phone: '13812345678' });
    const li = await s.api('members.create', { name: '李四', phone: '13900001111' });
    await s.api('members.create', { name: '王五' });
    const year = (await s.api('group.get', {})).currentYear;
    const activity = await s.api(
      'activities.create',
      huapingyuanVisit(year, {
        startTime: '09:00',
        participants: [
          { memberId: zhang.id, attendance: 'absent' },
          { memberId: li.id, attendance: 'absent' },
        ],
      }),
    );

    await page.goto(s.url);
    await goTo(page, '活动', 'activities');
    await page.getByRole('button', { name: '现场签到：视察华屏苑' }).click();
    const dialog = openModal(page);
    // Before the first start: what it does on the network and what Windows' firewall will ask.
    await dialog.getByText('允许访问').first().waitFor();
    expect(await dialog.textContent()).toContain('专用网络');
    await s.shot('firewall', 'window');
    await dialog.getByRole('button', { name: '开始现场签到' }).click();
    const qr = dialog.getByRole('img', { name: /^签到二维码：/ });
    await qr.waitFor();
    const url = (await qr.getAttribute('alt'))!.replace('签到二维码：', '');
    expect(url).toMatch(new RegExp(`^http://${PHONE_NET.replace(/\./g, '\\.')}:\\d+/[\\w-]{22}$`));
    expect(await dialog.getByText(url, { exact: true }).count()).toBe(1);
    // The app itself stays on 127.0.0.1: the phones' address does not reach it.
    const appPort = new URL(s.url).port;
    expect(await reachLan(`http://${PHONE_NET}:${appPort}/`)).toBe('ECONNREFUSED');

    // Phone 1: 张三, a wrong digit first, then 签到.
    const p1 = await phone();
    await p1.goto(url);
    await p1.getByRole('heading', { name: '视察华屏苑' }).waitFor();
    expect(await p1.locator('header').textContent()).toContain(`时间：${year}年5月14日 09:00`);
    expect(await p1.locator('header').textContent()).toContain('地点：华屏苑小区');
    await phoneShot(p1, 'phone-names');
    await p1.getByRole('button', { name: '张三', exact: true }).click();
    await p1.getByLabel('请输入您手机号的后四位').fill('5679');
    await p1.getByRole('button', { name: '签到', exact: true }).click();
    await p1.getByRole('button', { name: '确认签到' }).click();
    await p1.getByRole('alert').filter({ hasText: '手机号后四位不对，请核对后重试（还可以再试 4 次）。' }).waitFor();
    await phoneShot(p1, 'phone-wrong-digits');
    await p1.getByLabel('请输入您手机号的后四位').fill('5678');
    await p1.getByRole('button', { name: '确认签到' }).click();
    await p1.getByRole('status').filter({ hasText: '张三，签到成功！请等待联络员确认。' }).waitFor();
    await phoneShot(p1, 'phone-done');

    // Phone 2: 王五 has no phone on record (told to see the clerk), then 李四 asks for leave.
    const p2 = await phone();
    await p2.goto(url);
    await p2.getByRole('button', { name: '王五', exact: true }).click();
    await p2.getByText('名册中没有您的手机号').waitFor();
    expect(await p2.getByLabel('请输入您手机号的后四位').isVisible()).toBe(false);
    await phoneShot(p2, 'phone-no-phone');
    await p2.getByRole('button', { name: '李四', exact: true }).click();
    await p2.getByLabel('请输入您手机号的后四位').fill('1111');
    await p2.getByRole('button', { name: '请假', exact: true }).click();
    await p2.getByLabel('请假事由').fill('出差');
    await phoneShot(p2, 'phone-leave');
    await p2.getByRole('button', { name: '确认请假' }).click();
    await p2.getByRole('status').filter({ hasText: '李四，请假已提交，请等待联络员确认。' }).waitFor();

    // The clerk sees both arrive without doing anything; nothing is in the attendance yet.
    const status = dialog.getByRole('status');
    await status.filter({ hasText: '已签到 1 人，请假 1 人，待确认 2 人' }).waitFor({ timeout: 30_000 });
    await dialog.getByRole('cell', { name: '出差' }).waitFor();
    await s.shot('clerk-arrivals', 'window');
    const before = (await s.api('activities.get', { id: activity.id })).participants;
    expect(before.map((p) => p.attendance)).toEqual(['absent', 'absent']);

    await dialog.getByRole('button', { name: '确认 张三' }).click();
    await toast(page, '已将 1 人的签到记入出勤');
    await status.filter({ hasText: '待确认 1 人' }).waitFor();
    await dialog.getByRole('button', { name: /^全部确认（1）$/ }).click();
    await toast(page, '已将 1 人的签到记入出勤');
    await status.filter({ hasText: '待确认 0 人' }).waitFor();
    await s.shot('clerk-confirmed', 'window');
    const sheet = (await s.api('activities.get', { id: activity.id })).participants;
    expect(Object.fromEntries(sheet.map((p) => [p.memberName, [p.attendance, p.leaveReason]]))).toEqual({
      张三: ['present', null],
      李四: ['excused', '出差'],
    });

    await dialog.getByRole('button', { name: '结束签到' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('出席 1 · 请假 1 · 缺席 0').waitFor();
    await s.shot('after', 'window');
    // Closed: the address answers nothing, and the phone's page cannot load again.
    expect(await reachLan(url)).toBe('ECONNREFUSED');
    expect(
      await p1.goto(url).then(
        () => 'loaded',
        () => 'failed',
      ),
    ).toBe('failed');
    expect(s.pageErrors).toEqual([]);
    // The one wrong-digit answer (403) is all the phones' consoles hold: no CSP violation, no script error.
    expect(phoneErrors).toEqual(['Failed to load resource: the server responded with a status of 403 (Forbidden)']);
  }, 300_000);

  it('opens at once the second time; when the session ends elsewhere the window says so and what was lost', async () => {
    const activity = (await s.api('activities.list', {})).items[0];
    const zhang = (await s.api('members.list', {})).items.find((m) => m.name === '张三')!;
    await page.getByRole('button', { name: `现场签到：${activity.title}` }).click();
    const dialog = openModal(page);
    const qr = dialog.getByRole('img', { name: /^签到二维码：/ });
    await qr.waitFor();
    expect(await dialog.getByText('允许访问').count()).toBe(0);
    const url = (await qr.getAttribute('alt'))!.replace('签到二维码：', '');
    const p = await phone();
    await p.goto(url);
    await p.getByRole('button', { name: '张三', exact: true }).click();
    await p.getByLabel('请输入您手机号的后四位').fill('5678');
    await p.getByRole('button', { name: '请假', exact: true }).click();
    await p.getByLabel('请假事由').fill('临时有会');
    await p.getByRole('button', { name: '确认请假' }).click();
    await p.getByRole('status').filter({ hasText: '请假已提交' }).waitFor();
    await dialog.getByRole('cell', { name: '临时有会' }).waitFor({ timeout: 30_000 });
    // Ended from outside the window (as the two hours would end it): the window sees it on its next poll.
    await s.api('signIn.close', { activityId: activity.id });
    await dialog.getByText('现场签到已结束，签到页已关闭。').waitFor({ timeout: 30_000 });
    await dialog.getByText('有 1 人的签到结束时还没有确认，没有记入出勤。').waitFor();
    await s.shot('ended', 'window');
    expect(await reachLan(url)).toBe('ECONNREFUSED');
    const cell = (await s.api('activities.get', { id: activity.id })).participants.find((x) => x.memberId === zhang.id);
    expect(cell?.attendance).toBe('present');
    await dialog.getByRole('button', { name: '关闭' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(s.pageErrors).toEqual([]);
  }, 300_000);
});
