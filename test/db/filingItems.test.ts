import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFilingSettings } from '../../db/filing/settings';
import { yearItems } from '../../db/filing/yearItems';
import { testArchive, type TestArchive } from '../helpers/archive';

let t: TestArchive;
let zhang: number;
beforeEach(async () => {
  t = await testArchive();
  await t.must('group.update', { name: '东湖镇政协联络组' });
  zhang = (await t.must('members.create', { name: '张伟' })).id;
});
afterEach(() => t.close());

async function seedYear() {
  const held = await t.must('activities.create', { type: 'research', title: '调研乡村旅游', startsOn: '2026-05-14' });
  await t.must('activities.create', { type: 'study', title: '计划中的学习', startsOn: '2026-06-01', status: 'planned' });
  const plan = await t.must('documents.create', { year: 2026, kind: 'annual_plan', title: '2026年工作计划' });
  // A document has no date of its own: the day it was entered stands in.
  t.archive.db.prepare("UPDATE documents SET created_at = '2026-01-05T02:00:00.000Z' WHERE id = ?").run(plan.id);
  const proposal = await t.must('proposals.create', {
    year: 2026,
    title: '关于改善农村道路的提案',
    number: '第45号',
    leadMemberId: zhang,
    submittedOn: '2026-01-20',
  });
  const report = await t.must('opinionReports.create', { year: 2026, title: '群众反映停车难', authorIds: [zhang], submittedOn: '2026-03-02' });
  await t.must('opinionReports.create', { year: 2026, title: '草稿一篇', authorIds: [zhang], status: 'draft' });
  const deed = await t.must('deeds.create', { year: 2026, title: '捐资助学', happenedOn: '2026-09-10' });
  return { held, plan, proposal, report, deed };
}

describe('filing settings', () => {
  it('needs nothing typed before the first filing: 全宗名称 is the group’s name, WS, default 保管期限', () => {
    const s = readFilingSettings(t.archive.db);
    expect(s).toMatchObject({ fondsCode: '', fondsName: '东湖镇政协联络组', orgCode: 'LLZ', categoryCode: 'WS', filer: '', checker: '' });
    expect(s.retentionByKind).toEqual({ activity: 'D30', document: 'Y', proposal: 'Y', opinionReport: 'D30', deed: 'D30' });
  });
});

describe('the year’s items', () => {
  it('holds each held activity, document, proposal, submitted 社情民意 and deed, numbered per 保管期限 in date order', async () => {
    const r = await seedYear();
    t.archive.db.prepare("UPDATE filing_settings SET fonds_code = 'Z109' WHERE id = 1").run();
    const items = yearItems(t.archive.db, 2026);
    expect(items.map((i) => [i.kind, i.recordId, i.archivalCode])).toEqual([
      ['document', r.plan.id, 'Z109-WS·2026-Y-LLZ-0001'],
      ['proposal', r.proposal.id, 'Z109-WS·2026-Y-LLZ-0002'],
      ['opinionReport', r.report.id, 'Z109-WS·2026-D30-LLZ-0001'],
      ['activity', r.held.id, 'Z109-WS·2026-D30-LLZ-0002'],
      ['deed', r.deed.id, 'Z109-WS·2026-D30-LLZ-0003'],
    ]);
    const proposal = items.find((i) => i.kind === 'proposal')!;
    expect(proposal).toMatchObject({ responsible: '张伟', docNo: '第45号', date: '2026-01-20', retentionLabel: '永久', title: '关于改善农村道路的提案' });
    expect(items.find((i) => i.kind === 'deed')).toMatchObject({ responsible: '东湖镇政协联络组', docNo: '', itemNo: 3 });
    expect(items.find((i) => i.kind === 'opinionReport')!.responsible).toBe('张伟');
  });

  it('leaves out the parts of the 档号 the clerk has not set, and follows a chosen 保管期限', async () => {
    const r = await seedYear();
    t.archive.db.prepare("UPDATE filing_settings SET org_code = '' WHERE id = 1").run();
    t.archive.db
      .prepare("INSERT INTO filing_retention (kind, record_id, retention) VALUES ('deed', ?, 'D10')")
      .run(r.deed.id);
    const deed = yearItems(t.archive.db, 2026).find((i) => i.kind === 'deed')!;
    expect(deed).toMatchObject({ archivalCode: 'WS·2026-D10-0001', retention: 'D10', retentionLabel: '定期10年', retentionChosen: true });
  });

  it('dates a summary typed in the next January on the year’s last day', async () => {
    const doc = await t.must('documents.create', { year: 2026, kind: 'annual_summary', title: '2026年工作总结' });
    t.archive.db.prepare("UPDATE documents SET created_at = '2027-01-08T02:00:00.000Z' WHERE id = ?").run(doc.id);
    expect(yearItems(t.archive.db, 2026)[0]).toMatchObject({ kind: 'document', date: '2026-12-31' });
  });

  it('gives the same numbers when read again', async () => {
    await seedYear();
    expect(yearItems(t.archive.db, 2026)).toEqual(yearItems(t.archive.db, 2026));
  });
});
