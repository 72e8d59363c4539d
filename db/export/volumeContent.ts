import type { Activity, Participant } from '../../shared/contract/activities';
import type { ArchiveDocument } from '../../shared/contract/documents';
import {
  ActivityType,
  AdoptionLevel,
  Gender,
  MonthPeriod,
  ProposalFiling,
  ProposalResult,
  ReportStatus,
  Satisfaction,
} from '../../shared/enums';
import { cnNumber, type Block } from './blocks';
import type { PersonalFields } from './mask';
import { memberFileBlocks } from './memberFileContent';
import type { ExportActivity, YearModel } from './yearModel';
import { dottedMonth, zhDate, zhDateIn, zhMonthDay, zhWhen } from '../zhDates';

type Section = { heading: string; blocks: (m: YearModel, personal: PersonalFields) => Block[] };

const sub = (i: number, text: string): Block => ({ kind: 'heading', level: 2, text: `（${cnNumber(i + 1)}）${text}` });
const names = (list: Participant[]) => list.map((p) => p.memberName).join('、');

function roster(m: YearModel, personal: PersonalFields): Block[] {
  return [
    { kind: 'text', text: `${m.year}年度在册委员 ${m.members.length} 人。` },
    {
      kind: 'table',
      small: true,
      columns: [
        // Two-character headers, 中共党员, 1979.05 and 11-digit phone numbers each on one line, in
        // Word's fonts and in the wider ones other programs substitute.
        { title: '序号', mm: 10 },
        { title: '姓名', mm: 14 },
        { title: '性别', mm: 10 },
        { title: '出生年月', mm: 19 },
        { title: '党派', mm: 17 },
        { title: '界别', mm: 17 },
        { title: '单位及职务', mm: 25 },
        { title: '联系村(社区)', mm: 17 },
        { title: '手机号', mm: 27 },
      ],
      rows: m.members.map((p, i) => [
        String(i + 1),
        p.name,
        p.gender ? Gender.label(p.gender) : '',
        dottedMonth(p.birthDate),
        p.party ?? '',
        p.sector ?? '',
        p.workUnit ?? '',
        p.linkedCommunity ?? '',
        personal.phone(p.phone),
      ]),
    },
  ];
}

function documentBlocks(docs: ArchiveDocument[], missing: string): Block[] {
  if (docs.length === 0) return [{ kind: 'text', text: missing }];
  return docs.flatMap((d): Block[] => [
    { kind: 'heading', level: 3, text: d.title },
    { kind: 'text', text: d.body },
  ]);
}

function plan(m: YearModel): Block[] {
  const items: Block =
    m.plan.length === 0
      ? { kind: 'text', text: '本年度未录入计划事项。' }
      : {
          kind: 'table',
          small: true,
          columns: [
            { title: '时间', mm: 22 },
            { title: '计划事项', mm: 70 },
            { title: '类型', mm: 20 },
            { title: '落实情况', mm: 44 },
          ],
          rows: m.plan.map((p) => [
            `${p.month}月${p.period ? MonthPeriod.label(p.period) : ''}`,
            p.title,
            p.activityType ? ActivityType.label(p.activityType) : '',
            p.done
              ? p.activities
                  .filter((a) => a.status === 'held')
                  .map((a) => `${zhMonthDay(a.startsOn)} ${a.title}`)
                  .join('；')
              : '未落实',
          ]),
          totals: ['合计', `${m.plan.length} 项`, '', `已落实 ${m.plan.filter((p) => p.done).length} 项`],
        };
  return [
    sub(0, '计划事项'),
    items,
    sub(1, '工作计划'),
    ...documentBlocks(m.documents.annual_plan, '本年度未录入工作计划正文。'),
  ];
}

function outcome(a: Activity): [string, string][] {
  const rows: [string, string][] = [];
  if (a.suggestionsCount > 0) rows.push(['意见建议', `${a.suggestionsCount} 条`]);
  if (a.reportTitle) rows.push(['调研报告', `《${a.reportTitle.replace(/^《|》$/g, '')}》`]);
  if (a.followUp) rows.push(['后续跟进', a.followUp]);
  return rows;
}

