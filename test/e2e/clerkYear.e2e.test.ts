import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { YEAR, activities, deed, group, planItems, proposals, opinionReports } from './fixtures/clerkYear';
import { attendanceOf, collectiveCount, dutyCount, eightItems, heldByQuarter, pointsOf } from './fixtures/expected';
import { excelLine, roster, rosterXlsx } from './fixtures/roster';
import { fillActivity, saveActivity } from './pages/activitiesPage';
import { chooseRadio, goTo, openDrawer, pickOption, toast } from './pages/antd';
import { addDeed } from './pages/deedsPage';
import { addProposal } from './pages/proposalsPage';
import { addOpinionReport } from './pages/opinionReportsPage';
import { sessionPerFile, type BrowserSession } from './pages/browserSession';
import { chooseRosterFile, importDialog, previewRow } from './pages/membersImport';
import { addPlanItem } from './pages/planPage';
import { setUpGroup } from './pages/settingsPage';
import { defaultPointsRules } from '../../shared/pointsRules';

const session = sessionPerFile('year');
let s: BrowserSession, page: Page;
beforeAll(() => void ({ page } = s = session()));
let filesDir: string;
beforeAll(() => void (filesDir = s.tempDir('files')));

/** The member whose phone the first roster file gets wrong. */
const BAD = 4;

