import type { FilingItem } from '../../shared/filing';
import { cnNumber, TOTAL_PAGES, type Block } from './blocks';
import type { PersonalFields } from './mask';
import { memberFileBlocks } from './memberFileContent';
import type { YearModel } from './yearModel';
import { zhDate } from '../../shared/zhDates';

import { matrix, planTable, proposals, opinionReports, roster } from './volumeAppendices';
import { activityBody, deedBody, documentBody, proposalBody, reportBody } from './volumeItemBodies';

/** 20260514, as DA/T 22's catalogue writes dates. */
const eightDigits = (iso: string) => iso.replaceAll('-', '');

/** The anchor of an item's first page: the PDF's named destination, from which its pages are cut for the package. */
export const itemAnchor = (it: Pick<FilingItem, 'kind' | 'recordId'>) => `item-${it.kind}-${it.recordId}`;

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
      const r = find(m.opinionReports);
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
  ['社情民意报送和采用情况', opinionReports],
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
  const drafts = m.opinionReports.filter((r) => r.status === 'draft').length;
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
