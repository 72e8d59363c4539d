import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { huapingyuanVisit, jielongPaste, jielongRoster } from '../fixtures/huapingyuanVisit';
import { goTo, openModal, pickOption, toast } from './pages/antd';
import { sessionPerFile, type BrowserSession } from './pages/browserSession';

const session = sessionPerFile('jielong', { timeout: 180_000 });
let s: BrowserSession, page: Page;
beforeAll(() => void ({ page } = s = session()));

describe('粘贴接龙 in Chromium through the browser-mode host', () => {
  it('pastes ten lines, picks the member for the typo, writes the attendance; the same paste again changes nothing', async () => {
    const ids: Record<string, number> = {};
    for (const name of jielongRoster) ids[name] = (await s.api('members.create', { name })).id;
    const year = (await s.api('group.get', {})).currentYear;
    const activity = await s.api('activities.create', huapingyuanVisit(year));

    await page.goto(s.url);
    await goTo(page, '活动', 'activities');
    await page.getByRole('button', { name: '粘贴接龙：视察华屏苑' }).click();
    const dialog = openModal(page);
    await dialog.getByRole('textbox', { name: '接龙内容' }).fill(jielongPaste);
    await dialog.getByRole('button', { name: '识别接龙' }).click();
    const status = dialog.getByRole('status');
    await status.waitFor();
    expect(await status.textContent()).toContain('出席 7，请假 2，未识别 2');
    expect(await dialog.getByText('刘某某：名册中没有此人，不写入').count()).toBe(1);
    await s.shot('preview', 'window');

    await pickOption(page, dialog.getByRole('combobox', { name: '为“王建囯”选择委员' }), '王建国（同音、一字之差）');
    expect(await status.textContent()).toContain('出席 8，请假 2，未识别 1');
    await s.shot('chosen', 'window');
    await dialog.getByRole('button', { name: '确认写入' }).click();
    await toast(page, '已按接龙写入出勤：新增 10 人，修改 0 人');
    await dialog.waitFor({ state: 'hidden' });

    const sheet = (await s.api('activities.get', { id: activity.id })).participants;
    const cells = Object.fromEntries(sheet.map((p) => [p.memberName, [p.attendance, p.leaveReason]]));
    expect(cells).toEqual({
      张三: ['present', null],
      李四: ['excused', '出差'],
      王五: ['present', null],
      赵六: ['present', null],
      孙七: ['present', null],
      周八: ['present', null],
      吴九: ['present', null],
      郑十: ['excused', '身体不适'],
      王建国: ['present', null],
      陈一: ['present', null],
    });
    expect(cells['王建军']).toBeUndefined();
    await page.getByText('出席 8 · 请假 2 · 缺席 0').waitFor();

    // The same paste again: every matched line 不变, and writing it changes nothing.
    const audits = (await s.api('audit.list', {})).total;
    await page.getByRole('button', { name: '粘贴接龙：视察华屏苑' }).click();
    const again = openModal(page);
    await again.getByRole('textbox', { name: '接龙内容' }).fill(jielongPaste);
    await again.getByRole('textbox', { name: '接龙内容' }).press('Control+Enter');
    await again.getByRole('status').waitFor();
    expect(await again.getByText('新增').count()).toBe(0);
    await pickOption(page, again.getByRole('combobox', { name: '为“王建囯”选择委员' }), '王建国（同音、一字之差）');
    expect(await again.getByRole('status').textContent()).toContain('确认后将改动 0 人的出勤');
    await again.getByRole('button', { name: '确认写入' }).click();
    await toast(page, '接龙与现有出勤一致，没有需要修改的');
    expect((await s.api('audit.list', {})).total).toBe(audits);
    expect(s.pageErrors).toEqual([]);
  }, 240_000);
});
