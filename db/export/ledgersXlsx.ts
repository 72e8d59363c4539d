import ExcelJS from 'exceljs';
import {
  ActivityStatus,
  ActivityType,
  AdoptionLevel,
  ProposalFiling,
  ProposalResult,
  OpinionReportStatus,
  Satisfaction,
} from '../../shared/enums';
import type { PersonalFields } from './mask';
import { memberFieldCatalogue, memberFieldsIn, memberFieldText, type MemberFieldSpec } from '../../shared/memberFields';
import { recordKinds } from '../../shared/recordKinds';
import { planWhen } from '../../shared/zhDates';
import { addLedgerSheet, type Cell, type Total } from './sheet';
import type { YearModel } from './yearModel';

const seq = (i: number) => i + 1;
const rate = (present: number, invited: number) => (invited ? present / invited : null);
/** Present ÷ invited on the totals row, blank when nobody was invited. */
const rateOf = (present: string, invited: string, p: number, n: number): Total => ({
  formula: (row) => `IF(${invited}${row}=0,"",${present}${row}/${invited}${row})`,
  result: n ? p / n : '',
});
const countLabel = (n: number, unit: string) => `共 ${n} ${unit}`;

/** 委员名册: the catalogue's ledger fields, in its order and under its labels. */
function roster(wb: ExcelJS.Workbook, m: LedgersModel, personal: PersonalFields) {
  const fields = memberFieldsIn('ledger');
  const rows: Cell[][] = m.members.map((p, i) => [
    seq(i),
    ...fields.map((k) => memberFieldText(p, k, personal) || null),
  ]);
  addLedgerSheet(
    wb,
    recordKinds.member.ledgerSheet,
    [
      { header: '序号', width: 6, kind: 'int' },
      ...fields.map((k) => {
        const f: MemberFieldSpec = memberFieldCatalogue[k];
        return { header: f.label, width: f.width, ...(f.type === 'date' ? { kind: 'date' as const } : {}) };
      }),
    ],
    rows,
    ['合计', countLabel(rows.length, '人')],
  );
}

function activities(wb: ExcelJS.Workbook, m: LedgersModel) {
  const planTitle = new Map(m.plan.map((p) => [p.id, `${planWhen(p.month, p.period)} ${p.title}`]));
  let invited = 0;
  let present = 0;
  const rows: Cell[][] = m.activities.map((a, i) => {
    const n = (w: string) => a.participants.filter((p) => p.attendance === w).length;
    invited += a.participants.length;
    present += n('present');
    return [
      seq(i),
      a.startsOn,
      [a.startTime, a.endTime].filter(Boolean).join('—'),
      ActivityType.label(a.type),
      a.title,
      a.place,
      a.responsible,
      a.organiser,
      a.collective ? '是' : '否',
      ActivityStatus.label(a.status),
      a.participants.length,
      n('present'),
      n('excused'),
      n('absent'),
      rate(n('present'), a.participants.length),
      a.suggestionsCount,
      a.reportTitle,
      a.planItemId ? (planTitle.get(a.planItemId) ?? '') : '',
    ];
  });
  addLedgerSheet(
    wb,
    recordKinds.activity.ledgerSheet,
    [
      { header: '序号', width: 6, kind: 'int' },
      { header: '日期', width: 16, kind: 'date' },
      { header: '时间', width: 12 },
      { header: '活动类型', width: 12 },
      { header: '活动名称', width: 34 },
      { header: '地点', width: 22 },
      { header: '责任人', width: 10 },
      { header: '组织单位', width: 20 },
      { header: '集体活动', width: 8 },
      { header: '状态', width: 8 },
      { header: '应到', width: 7, kind: 'int' },
      { header: '出席', width: 7, kind: 'int' },
      { header: '请假', width: 7, kind: 'int' },
      { header: '缺席', width: 7, kind: 'int' },
      { header: '出勤率', width: 9, kind: 'percent' },
      { header: '意见建议条数', width: 10, kind: 'int' },
      { header: '调研报告', width: 26 },
      { header: '对应计划事项', width: 26 },
    ],
    rows,
    [
      '合计',
      countLabel(rows.length, '次'),
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      { sum: true },
      { sum: true },
      { sum: true },
      { sum: true },
      rateOf('L', 'K', present, invited),
      { sum: true },
    ],
  );
}

function attendance(wb: ExcelJS.Workbook, m: LedgersModel) {
  const { members, overall } = m.stats.participation;
  addLedgerSheet(
    wb,
    '出勤统计',
    [
      { header: '序号', width: 6, kind: 'int' },
      { header: '姓名', width: 10 },
      { header: '界别', width: 14 },
      { header: '应参加', width: 8, kind: 'int' },
      { header: '出席', width: 8, kind: 'int' },
      { header: '请假', width: 8, kind: 'int' },
      { header: '缺席', width: 8, kind: 'int' },
      { header: '出勤率', width: 9, kind: 'percent' },
    ],
    members.map((p, i) => [seq(i), p.member.name, p.member.sector, p.invited, p.present, p.excused, p.absent, p.rate]),
    [
      '合计',
      countLabel(members.length, '人'),
      '',
      { sum: true },
      { sum: true },
      { sum: true },
      { sum: true },
      rateOf('E', 'D', overall.present, overall.invited),
    ],
  );
}

