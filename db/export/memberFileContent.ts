import type { MemberDutyFile } from '../../shared/contract/memberFile';
import { ActivityType, Attendance, ProposalFiling, ProposalResult, Satisfaction } from '../../shared/enums';
import { memberFieldLabel, memberFieldsIn, memberFieldWords } from '../../shared/memberFields';
import { cnNumber, type Block } from './blocks';
import type { PersonalFields } from './mask';
import { adoptionWord } from './recordWords';
import { zhDate, zhDateIn } from '../../shared/zhDates';

const none = (what: string): Block => ({ kind: 'text', text: `本年度无${what}。` });

/** 基本情况: the catalogue's fields for a member's file, the empty ones left out. */
function basics(f: MemberDutyFile, personal: PersonalFields): Block {
  const m = f.member;
  const rows = memberFieldsIn('memberFile').map((k): [string, string] => [
    memberFieldLabel(k),
    memberFieldWords(m, k, personal),
  ]);
  return { kind: 'form', pairs: rows.filter(([, v]) => v !== '') };
}

function duty(f: MemberDutyFile): Block {
  const rows = f.duty.cells.map((c, i) => {
    const item = f.scheme.items.find((it) => it.code === c.itemCode);
    const evidence = c.evidence.map((e) => `${e.date ? `${zhDate(e.date)} ` : ''}${e.title}`).join('；');
    return [
      String(i + 1),
      item?.label ?? c.itemCode,
      String(c.required),
      c.done ? `已完成（${c.count}）` : `未完成（${c.count}/${c.required}）`,
      evidence,
    ];
  });
  return {
    kind: 'table',
    small: true,
    columns: [
      { title: '序号', mm: 12 },
      { title: '履职项目', mm: 32 },
      { title: '要求', mm: 14 },
      { title: '完成情况', mm: 28 },
      { title: '依据', mm: 70 },
    ],
    rows,
    totals: ['合计', `${f.duty.totalItems} 项`, '', `完成 ${f.duty.doneItems} 项`, ''],
  };
}

function attendanceWord(a: MemberDutyFile['activities'][number]): string {
  const word = Attendance.label(a.attendance);
  return a.leaveReason ? `${word}（${a.leaveReason}）` : word;
}

/** 一委员一档案: one member's year, as blocks for the member's own file and the volume's appendix. */
export function memberFileBlocks(f: MemberDutyFile, personal: PersonalFields, opts: { newPage: boolean }): Block[] {
  const name = f.member.name;
  const present = f.activities.filter((a) => a.attendance === 'present').length;
  const sections: [string, Block[]][] = [
    ['基本情况', [basics(f, personal)]],
    [`“${f.scheme.name}”履职完成情况`, [duty(f)]],
    [
      '参加活动情况',
      f.activities.length === 0
        ? [none('列入签到的活动')]
        : [
            { kind: 'text', text: `本年度列入签到的活动 ${f.activities.length} 次，出席 ${present} 次。` },
            {
              kind: 'table',
              small: true,
              columns: [
                { title: '日期', mm: 22 },
                { title: '活动名称', mm: 78 },
                { title: '类型', mm: 24 },
                { title: '出勤', mm: 32 },
              ],
              rows: f.activities.map((a) => [
                zhDateIn(f.year, a.startsOn),
                a.title,
                ActivityType.label(a.type),
                attendanceWord(a),
              ]),
            },
          ],
    ],
    [
      '提案',
      f.proposals.length === 0
        ? [none('提案')]
        : [
            {
              kind: 'table',
              small: true,
              columns: [
                { title: '案由', mm: 49 },
                { title: '领衔/联名', mm: 19 },
                { title: '提交日期', mm: 28 },
                { title: '立案情况', mm: 18 },
                { title: '办理结果', mm: 42 },
              ],
              rows: f.proposals.map((p) => [
                p.title,
                p.role === 'lead' ? '领衔' : '联名',
                zhDateIn(f.year, p.submittedOn),
                ProposalFiling.label(p.filing),
                [
                  p.result ? ProposalResult.label(p.result) : '',
                  p.satisfaction ? Satisfaction.label(p.satisfaction) : '',
                ]
                  .filter(Boolean)
                  .join('，'),
              ]),
            },
          ],
    ],
    [
      '社情民意信息',
      f.opinionReports.length === 0
        ? [none('社情民意信息')]
        : [
            {
              kind: 'table',
              small: true,
              columns: [
                { title: '标题', mm: 70 },
                { title: '报送日期', mm: 28 },
                { title: '采用情况', mm: 30 },
                { title: '领导批示', mm: 28 },
              ],
              rows: f.opinionReports.map((r) => [
                r.title,
                zhDateIn(f.year, r.submittedOn),
                adoptionWord(r),
                r.endorsement ? '有' : '',
              ]),
            },
          ],
    ],
    [
      '先进事迹',
      f.deeds.length === 0
        ? [none('先进事迹')]
        : [
            {
              kind: 'table',
              small: true,
              columns: [
                { title: '事迹', mm: 84 },
                { title: '日期', mm: 30 },
                { title: '来源', mm: 42 },
              ],
              rows: f.deeds.map((d) => [d.title, zhDate(d.happenedOn), d.source ?? '']),
            },
          ],
    ],
    [
      '其他履职记录',
      f.dutyRecords.length === 0
        ? [none('另行登记的履职记录')]
        : [
            {
              kind: 'table',
              small: true,
              columns: [
                { title: '履职项目', mm: 30 },
                { title: '日期', mm: 30 },
                { title: '内容', mm: 96 },
              ],
              rows: f.dutyRecords.map((r) => [r.itemLabel ?? r.itemCode, zhDate(r.doneOn), r.description]),
            },
          ],
    ],
    [
      '履职小结',
      f.summary
        ? [{ kind: 'text', text: f.summary.body || f.summary.title }]
        : [{ kind: 'text', text: '本年度尚未撰写履职小结。' }],
    ],
  ];
  return [
    { kind: 'title', text: `${name}委员${f.year}年度履职档案`, newPage: opts.newPage },
    ...sections.flatMap(([heading, blocks], i): Block[] => [
      { kind: 'heading', level: 1, text: `${cnNumber(i + 1)}、${heading}` },
      ...blocks,
    ]),
  ];
}
