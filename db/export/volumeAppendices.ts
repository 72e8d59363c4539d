import { ActivityType, ProposalFiling, ProposalResult, Satisfaction } from '../../shared/enums';
import { memberFieldLabel, memberFieldText, type MemberFieldKey } from '../../shared/memberFields';
import { type Block } from './blocks';
import type { PersonalFields } from './mask';
import { adoptionWord } from './recordWords';
import type { YearModel } from './yearModel';
import { dottedMonth, planWhen, zhDateIn, zhMonthDay } from '../../shared/zhDates';

// The volume's appendices (附录): the compiled tables that are not items of their own.

/**
 * The roster's columns on the page, with their widths: two-character headers, 中共党员, 1979.05 and
 * 11-digit phone numbers each on one line, in Word's fonts and in the wider ones other programs substitute.
 */
const rosterColumns: [MemberFieldKey, number][] = [
  ['name', 14],
  ['gender', 10],
  ['birthDate', 19],
  ['party', 17],
  ['sector', 17],
  ['workUnit', 25],
  ['linkedCommunity', 17],
  ['phone', 27],
];

export function roster(m: YearModel, personal: PersonalFields): Block[] {
  return [
    { kind: 'text', text: `${m.year}年度在册委员 ${m.members.length} 人。` },
    {
      kind: 'table',
      small: true,
      columns: [{ title: '序号', mm: 10 }, ...rosterColumns.map(([k, mm]) => ({ title: memberFieldLabel(k), mm }))],
      rows: m.members.map((p, i) => [
        String(i + 1),
        ...rosterColumns.map(([k]) => (k === 'birthDate' ? dottedMonth(p.birthDate) : memberFieldText(p, k, personal))),
      ]),
    },
  ];
}

export function planTable(m: YearModel): Block[] {
  if (m.plan.length === 0) return [{ kind: 'text', text: '本年度未录入计划事项。' }];
  return [
    {
      kind: 'table',
      small: true,
      columns: [
        { title: '时间', mm: 22 },
        { title: '计划事项', mm: 70 },
        { title: '类型', mm: 20 },
        { title: '落实情况', mm: 44 },
      ],
      rows: m.plan.map((p) => [
        planWhen(p.month, p.period),
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
    },
  ];
}

export function matrix(m: YearModel): Block[] {
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

export function proposals(m: YearModel): Block[] {
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

export function opinionReports(m: YearModel): Block[] {
  if (m.opinionReports.length === 0) return [{ kind: 'text', text: '本年度无社情民意信息。' }];
  // A draft has not been submitted: it is neither counted nor listed as 报送.
  const submitted = m.opinionReports.filter((r) => r.status !== 'draft');
  const drafts = m.opinionReports.length - submitted.length;
  const adopted = submitted.filter((r) => r.status === 'adopted').length;
  if (submitted.length === 0)
    return [{ kind: 'text', text: `本年度未报送社情民意信息${drafts ? `（另有草稿 ${drafts} 篇尚未报送）` : ''}。` }];
  return [
    {
      kind: 'text',
      text: `本年度报送社情民意信息 ${submitted.length} 篇，被采用 ${adopted} 篇${drafts ? `；另有草稿 ${drafts} 篇尚未报送，未列入` : ''}。`,
    },
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
      rows: submitted.map((r, i) => [
        String(i + 1),
        r.title,
        r.authors.map((a) => a.name).join('、'),
        zhDateIn(m.year, r.submittedOn),
        adoptionWord(r),
        r.endorsement ? `${r.endorsedBy ?? ''}批示` : '',
      ]),
    },
  ];
}