function duty(wb: ExcelJS.Workbook, m: LedgersModel) {
  const { scheme, rows, totals } = m.matrix;
  const allDone = rows.filter((r) => r.doneItems === r.totalItems).length;
  addLedgerSheet(
    wb,
    `${scheme.name.replace(/[“”"]/g, '')}完成情况`.slice(0, 31),
    [
      { header: '序号', width: 6, kind: 'int' },
      { header: '姓名', width: 10 },
      { header: '界别', width: 14 },
      ...scheme.items.map((it) => ({
        header: `${it.label}（要求${it.requiredCount}）`,
        width: 12,
        kind: 'int' as const,
      })),
      { header: '完成项数', width: 9, kind: 'int' },
      { header: '全部完成', width: 9 },
    ],
    rows.map((r, i) => [
      seq(i),
      r.member.name,
      r.member.sector,
      ...r.cells.map((c) => c.count),
      r.doneItems,
      r.doneItems === r.totalItems ? '是' : '否',
    ]),
    ['完成人数', countLabel(rows.length, '人'), '', ...totals.map((t) => t.membersDone), '', allDone],
  );
}

function proposals(wb: ExcelJS.Workbook, m: LedgersModel) {
  addLedgerSheet(
    wb,
    recordKinds.proposal.ledgerSheet,
    [
      { header: '序号', width: 6, kind: 'int' },
      { header: '会议', width: 14 },
      { header: '提案编号', width: 10 },
      { header: '案由', width: 40 },
      { header: '类别', width: 10 },
      { header: '领衔委员', width: 10 },
      { header: '联名委员', width: 20 },
      { header: '提交日期', width: 16, kind: 'date' },
      { header: '立案情况', width: 10 },
      { header: '主办单位', width: 20 },
      { header: '协办单位', width: 20 },
      { header: '答复日期', width: 16, kind: 'date' },
      { header: '办理结果', width: 20 },
      { header: '满意度', width: 10 },
    ],
    m.proposals.map((p, i) => [
      seq(i),
      p.session,
      p.number,
      p.title,
      p.category,
      p.leadMemberName ?? '集体提案',
      p.cosigners.map((c) => c.name).join('、'),
      p.submittedOn,
      ProposalFiling.label(p.filing),
      p.mainUnit,
      p.assistUnits,
      p.replyOn,
      p.result ? ProposalResult.label(p.result) : '',
      p.satisfaction ? Satisfaction.label(p.satisfaction) : '',
    ]),
    ['合计', '', '', `${countLabel(m.proposals.length, '件')}，立案 ${m.stats.proposals.byFiling.accepted} 件`],
  );
}

function opinionReports(wb: ExcelJS.Workbook, m: LedgersModel) {
  const adopted = m.opinionReports.filter((r) => r.status === 'adopted').length;
  // A draft is listed (with its 状态) but not counted as 报送.
  const drafts = m.opinionReports.filter((r) => r.status === 'draft').length;
  addLedgerSheet(
    wb,
    recordKinds.opinion_report.ledgerSheet,
    [
      { header: '序号', width: 6, kind: 'int' },
      { header: '标题', width: 40 },
      { header: '作者', width: 16 },
      { header: '报送日期', width: 16, kind: 'date' },
      { header: '状态', width: 8 },
      { header: '采用层级', width: 16 },
      { header: '采用日期', width: 16, kind: 'date' },
      { header: '批示领导', width: 12 },
      { header: '批示内容', width: 30 },
      { header: '批示日期', width: 16, kind: 'date' },
    ],
    m.opinionReports.map((r, i) => [
      seq(i),
      r.title,
      r.authors.map((a) => a.name).join('、'),
      r.submittedOn,
      OpinionReportStatus.label(r.status),
      r.adoptedLevel ? AdoptionLevel.label(r.adoptedLevel) : '',
      r.adoptedOn,
      r.endorsedBy,
      r.endorsement,
      r.endorsedOn,
    ]),
    [
      '合计',
      `${countLabel(m.opinionReports.length, '篇')}，报送 ${m.opinionReports.length - drafts} 篇${drafts ? `、草稿 ${drafts} 篇` : ''}，采用 ${adopted} 篇`,
    ],
  );
}

function deeds(wb: ExcelJS.Workbook, m: LedgersModel) {
  addLedgerSheet(
    wb,
    recordKinds.deed.ledgerSheet,
    [
      { header: '序号', width: 6, kind: 'int' },
      { header: '委员', width: 10 },
      { header: '事迹', width: 40 },
      { header: '日期', width: 16, kind: 'date' },
      { header: '来源', width: 20 },
      { header: '内容摘要', width: 50 },
    ],
    m.deeds.map((d, i) => [
      seq(i),
      d.memberName ?? '联络组',
      d.title,
      d.happenedOn,
      d.source,
      (d.content ?? '').slice(0, 200),
    ]),
    ['合计', countLabel(m.deeds.length, '条')],
  );
}

/** What the ledgers show of the year. */
export type LedgersModel = Pick<
  YearModel,
  'members' | 'plan' | 'activities' | 'matrix' | 'stats' | 'proposals' | 'opinionReports' | 'deeds'
>;

/** The year's ledgers (台账) as one workbook, a sheet per ledger. */
export async function ledgersWorkbook(m: LedgersModel, personal: PersonalFields): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '政协联络组履职档案';
  wb.created = new Date();
  roster(wb, m, personal);
  activities(wb, m);
  attendance(wb, m);
  duty(wb, m);
  proposals(wb, m);
  opinionReports(wb, m);
  deeds(wb, m);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
