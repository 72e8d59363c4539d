import type { Activity, Participant } from '../../shared/contract/activities';
import type { Deed } from '../../shared/contract/deeds';
import type { ArchiveDocument } from '../../shared/contract/documents';
import type { Proposal } from '../../shared/contract/proposals';
import type { OpinionReport } from '../../shared/contract/reports';
import type { FilingItem } from '../../shared/filing';
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
import { cnNumber, TOTAL_PAGES, type Block } from './blocks';
import type { PersonalFields } from './mask';
import { memberFileBlocks } from './memberFileContent';
import type { ExportActivity, YearModel } from './yearModel';
import { dottedMonth, zhDate, zhDateIn, zhMonthDay, zhWhen } from '../zhDates';

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

function planTable(m: YearModel): Block[] {
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
    },
  ];
}

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

function activityBody(a: ExportActivity): Block[] {
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

function documentBody(m: YearModel, d: ArchiveDocument): Block[] {
  const body: Block[] = d.body.trim() ? officialText(d.body) : [{ kind: 'text', text: '（正文未填写）' }];
  if (d.kind === 'annual_plan' && m.plan.length)
    return [...body, { kind: 'heading', level: 1, text: '附：年度计划事项及落实情况' }, ...planTable(m)];
  return body;
}

function proposalBody(p: Proposal): Block[] {
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

function reportBody(r: OpinionReport): Block[] {
  const rows: [string, string][] = [
    ['作者', r.authors.map((a) => a.name).join('、') || '联络组'],
    ['报送日期', zhDate(r.submittedOn) || '未填写'],
    [
      '采用情况',
      r.adoptedLevel
        ? `${AdoptionLevel.label(r.adoptedLevel)}${r.adoptedOn ? `（${zhDate(r.adoptedOn)}）` : ''}`
        : ReportStatus.label(r.status),
    ],
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

function deedBody(d: Deed): Block[] {
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
  // A draft has not been submitted: it is neither counted nor listed as 报送.
  const submitted = m.reports.filter((r) => r.status !== 'draft');
  const drafts = m.reports.length - submitted.length;
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
        r.adoptedLevel ? AdoptionLevel.label(r.adoptedLevel) : ReportStatus.label(r.status),
        r.endorsement ? `${r.endorsedBy ?? ''}批示` : '',
      ]),
    },
  ];
}

/** 20260514, as DA/T 22's catalogue writes dates. */
const eightDigits = (iso: string) => iso.replaceAll('-', '');

const itemAnchor = (it: FilingItem) => `item-${it.kind}-${it.recordId}`;

/** The record an item stands for, as the volume prints it; null when it is gone since it was listed. */
function itemBody(m: YearModel, it: FilingItem): Block[] | null | undefined {
  const find = <T extends { id: number }>(list: T[]) => list.find((x) => x.id === it.recordId);
  switch (it.kind) {
    case 'activity': {
      const a = find(m.activities);
      return a ? activityBody(a) : null;
    }
    case 'document': {
      const d = m.documentsById.get(it.recordId);
      return d ? documentBody(m, d) : null;
    }
    case 'proposal': {
      const p = find(m.proposals);
      return p ? proposalBody(p) : null;
    }
    case 'opinionReport': {
      const r = find(m.reports);
      return r ? reportBody(r) : null;
    }
    case 'deed': {
      const d = find(m.deeds);
      return d ? deedBody(d) : null;
    }
  }
}

/** One item: its 归档章 at the top right of its first page, its 题名, its record. */
function itemBlocks(m: YearModel, it: FilingItem): Block[] {
  return [
    {
      kind: 'stamp',
      anchor: itemAnchor(it),
      cells: {
        fondsCode: m.filing.fondsCode,
        year: String(m.year),
        itemNo: String(it.itemNo).padStart(4, '0'),
        orgCode: it.orgCode,
        retention: it.retentionLabel,
      },
    },
    { kind: 'title', text: it.title, anchor: itemAnchor(it) },
    ...(itemBody(m, it) ?? [{ kind: 'text', text: '（该记录已删除）' }]),
  ];
}

/** Compiled material that is not an item of its own: filed after the items, before the 备考表. */
const appendices: [title: string, blocks: (m: YearModel, personal: PersonalFields) => Block[]][] = [
  ['委员名册', roster],
  ['年度计划落实情况', planTable],
  ['“八个一”履职完成情况', matrix],
  ['提案办理情况', proposals],
  ['社情民意报送和采用情况', reports],
];

const appendixTitle = (m: YearModel, i: number) =>
  // The duty part is named after the year's scheme (a group may keep 五个一 instead).
  `附录${cnNumber(i + 1)}\u3000${appendices[i][0].replace('八个一', m.matrix.scheme.name.replace(/[“”"]/g, ''))}`;

const MEMBER_FILES = (n: number) => `附录${cnNumber(n)}\u3000委员履职档案`;

export function volumeTitle(m: YearModel): string {
  return `${m.group.name}${m.year}年度履职档案`;
}

const countBy = (items: FilingItem[]) =>
  [...new Set(items.map((i) => i.retentionLabel))]
    .map((l) => `${l} ${items.filter((i) => i.retentionLabel === l).length} 件`)
    .join('、');

/** 档号 from the first to the last of each 保管期限 class: Z109-WS·2026-Y-LLZ-0001—0003. */
function codeRange(items: FilingItem[]): string {
  const classes = [...new Set(items.map((i) => i.retention))];
  return (
    classes
      .map((r) => {
        const inClass = items.filter((i) => i.retention === r);
        const first = inClass[0].archivalCode;
        const last = inClass[inClass.length - 1].archivalCode;
        return first === last ? first : `${first}—${last.slice(last.lastIndexOf('-') + 1)}`;
      })
      .join('；') || '本年度暂无归档文件'
  );
}

