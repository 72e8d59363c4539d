import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { goTo, openDrawer, toast } from './pages/antd';
import { sessionPerFile, type BrowserSession } from './pages/browserSession';

const session = sessionPerFile('activity-prints', { timeout: 180_000 });
let s: BrowserSession, page: Page;
beforeAll(() => void ({ page } = s = session()));
let saved: string;
beforeAll(() => void (saved = s.tempDir('downloads')));

/** chen qiu shan xie zeng zhang: surnames read as surnames. */
const PINYIN = ['陈一', '仇芳', '单磊', '解明', '曾伟', '张三'];
const TITLE = '优化营商环境协商座谈会';

/** Clicks an item of the drawer's 打印 menu and keeps the download. */
async function printFromDrawer(item: string, file: string): Promise<{ name: string; path: string }> {
  const drawer = openDrawer(page);
  await drawer.getByRole('button', { name: '打印会议通知或签到表' }).click();
  const menuItem = page.getByRole('menuitem', { name: item });
  await menuItem.waitFor();
  const downloading = page.waitForEvent('download', { timeout: 120_000 });
  await menuItem.click();
  const download = await downloading;
  const to = path.join(saved, file);
  await download.saveAs(to);
  return { name: download.suggestedFilename(), path: to };
}

describe('会议通知 and 签到表 from the activity drawer, in Chromium through the browser-mode host', () => {
  it('prints the notice as Word and the sheet as PDF, the participants in name order', async () => {
    const year = (await s.api('group.get', {})).currentYear;
    await s.api('group.update', { name: '东湖镇政协联络组' });
    const ids: number[] = [];
    for (const name of ['张三', '曾伟', '解明', '单磊', '仇芳', '陈一'])
      ids.push((await s.api('members.create', { name, sector: '经济界' })).id);
    await s.api('members.create', { name: '李红', groupRole: 'liaison', phone: '13912345678' });
    const activity = await s.api('activities.create', {
      type: 'consultation',
      title: TITLE,
      startsOn: `${year}-05-14`,
      startTime: '09:00',
      place: '镇政府三楼会议室',
      status: 'planned',
      participants: ids.map((memberId) => ({ memberId, attendance: 'present' as const })),
    });

    await page.goto(s.url);
    await goTo(page, '活动', 'activities');
    await page.getByRole('link', { name: TITLE }).or(page.getByText(TITLE, { exact: true })).first().click();
    // The menu opens from the keyboard: the button takes the focus, Enter opens it.
    await openDrawer(page).getByRole('button', { name: '打印会议通知或签到表' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: '签到表（PDF）' }).waitFor();
    await s.shot('01-print-menu', 'window');
    await page.keyboard.press('Escape');
    await page.getByRole('menuitem', { name: '签到表（PDF）' }).waitFor({ state: 'hidden' });

    const notice = await printFromDrawer('会议通知（Word）', 'notice.docx');
    expect(notice.name).toBe(`会议通知_${TITLE}_${activity.id}.docx`);
    const xml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(notice.path)))['word/document.xml']);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain(`关于召开${TITLE}的通知`);
    expect(text).toContain(`四、参加人员：${PINYIN.join('、')}（共6人）。`);
    expect(text).toContain('联系人：李红，联系电话：13912345678。');
    await toast(page, /已导出 会议通知_.*\.docx/);

    const sheet = await printFromDrawer('签到表（PDF）', 'sheet.pdf');
    expect(sheet.name).toBe(`签到表_${TITLE}_${activity.id}.pdf`);
    const pdf = execFileSync('pdftotext', ['-layout', sheet.path, '-']).toString().replace(/\s+/g, '');
    expect(pdf).toContain('签到表');
    expect(pdf).toContain(`活动名称：${TITLE}`);
    expect(pdf).toContain('序号姓名界别签到备注');
    const at = PINYIN.map((n) => pdf.indexOf(n));
    expect(at.every((x, i) => x >= 0 && (i === 0 || x > at[i - 1]))).toBe(true);
    expect(execFileSync('pdfinfo', [sheet.path]).toString()).toMatch(/Pages:\s+1\n/);
    await toast(page, /已导出 签到表_.*\.pdf/);
    await s.shot('02-printed', 'window');
    expect(s.pageErrors).toEqual([]);
  }, 300_000);

  it('asks to save first when the form has changes not yet saved', async () => {
    const drawer = openDrawer(page);
    const place = drawer.getByRole('textbox', { name: '地点' });
    await place.fill('镇文化站');
    await drawer.getByRole('button', { name: '打印会议通知或签到表' }).click();
    await page.getByRole('menuitem', { name: '会议通知（PDF）' }).click();
    await toast(page, '活动有未保存的修改，请先保存，再打印会议通知或签到表。');
    expect(s.pageErrors).toEqual([]);
  }, 120_000);
});