function activity(a: ExportActivity, i: number): Block[] {
  const by = (w: Participant['attendance']) => a.participants.filter((p) => p.attendance === w);
  const present = by('present');
  const excused = by('excused');
  const absent = by('absent');
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: `（${cnNumber(i + 1)}）${a.title}` },
    {
      kind: 'fields',
      rows: [
        ['活动类型', `${ActivityType.label(a.type)}${a.collective ? '（集体活动）' : ''}`],
        ['时间', zhWhen(a)],
        ['地点', a.place ?? '未填写'],
        ['责任人', a.responsible ?? '未填写'],
        ...(a.organiser ? [['组织单位', a.organiser] as [string, string]] : []),
        ['出席', present.length ? `${present.length} 人：${names(present)}` : '无'],
        [
          '请假',
          excused.length
            ? `${excused.length} 人：${excused.map((p) => (p.leaveReason ? `${p.memberName}（${p.leaveReason}）` : p.memberName)).join('、')}`
            : '无',
        ],
        ['缺席', absent.length ? `${absent.length} 人：${names(absent)}` : '无'],
      ],
    },
    { kind: 'heading', level: 3, text: '活动内容' },
    { kind: 'text', text: a.content || '未填写。' },
  ];
  const results = outcome(a);
  if (results.length || a.suggestionsText) {
    blocks.push({ kind: 'heading', level: 3, text: '活动成果' });
    if (results.length) blocks.push({ kind: 'fields', rows: results });
    if (a.suggestionsText) blocks.push({ kind: 'text', text: a.suggestionsText });
  }
  if (a.photos.length)
    blocks.push({ kind: 'heading', level: 3, text: '活动照片' }, { kind: 'photos', photos: a.photos });
  return blocks;
}

function activities(m: YearModel): Block[] {
  const held = m.activities.filter((a) => a.status === 'held');
  const s = m.stats.activities;
  const overview = `本年度开展活动 ${held.length} 次，其中集体活动 ${s.collective} 次（要求不少于 ${s.collectiveRequired} 次）。`;
  return [{ kind: 'text', text: overview }, ...held.flatMap(activity)];
}

function matrix(m: YearModel): Block[] {
  const { scheme, rows, totals } = m.matrix;
  const itemMm = Math.max(10, Math.floor((156 - 10 - 18 - 16) / Math.max(1, scheme.items.length)));
  const allDone = rows.filter((r) => r.doneItems === r.totalItems).length;
  return [
    {
      kind: 'text',
      text: `本年度适用“${scheme.name}”履职方案，在册委员 ${rows.length} 人，全部完成的 ${allDone} 人。表中“✓”为已完成，数字为已完成次数/要求次数。`,
    },
    {
      kind: 'table',
      small: true,
      columns: [
        { title: '姓名', mm: 18 },
        ...scheme.items.map((it) => ({ title: it.label, mm: itemMm })),
        { title: '完成项数', mm: 16 },
      ],
      rows: rows.map((r) => [
        r.member.name,
        ...r.cells.map((c) => (c.done ? '✓' : `${c.count}/${c.required}`)),
        `${r.doneItems}/${r.totalItems}`,
      ]),
      totals: ['完成人数', ...totals.map((t) => String(t.membersDone)), String(allDone)],
    },
  ];
}

function proposals(m: YearModel): Block[] {
  if (m.proposals.length === 0) return [{ kind: 'text', text: '本年度无提案。' }];
  return [
    {
      kind: 'text',
      text: `本年度委员提交提案 ${m.proposals.length} 件，立案 ${m.stats.proposals.byFiling.accepted} 件。`,
    },
    {
      kind: 'table',
      small: true,
      columns: [
        { title: '序号', mm: 10 },
        { title: '案由', mm: 52 },
        { title: '领衔委员', mm: 18 },
        { title: '联名委员', mm: 24 },
        { title: '立案情况', mm: 16 },
        { title: '办理结果', mm: 22 },
        { title: '满意度', mm: 14 },
      ],
      rows: m.proposals.map((p, i) => [
        String(i + 1),
        `${p.number ? `（${p.number}）` : ''}${p.title}`,
        p.leadMemberName ?? '集体提案',
        p.cosigners.map((c) => c.name).join('、'),
        ProposalFiling.label(p.filing),
        p.result ? ProposalResult.label(p.result) : '',
        p.satisfaction ? Satisfaction.label(p.satisfaction) : '',
      ]),
    },
  ];
}

