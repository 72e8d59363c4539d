import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ActivityEntry } from './fixtures/clerkYear';
import { fillActivity, saveActivity } from './pages/activitiesPage';
import { goTo, pickOption, toast } from './pages/antd';
import { sessionPerFile, type BrowserSession } from './pages/browserSession';
import { addMember } from './pages/membersPage';

const session = sessionPerFile('bin');
let s: BrowserSession, page: Page;
beforeAll(() => void ({ page } = s = session()));

const row = (text: string) => page.locator('.ant-table-tbody tr.ant-table-row', { hasText: text });
const confirmDelete = async () => {
  const dialog = page.locator('.ant-modal-confirm', { hasText: '删除后移入回收站，需要时可以从回收站恢复。' });
  await dialog.waitFor();
  // Gone before the next step: on a loaded machine a dialog still fading out took the next
  // delete's click, and a click that lands while the dialog is still zooming in can be lost; so
  // the button is clicked again (only while the dialog is still there) until the dialog goes.
  for (let attempt = 0; ; attempt++) {
    if (await dialog.isVisible())
      await dialog
        .getByRole('button', { name: '移入回收站' })
        .click({ timeout: 10_000 })
        .catch(() => undefined);
    try {
      await dialog.waitFor({ state: 'detached', timeout: 10_000 });
      return;
    } catch (e) {
      if (attempt === 5) throw e;
    }
  }
};

/** The 操作记录 rows on screen as [记录类型, 操作] (after the expand button and 时间), newest first. */
async function auditRows(): Promise<string[][]> {
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  return rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(2, 4).map((td) => td.textContent ?? '')));
}

/** Filters 操作记录 to one kind of record, waits for its count, and reads the rows. */
async function auditRowsOf(kind: string, count: number): Promise<string[][]> {
  await pickOption(page, page.getByLabel('记录类型'), kind);
  await page.getByText(`共 ${count} 条操作记录`).waitFor();
  return auditRows();
}

describe('recycle bin and audit trail in Chromium through the browser-mode host', () => {
  let activity: ActivityEntry;

  it('adds two members and an activity through the forms', async () => {
    await page.goto(s.url);
    const year = (await s.api('group.get', {})).currentYear;
    await goTo(page, '委员', 'members');
    for (const name of ['周强', '吴敏']) await addMember(page, name);
    activity = {
      type: '学习',
      title: '理论学习会',
      date: `${year}-03-10`,
      place: '镇政府三楼会议室',
      collective: true,
      sheet: { all: true },
    };
    await goTo(page, '活动', 'activities');
    await fillActivity(page, activity, 2);
    await saveActivity(page, activity.title);
    expect((await s.api('activities.list', { year })).items[0].participants.map((p) => p.memberName).sort()).toEqual(
      ['吴敏', '周强'].sort(),
    );
  });

  it('deletes a member, takes it back with 撤销, then deletes it and an activity for good', async () => {
    await goTo(page, '委员', 'members');
    await row('周强').getByRole('button', { name: '删除' }).click();
    await confirmDelete();
    await toast(page, '已将“周强”移入回收站');
    await row('周强').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '撤销' }).click();
    await toast(page, '已恢复委员“周强”');
    await row('周强').waitFor();
    expect((await s.api('members.list', {})).total).toBe(2);

    await row('周强').getByRole('button', { name: '删除' }).click();
    await confirmDelete();
    await toast(page, '已将“周强”移入回收站');
    await row('周强').waitFor({ state: 'detached' });
    expect((await s.api('members.list', {})).items.map((m) => m.name)).toEqual(['吴敏']);

    await goTo(page, '活动', 'activities');
    await row(activity.title).getByRole('button', { name: '删除' }).click();
    await confirmDelete();
    await toast(page, `已将“${activity.title}”移入回收站`);
    await row(activity.title).waitFor({ state: 'detached' });
    expect((await s.api('activities.list', {})).total).toBe(0);
  });

  it('回收站 lists both by kind and restores them', async () => {
    await goTo(page, '回收站', 'recycleBin');
    await page.getByText('委员（1）').waitFor();
    await page.getByText('活动（1）').waitFor();
    expect(await page.getByText(/^删除于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/).count()).toBe(2);
    await s.shot('01-recycle-bin');
    expect((await s.api('recycle.list', {})).items.map((i) => [i.entity, i.label])).toEqual([
      ['activity', expect.stringContaining(activity.title)],
      ['member', '周强'],
    ]);

    await page.getByRole('button', { name: '恢复周强' }).click();
    await toast(page, '已恢复委员“周强”');
    await page.getByRole('button', { name: new RegExp(`^恢复.*${activity.title}$`) }).click();
    await toast(page, new RegExp(`已恢复活动“.*${activity.title}”`));
    await page.getByText('回收站是空的').waitFor();
    await s.shot('02-recycle-bin-empty');
    expect((await s.api('recycle.list', {})).total).toBe(0);
    expect((await s.api('members.list', {})).total).toBe(2);
    const restored = (await s.api('activities.list', {})).items;
    expect(restored.map((a) => [a.title, a.participants.length])).toEqual([[activity.title, 2]]);
  });

  it('操作记录 shows every change, filtered by kind of record', async () => {
    await goTo(page, '操作记录', 'auditLog');
    await page.getByText(/^共 \d+ 条操作记录$/).waitFor();
    await s.shot('03-audit-log');

    expect(await auditRowsOf('委员', 6)).toEqual([
      ['委员', '从回收站恢复'],
      ['委员', '删除（移入回收站）'],
      ['委员', '从回收站恢复'],
      ['委员', '删除（移入回收站）'],
      ['委员', '新增'],
      ['委员', '新增'],
    ]);
    await row('删除（移入回收站）').first().click();
    await page.locator('.ant-table-expanded-row').first().waitFor();
    await s.shot('04-audit-members');

    expect(await auditRowsOf('活动', 3)).toEqual([
      ['活动', '从回收站恢复'],
      ['活动', '删除（移入回收站）'],
      ['活动', '新增'],
    ]);
    await s.shot('05-audit-activities');
    const audit = await s.api('audit.list', { entity: 'member' });
    expect(audit.items.map((e) => e.action)).toEqual(['restore', 'delete', 'restore', 'delete', 'create', 'create']);
    expect(s.pageErrors).toEqual([]);
  });
});