function span(items: FilingItem[]): string {
  if (items.length === 0) return '';
  const dates = items.map((i) => i.date).sort();
  return `${zhDate(dates[0])}至${zhDate(dates[dates.length - 1])}`;
}

const photoCount = (m: YearModel) =>
  m.items.reduce(
    (n, it) => n + (it.kind === 'activity' ? (m.activities.find((a) => a.id === it.recordId)?.photos.length ?? 0) : 0),
    0,
  );

function cover(m: YearModel): Block {
  return {
    kind: 'cover',
    group: m.filing.fondsName,
    subtitle: `${m.year}年度`,
    title: '履职档案',
    facts: [
      ['全宗名称', m.filing.fondsName],
      ['全宗号', m.filing.fondsCode || '（未设置）'],
      ['年度', String(m.year)],
      ['起止日期', span(m.items) || '—'],
      ['保管期限', countBy(m.items) || '—'],
      ['件数', `${m.items.length} 件`],
      ['页数', TOTAL_PAGES],
      ['档号', codeRange(m.items)],
      ['届次', m.group.term || '（未填写）'],
      ['上级政协', m.group.parentCommittee || '（未填写）'],
      ['编制日期', zhDate(m.compiledOn)],
    ],
  };
}

/** 备考表 (DA/T 22): what the volume holds and lacks, the signatures, and the digest that binds the package. */
function notes(m: YearModel): Block {
  const open = m.openChecks.map((c, i) => `${i + 1}. ${c.label}：${c.detail}`);
  const drafts = m.reports.filter((r) => r.status === 'draft').length;
  return {
    kind: 'notes',
    title: '备考表',
    anchor: 'notes',
    rows: [
      [
        '卷内情况',
        `本卷共 ${m.items.length} 件${m.items.length ? `（${countBy(m.items)}）` : ''}，${TOTAL_PAGES} 页（含封面），照片 ${photoCount(m)} 张。`,
      ],
      ['缺少或待补', open.length ? open.join('\n') : '无：年终核对各项均已齐全。'],
      [
        '说明',
        [
          '卷内文件以“件”为单位，按保管期限分类，类内按日期排列；档号为全宗号-门类代码·年度-保管期限-机构（问题）-件号。',
          ...(drafts ? [`尚未报送的社情民意草稿 ${drafts} 篇未归档。`] : []),
        ].join('\n'),
      ],
      ['归档包校验值', `SHA-256（快照与数据文件）：${m.packageDataDigest}`],
    ],
    signatures: [
      `立卷人：${m.filing.filer}＿＿＿＿＿＿\u3000\u3000日期：\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日`,
      `检查人：${m.filing.checker}＿＿＿＿＿＿\u3000\u3000日期：\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日`,
    ],
  };
}

/**
 * The whole volume as DA/T 22 files it: cover, 卷内目录, the items (件) in 档号 order (each from a new
 * page, its 归档章 at the top right), then the compiled tables and each member's file as
 * appendices, and the 备考表 last, which carries the package data's SHA-256 (the package written
 * next holds the same data, or is refused).
 */
export function volumeBlocks(m: YearModel, personal: PersonalFields): Block[] {
  const parts: { anchor: string; title: string; blocks: Block[]; item?: FilingItem }[] = [
    ...m.items.map((it) => ({ anchor: itemAnchor(it), title: it.title, blocks: itemBlocks(m, it), item: it })),
    ...appendices.map(([, make], i) => {
      const title = appendixTitle(m, i);
      return {
        anchor: `appendix-${i + 1}`,
        title,
        blocks: [
          { kind: 'title', text: title, newPage: true, anchor: `appendix-${i + 1}` } as Block,
          ...make(m, personal),
        ],
      };
    }),
    ...m.memberFiles.map((f, i) => {
      const anchor = `member-${f.member.id}`;
      const [head, ...rest] = memberFileBlocks(f, personal, { newPage: true });
      const title = head.kind === 'title' ? head.text : f.member.name;
      const lead: Block[] =
        i === 0
          ? [
              { kind: 'title', text: MEMBER_FILES(appendices.length + 1), newPage: true, anchor: 'member-files' },
              { kind: 'text', text: `共 ${m.memberFiles.length} 位委员，每位委员的档案自新的一页开始。` },
            ]
          : [];
      return {
        anchor,
        title,
        blocks: [...lead, { kind: 'title', text: title, newPage: true, anchor } as Block, ...rest],
      };
    }),
  ];
  if (m.memberFiles.length)
    parts.splice(m.items.length + appendices.length, 0, {
      anchor: 'member-files',
      title: MEMBER_FILES(appendices.length + 1),
      blocks: [],
    });
  return [
    cover(m),
    {
      kind: 'contents',
      title: '卷内目录',
      entries: [
        ...parts.map((p) => ({
          anchor: p.anchor,
          title: p.title,
          ...(p.item && {
            item: {
              itemNo: String(p.item.itemNo).padStart(4, '0'),
              archivalCode: p.item.archivalCode,
              responsible: p.item.responsible,
              docNo: p.item.docNo,
              date: eightDigits(p.item.date),
              remarks: p.item.kind === 'activity' && photoCountOf(m, p.item) ? `照片${photoCountOf(m, p.item)}张` : '',
            },
          }),
        })),
        { anchor: 'notes', title: '备考表' },
      ],
    },
    ...parts.flatMap((p) => p.blocks),
    notes(m),
  ];
}

const photoCountOf = (m: YearModel, it: FilingItem) =>
  m.activities.find((a) => a.id === it.recordId)?.photos.length ?? 0;
