import type { Activity, Participant } from '../../shared/contract/activities';
import type { Deed } from '../../shared/contract/deeds';
import type { ArchiveDocument } from '../../shared/contract/documents';
import type { Proposal } from '../../shared/contract/proposals';
import type { OpinionReport } from '../../shared/contract/opinionReports';
import { ActivityType, ProposalFiling, ProposalResult, Satisfaction } from '../../shared/enums';
import { cnNumber, type Block } from './blocks';
import { adoptionWord } from './recordWords';
import type { ExportActivity, YearModel } from './yearModel';
import { zhDate, zhWhen } from '../../shared/zhDates';
import { planTable } from './volumeAppendices';

// What each kind of item (件) prints as its body: an activity, a document, a proposal, a 社情民意, a deed.

const names = (list: Participant[]) => list.map((p) => p.memberName).join('、');
function outcome(a: Activity): [string, string][] {
  const rows: [string, string][] = [];
  if (a.suggestionsCount > 0) rows.push(['意见建议', `${a.suggestionsCount} 条`]);
  if (a.reportTitle) rows.push(['调研报告', `《${a.reportTitle.replace(/^《|》$/g, '')}》`]);
  if (a.followUp) rows.push(['后续跟进', a.followUp]);
  return rows;
}

/** Numbered "一、" headings of an item's body, each with what follows it. */
function numbered(parts: [heading: string, blocks: Block[]][]): Block[] {
  return parts
    .filter(([, blocks]) => blocks.length > 0)
    .flatMap(([heading, blocks], i): Block[] => [
      { kind: 'heading', level: 1, text: `${cnNumber(i + 1)}、${heading}` },
      ...blocks,
    ]);
}

export function activityBody(a: ExportActivity): Block[] {
  const by = (w: Participant['attendance']) => a.participants.filter((p) => p.attendance === w);
  const present = by('present');
  const excused = by('excused');
  const absent = by('absent');
  const results = outcome(a);
  return [
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
    ...numbered([
      ['活动内容', [{ kind: 'text', text: a.content || '未填写。' }]],
      [
        '活动成果',
        [
          ...(results.length ? [{ kind: 'fields', rows: results } as Block] : []),
          ...(a.suggestionsText ? [{ kind: 'text', text: a.suggestionsText } as Block] : []),
        ],
      ],
      ['活动照片', a.photos.length ? [{ kind: 'photos', photos: a.photos }] : []],
    ]),
  ];
}

/**
 * A plan's or summary's text in 公文 layout: a line "一、…" is a first-level heading (黑体), "（一）…"
 * a second (楷体), every other line a paragraph of the body.
 */
export function officialText(body: string): Block[] {
  const out: Block[] = [];
  let text: string[] = [];
  const flush = () => {
    if (text.length) out.push({ kind: 'text', text: text.join('\n') });
    text = [];
  };
  for (const line of body.split('\n')) {
    const level = /^[一二三四五六七八九十]+、/.test(line) ? 1 : /^（[一二三四五六七八九十]+）/.test(line) ? 2 : 0;
    if (level && line.length <= 40) {
      flush();
      out.push({ kind: 'heading', level, text: line });
    } else text.push(line);
  }
  flush();
  return out;
}

export function documentBody(m: YearModel, d: ArchiveDocument): Block[] {
  const body: Block[] = d.body.trim() ? officialText(d.body) : [{ kind: 'text', text: '（正文未填写）' }];
  if (d.kind === 'annual_plan' && m.plan.length)
    return [...body, { kind: 'heading', level: 1, text: '附：年度计划事项及落实情况' }, ...planTable(m)];
  return body;
}

export function proposalBody(p: Proposal): Block[] {
  const rows: [string, string][] = [
    ['提案编号', p.number ?? '未编号'],
    ...(p.session ? [['会议届次', p.session] as [string, string]] : []),
    ...(p.category ? [['提案类别', p.category] as [string, string]] : []),
    ['领衔委员', p.leadMemberName ?? '集体提案'],
    ['联名委员', p.cosigners.map((c) => c.name).join('、') || '无'],
    ['提交日期', zhDate(p.submittedOn) || '未填写'],
    ['立案情况', ProposalFiling.label(p.filing)],
    ...(p.mainUnit ? [['主办单位', p.mainUnit] as [string, string]] : []),
    ...(p.assistUnits ? [['协办单位', p.assistUnits] as [string, string]] : []),
    ...(p.replyOn ? [['答复日期', zhDate(p.replyOn)] as [string, string]] : []),
    ['办理结果', p.result ? ProposalResult.label(p.result) : '尚未答复'],
    ...(p.satisfaction ? [['满意度', Satisfaction.label(p.satisfaction)] as [string, string]] : []),
  ];
  return [{ kind: 'fields', rows }, ...numbered([['提案内容', p.content ? [{ kind: 'text', text: p.content }] : []]])];
}

export function reportBody(r: OpinionReport): Block[] {
  const rows: [string, string][] = [
    ['作者', r.authors.map((a) => a.name).join('、') || '联络组'],
    ['报送日期', zhDate(r.submittedOn) || '未填写'],
    ['采用情况', `${adoptionWord(r)}${r.adoptedLevel && r.adoptedOn ? `（${zhDate(r.adoptedOn)}）` : ''}`],
    ...(r.endorsement
      ? [
          [
            '领导批示',
            `${r.endorsedBy ?? ''}${r.endorsedOn ? `（${zhDate(r.endorsedOn)}）` : ''}：${r.endorsement}`,
          ] as [string, string],
        ]
      : []),
  ];
  return [{ kind: 'fields', rows }, ...numbered([['信息内容', r.content ? [{ kind: 'text', text: r.content }] : []]])];
}

export function deedBody(d: Deed): Block[] {
  return [
    {
      kind: 'fields',
      rows: [
        ['委员', d.memberName ?? '联络组'],
        ...(d.happenedOn ? [['时间', zhDate(d.happenedOn)] as [string, string]] : []),
        ...(d.source ? [['来源', d.source] as [string, string]] : []),
      ],
    },
    ...(d.content ? [{ kind: 'text', text: d.content } as Block] : []),
  ];
}
