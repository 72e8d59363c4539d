import { unzipSync } from 'fflate';
import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { tempDir, type TestArchive } from '../helpers/archive';
import { archiveEach } from '../helpers/archiveEach';
import { yearFixture } from '../helpers/yearFixture';

/** A 1×1 PNG: a real attachment's bytes. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * A year of every kind of record, entered through the dispatcher as the app does: members,
 * a plan item, activities with attendance (one in the recycle bin), a proposal with co-signers,
 * reports (one adopted), a deed, documents, a duty record, attachments (the same photo twice).
 */
export async function buildPackageYear(t: TestArchive, year = 2025) {
  const f = yearFixture(t);
  await t.must('group.update', { name: '城关镇政协联络组', parentCommittee: '江北区政协', term: '第三届' });
  const zhang = await f.member('张伟', { sector: '经济界', phone: '13812345678', joinedOn: `${year - 3}-01-01` });
  const li = await f.member('李红', { sector: '经济界' });
  const wang = await f.member('王建国', { sector: '农业界' });
  const plan = await t.must('plan.create', {
    year,
    month: 5,
    period: 'mid',
    title: '视察安全生产',
    activityType: 'inspection',
  });
  const inspection = await f.activity(
    'inspection',
    `${year}-05-14`,
    [
      [zhang, 'present'],
      [li, 'excused', '外出学习'],
      [wang, 'absent'],
    ],
    { title: '视察全镇安全生产工作', planItemId: plan.id, place: '镇政府三楼会议室', suggestionsCount: 3 },
  );
  await f.activity(
    'research',
    `${year}-06-10`,
    [
      [zhang, 'present'],
      [li, 'present'],
    ],
    {
      title: '农村养老服务调研',
      reportTitle: '关于农村养老服务的调研报告',
    },
  );
  await f.activity('study', `${year}-03-05`, [[wang, 'present']], { title: '学习全国两会精神' });
  const binned = await f.activity('meeting', `${year}-07-01`, [[li, 'present']], { title: '误录的会议' });
  await t.must('activities.delete', { id: binned });
  const proposal = await t.must('proposals.create', {
    year,
    title: '关于加快农村公路建设的提案',
    leadMemberId: zhang,
    cosignerIds: [li, wang],
    filing: 'accepted',
    result: 'A',
  });
  await t.must('opinionReports.create', {
    year,
    title: '关于规范农村宅基地审批的建议',
    authorIds: [li, zhang],
    status: 'adopted',
    adoptedLevel: 'county',
    adoptedOn: `${year}-09-01`,
  });
  await t.must('opinionReports.create', { year, title: '群众反映菜市场秩序问题', authorIds: [wang] });
  await t.must('deeds.create', { year, memberId: wang, title: '捐资助学', happenedOn: `${year}-08-20` });
  await t.must('documents.create', {
    year,
    kind: 'annual_plan',
    title: `${year}年工作计划`,
    body: '一、加强学习\n二、开展视察',
  });
  await t.must('documents.create', {
    year,
    kind: 'member_summary',
    memberId: li,
    title: '李红履职小结',
    body: '全年参加活动 2 次。',
  });
  await t.must('dutyRecords.create', { year, memberId: li, itemCode: 'liaison', description: '联系社区走访群众' });
  await t.must('schemes.setForYear', { year, schemeId: 1 });
  const photo = { name: '现场照片.png', mime: 'image/png', dataBase64: PNG.toString('base64') };
  await t.must('attachments.add', { ownerKind: 'activity', ownerId: inspection, ...photo, caption: '视察现场' });
  await t.must('attachments.add', { ownerKind: 'proposal', ownerId: proposal.id, ...photo });
  // A record of another year stays out of the package.
  await f.activity('inspection', `${year + 1}-01-10`, [[zhang, 'present']], { title: '下一年的视察' });
  return { zhang, li, wang };
}

/**
 * An archive holding the package year, its 2025 package's entries by name, and a folder of its
 * own for copies of the package as they come back from elsewhere; fresh for each test, or one
 * for the whole file with `{ perFile: true }`.
 */
export function exportedPackageEach(folderPrefix: string, { perFile = false }: { perFile?: boolean } = {}) {
  const t = archiveEach({ perFile });
  const pkg = { t, files: {} as Record<string, Uint8Array>, outside: '' };
  (perFile ? beforeAll : beforeEach)(async () => {
    await buildPackageYear(t);
    const exported = await t.must('package.export', { year: 2025 });
    pkg.files = unzipSync(new Uint8Array(fs.readFileSync(exported.file)));
    pkg.outside = tempDir(folderPrefix);
  });
  (perFile ? afterAll : afterEach)(() => fs.rmSync(pkg.outside, { recursive: true, force: true }));
  return pkg;
}