describe("a clerk's year in Chromium through the browser-mode host", () => {
  it('sets up the group in 设置', async () => {
    await page.goto(s.url);
    await setUpGroup(page, group);
    await page.getByRole('banner').getByText(group.name).waitFor();
    await page.getByRole('banner').getByText(`${YEAR}年度`).waitFor();
    await s.shot('01-settings');
    expect(await s.api('group.get', {})).toMatchObject(group);
  });

  it('imports the roster: a bad row blocks the file until it is fixed, then all 20 come in', async () => {
    const bad = roster.map((m, i) => (i === BAD ? { ...m, phone: '1380013' } : m));
    const badFile = path.join(filesDir, '委员名册.xlsx');
    fs.writeFileSync(badFile, await rosterXlsx(bad));

    await goTo(page, '委员', 'members');
    await page.getByRole('button', { name: '导入' }).click();
    await chooseRosterFile(page, badFile);
    const row = previewRow(page, excelLine(BAD));
    await row.waitFor();
    expect(await row.innerText()).toMatch(
      new RegExp(`^${excelLine(BAD)}\\s+${roster[BAD].name}[\\s\\S]*联系电话：电话号码格式不正确`),
    );
    await importDialog(page).getByText('有误 1 行').waitFor();
    const importButton = importDialog(page).getByRole('button', { name: /^导入 \d+ 位委员$/ });
    expect(await importButton.isDisabled()).toBe(true);
    await s.shot('02-import-bad-row', 'window');
    expect((await s.api('members.list', {})).total).toBe(0);

    const goodFile = path.join(filesDir, '委员名册（已改正）.xlsx');
    fs.writeFileSync(goodFile, await rosterXlsx(roster));
    await chooseRosterFile(page, goodFile);
    await importDialog(page).getByText('委员名册（已改正）.xlsx').waitFor();
    await importDialog(page).getByText('有误 0 行').waitFor();
    await importDialog(page).getByRole('button', { name: '导入 20 位委员' }).click();
    await toast(page, '已导入 20 位委员');
    await importDialog(page).waitFor({ state: 'hidden' });
    await page.getByText('共 20 位委员').waitFor();
    await s.shot('03-members');
    const members = await s.api('members.list', { limit: 100 });
    expect(members.total).toBe(20);
    expect(members.items.find((m) => m.name === roster[BAD].name)?.phone).toBe(roster[BAD].phone);
  });

  it('plans six activities in 年度计划', async () => {
    await goTo(page, '年度计划', 'plans');
    for (const item of planItems) await addPlanItem(page, item);
    await s.shot('04-plan');
    const plan = await s.api('plan.list', { year: YEAR });
    expect(plan.map((p) => [p.month, p.title])).toEqual(planItems.map((p) => [p.month, p.title]));
  });

  it('records eight activities of eight types across the four quarters, with 请假 and 缺席', async () => {
    await goTo(page, '活动', 'activities');
    for (const [i, a] of activities.entries()) {
      await fillActivity(page, a, roster.filter((m) => attendanceOf(a, m.name)).length);
      if (i === 0) {
        const drawer = openDrawer(page);
        await page.mouse.move(0, 0);
        await drawer.getByLabel('活动名称').evaluate((e) => e.scrollIntoView({ block: 'center' }));
        await s.shot('05-activity-form', 'window');
        await drawer.getByText('参加人员与出勤').evaluate((e) => e.scrollIntoView({ block: 'start' }));
        await s.shot('06-activity-attendance', 'window');
      }
      await saveActivity(page, a.title);
    }
    await s.shot('07-activities');
    const held = await s.api('activities.list', { year: YEAR, limit: 100 });
    expect(held.total).toBe(activities.length);
    for (const a of activities) {
      const stored = held.items.find((x) => x.title === a.title)!;
      expect(stored.participants.length, a.title).toBe(roster.filter((m) => attendanceOf(a, m.name)).length);
    }
    const first = held.items.find((a) => a.title === activities[0].title)!;
    expect(first.participants).toHaveLength(roster.length);
    const byName = (n: string) => first.participants.find((p) => p.memberName === n);
    expect(byName('李红')).toMatchObject({ attendance: 'excused', leaveReason: '外出参加培训' });
    expect(byName('张伟')).toMatchObject({ attendance: 'absent', leaveReason: null });
    expect(first.planItemId).not.toBeNull();
  });

  it('adds two proposals, three 社情民意 and a deed, and turns points on', async () => {
    await goTo(page, '提案', 'proposals');
    for (const p of proposals) await addProposal(page, p);
    await s.shot('08-proposals');
    await goTo(page, '社情民意', 'opinionReports');
    for (const r of opinionReports) await addOpinionReport(page, r);
    await s.shot('09-opinionReports');
    await goTo(page, '先进事迹', 'deeds');
    await addDeed(page, deed);
    await s.shot('10-deeds');
    await goTo(page, '履职积分', 'points');
    await page.getByRole('button', { name: '启用履职积分' }).click();
    await toast(page, '已启用履职积分');

    const stored = await s.api('proposals.list', { year: YEAR });
    const lead = stored.items.find((p) => p.title === proposals[0].title)!;
    expect(lead).toMatchObject({ leadMemberName: '王建国', filing: 'accepted' });
    expect(lead.cosigners.map((c) => c.name)).toEqual(['李红', '赵磊']);
    const adopted = (await s.api('opinionReports.list', { year: YEAR })).items.find((r) => r.title === opinionReports[0].title)!;
    expect(adopted).toMatchObject({ status: 'adopted', adoptedLevel: 'city', adoptedOn: '2025-04-15' });
    expect(adopted.authors.map((a) => a.name)).toEqual(['王建国', '刘芳']);
    expect((await s.api('group.get', {})).pointsEnabled).toBe(true);
  });

  it('概览 checks the group rules: every quarter has an activity, collective activities ≥ 4', async () => {
    await goTo(page, '概览', 'overview');
    const quarters = page.getByLabel('每季度至少开展一次活动');
    await quarters.getByText(`四个季度都已开展活动（${heldByQuarter.map((n) => `${n}次`).join('、')}）`).waitFor();
    expect(await quarters.innerText()).toContain('已达标');
    expect(heldByQuarter).toEqual([1, 3, 2, 2]);
    const collective = page.getByLabel('年内集体活动不少于4次');
    await collective.getByText(`已开展集体活动 ${collectiveCount} 次`).waitFor();
    expect(await collective.innerText()).toContain('已达标');
    expect(collectiveCount).toBe(5);
    await s.shot('11-overview');
  });

  it('八个一 counts each cell from attendance, co-signing, authorship and deeds', async () => {
    await goTo(page, '八个一', 'duties');
    const cells = page.locator('.ant-table-tbody button[aria-label*="/"]');
    await page.getByRole('button', { name: /^王建国 一件好事实事 / }).waitFor();
    const labels = await cells.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    const shown = new Map(labels.map((l) => l.split(' ')).map(([name, item, count]) => [`${name} ${item}`, count]));
    for (const m of roster) {
      for (const item of eightItems) {
        expect(shown.get(`${m.name} ${item.label}`), `${m.name} ${item.label}`).toBe(
          `${dutyCount(m.name, item.code)}/${item.requiredCount}`,
        );
      }
    }
    // The same, counted by hand: 出席 credits, 请假 and 缺席 do not; co-signers and authors count.
    expect(shown.get('王建国 一件好事实事')).toBe('2/1');
    expect(shown.get('王建国 一次工作调研')).toBe('0/1');
    expect(shown.get('张伟 一次工作视察')).toBe('0/1');
    expect(shown.get('李红 一次工作视察')).toBe('1/1');
    expect(shown.get('李红 一件政协提案')).toBe('1/1');
    expect(shown.get('刘芳 一件社情民意')).toBe('1/1');
    expect(shown.get('赵磊 一件社情民意')).toBe('0/1');

    await page.getByRole('button', { name: /^王建国 一件好事实事 / }).click();
    const drawer = openDrawer(page);
    await drawer.getByText('王建国 · 一件好事实事').waitFor();
    const evidence = drawer.getByRole('list', { name: '计入的记录' });
    await evidence.getByText('助学帮扶走访').waitFor();
    await evidence.getByText(deed.title).waitFor();
    await s.shot('12-duty-matrix-cell', 'window');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await page.evaluate('window.scrollTo(0, 0)');
    await s.shot('13-duty-matrix', 'window');
  });

  it('履职档案 lists what 李红 attended, with the reason for her leave', async () => {
    await goTo(page, '履职档案', 'memberFile');
    await pickOption(page, page.getByLabel('委员'), /^李红（教育界）$/, '李红');
    const onSheet = activities.filter((a) => attendanceOf(a, '李红'));
    const count = (at: string) => onSheet.filter((a) => attendanceOf(a, '李红') === at).length;
    await page
      .getByText(`出席 ${count('present')} 次，请假 ${count('excused')} 次，缺席 ${count('absent')} 次`)
      .waitFor();
    expect([count('present'), count('excused'), count('absent')]).toEqual([4, 1, 1]);
    const rows = page.locator('.member-file .ant-table-tbody tr.ant-table-row');
    const leave = rows.filter({ hasText: '学习全国两会精神' });
    expect(await leave.innerText()).toMatch(/2025年2月18日[\s\S]*学习[\s\S]*请假[\s\S]*外出参加培训/);
    expect(await rows.filter({ hasText: '民主评议镇卫生院服务' }).innerText()).toContain('缺席');
    expect(await rows.filter({ hasText: '助学帮扶走访' }).count()).toBe(0);
    await s.shot('14-member-file');
  });

  it('履职积分 totals each member by the default rules', async () => {
    await goTo(page, '履职积分', 'points');
    const row = (name: string) => page.locator('.ant-table-tbody tr.ant-table-row', { hasText: name });
    await row('王建国').waitFor();
    const header = await page.locator('.ant-table-thead th').allInnerTexts();
    const at = { name: header.indexOf('委员'), total: header.indexOf('总分') };
    const totals = await page
      .locator('.ant-table-tbody tr.ant-table-row')
      .evaluateAll(
        (trs, i) => trs.map((tr) => [tr.children[i.name]?.textContent, tr.children[i.total]?.textContent]),
        at,
      );
    expect(Object.fromEntries(totals)).toEqual(
      Object.fromEntries(roster.map((m) => [m.name, String(pointsOf(m.name, defaultPointsRules))])),
    );
    // By hand for 王建国: 出席 学习2+视察3+接待日2+公益2+监督2+会议2, 缺席调研 −2, 领衔立案 5+3, 报送 2 + 市政协采用 5, 事迹 3.
    expect(pointsOf('王建国', defaultPointsRules)).toBe(29);
    await row('王建国').click();
    await page.getByRole('list', { name: '王建国的积分明细' }).waitFor();
    await s.shot('15-points');
  });

  it('年度归档 checks the year, and drafts the annual summary into 文档', async () => {
    await goTo(page, '年度归档', 'yearArchive');
    const checklist = page.getByRole('list', { name: '归档前检查' });
    await checklist.waitFor();
    for (const rule of ['每季度至少开展一次活动', '年内集体活动不少于 4 次']) {
      await checklist.getByRole('listitem', { name: rule }).getByLabel('已齐全').waitFor();
    }
    await s.shot('16-year-end');
    await page.getByRole('button', { name: '生成年度总结初稿' }).click();
    // The draft's figures stand beside it with their sources; 打开文档 opens the saved draft itself.
    await page.getByText(/^初稿中的 \d+ 个数字及其来源$/).waitFor();
    await page.getByRole('button', { name: '打开文档' }).click();
    const docs = await s.api('documents.list', { year: YEAR });
    expect(docs.items.map((d) => d.kind)).toEqual(['annual_summary']);
    await page.waitForURL(`**#/documents/${docs.items[0].id}`);
    const drawer = openDrawer(page);
    expect(await drawer.getByLabel('标题').inputValue()).toContain('年度工作总结（初稿）');
    await drawer.getByText(/^文中的 \d+ 个数字与档案数据一致$/).waitFor();
    await s.shot('17-documents', 'window');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await page.waitForURL('**#/documents');
    await page.locator('.ant-table-tbody tr.ant-table-row', { hasText: '年度工作总结' }).waitFor();
  });

  it('shows the member form, the fulfilled plan and the activities calendar', async () => {
    await goTo(page, '委员', 'members');
    await page
      .locator('.ant-table-tbody tr.ant-table-row', { hasText: '王建国' })
      .getByRole('button', { name: '王建国' })
      .click();
    const drawer = openDrawer(page);
    await drawer.getByLabel('姓名').waitFor();
    expect(await drawer.getByLabel('姓名').inputValue()).toBe('王建国');
    await s.shot('18-member-form', 'window');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    await goTo(page, '年度计划', 'plans');
    await page.getByText('已落实').first().waitFor();
    await s.shot('19-plan-fulfilled');
    const plan = await s.api('plan.list', { year: YEAR });
    expect(plan.filter((p) => p.done).map((p) => p.title)).toEqual(
      planItems.filter((p) => activities.some((a) => a.planItem === p.title)).map((p) => p.title),
    );

    await goTo(page, '活动', 'activities');
    await page.getByText('日历').click();
    await chooseRadio(page.locator('.ant-picker-calendar-header'), '年');
    await page.getByText('1 次活动').first().waitFor();
    expect(await page.getByText('1 次活动').count()).toBe(activities.length);
    await s.shot('20-activities-calendar');
    await page.getByText('列表').click();
    expect(s.pageErrors).toEqual([]);
  });
});