function reports(m: YearModel): Block[] {
  if (m.reports.length === 0) return [{ kind: 'text', text: '本年度无社情民意信息。' }];
  const adopted = m.reports.filter((r) => r.status === 'adopted').length;
  return [
    { kind: 'text', text: `本年度报送社情民意信息 ${m.reports.length} 篇，被采用 ${adopted} 篇。` },
    {
      kind: 'table',
      small: true,
      columns: [
        { title: '序号', mm: 10 },
        { title: '标题', mm: 58 },
        { title: '作者', mm: 24 },
        { title: '报送日期', mm: 24 },
        { title: '采用情况', mm: 22 },
        { title: '领导批示', mm: 18 },
      ],
      rows: m.reports.map((r, i) => [
        String(i + 1),
        r.title,
        r.authors.map((a) => a.name).join('、'),
        zhDateIn(m.year, r.submittedOn),
        r.adoptedLevel ? AdoptionLevel.label(r.adoptedLevel) : ReportStatus.label(r.status),
        r.endorsement ? `${r.endorsedBy ?? ''}批示` : '',
      ]),
    },
  ];
}

function deeds(m: YearModel): Block[] {
  if (m.deeds.length === 0) return [{ kind: 'text', text: '本年度未录入委员先进事迹。' }];
  return m.deeds.flatMap((d, i): Block[] => [
    sub(i, d.title),
    {
      kind: 'fields',
      rows: [
        ['委员', d.memberName ?? '联络组'],
        ...(d.happenedOn ? [['时间', zhDate(d.happenedOn)] as [string, string]] : []),
        ...(d.source ? [['来源', d.source] as [string, string]] : []),
      ],
    },
    ...(d.content ? [{ kind: 'text', text: d.content } as Block] : []),
  ]);
}

function summaries(m: YearModel): Block[] {
  return [
    sub(0, '半年工作小结'),
    ...documentBlocks(m.documents.half_year_summary, '本年度尚未撰写半年工作小结。'),
    sub(1, '年度工作总结'),
    ...documentBlocks(m.documents.annual_summary, '本年度尚未撰写年度工作总结。'),
  ];
}

/** The volume's numbered parts, in the order the district committee expects them. */
const volumeSections: Section[] = [
  { heading: '委员名册', blocks: roster },
  { heading: '年度工作计划', blocks: plan },
  { heading: '活动记录', blocks: activities },
  { heading: '“八个一”履职完成情况', blocks: matrix },
  { heading: '提案', blocks: proposals },
  { heading: '社情民意', blocks: reports },
  { heading: '委员先进事迹', blocks: deeds },
  { heading: '半年小结与年度总结', blocks: summaries },
];

const APPENDIX = '附：委员履职档案';

const sectionHeading = (m: YearModel, i: number) => {
  // The duty section is named after the year's scheme (a group may keep 五个一 instead).
  const text = volumeSections[i].heading.replace('八个一', m.matrix.scheme.name.replace(/[“”"]/g, ''));
  return `${cnNumber(i + 1)}、${text}`;
};

export function volumeTitle(m: YearModel): string {
  return `${m.group.name}${m.year}年度履职档案`;
}

/** The whole volume: cover, contents, parts 一–八, then each member's file on its own pages. */
export function volumeBlocks(m: YearModel, personal: PersonalFields): Block[] {
  const headings = volumeSections.map((_, i) => sectionHeading(m, i));
  return [
    {
      kind: 'cover',
      group: m.group.name,
      parentCommittee: m.group.parentCommittee,
      title: '履职档案',
      subtitle: `${m.year}年度`,
      compiledOn: zhDate(m.compiledOn),
    },
    { kind: 'contents', entries: [...headings, APPENDIX] },
    ...volumeSections.flatMap((s, i): Block[] => [
      { kind: 'heading', level: 1, text: headings[i], newPage: true },
      ...s.blocks(m, personal),
    ]),
    { kind: 'heading', level: 1, text: APPENDIX, newPage: true },
    { kind: 'text', text: `共 ${m.memberFiles.length} 位委员，每位委员的档案自新的一页开始。` },
    // The first file shares the appendix's opening page rather than leave it nearly empty.
    ...m.memberFiles.flatMap((f, i) => memberFileBlocks(f, personal, { newPage: i > 0 })),
  ];
}
