/**
 * Filing the year as archives (DA/T 22-2015): the kinds of record that are items (件), the
 * 保管期限 codes the 档号 carries, and the filing settings. Shared by the archive, the contract
 * and the screens.
 */
import { labels } from './labels';

const FilingKind = labels({
  activity: '活动',
  document: '计划总结等文件',
  proposal: '提案',
  opinionReport: '社情民意',
  deed: '先进事迹',
});
export type FilingKind = (typeof FilingKind.codes)[number];
export const filingKinds = FilingKind.codes;
export const filingKindLabels = FilingKind.map;

/** 永久 / 定期30年 / 定期10年, the codes DA/T 22 puts in the 档号; in catalogue order, the 永久 class first. */
const Retention = labels({ Y: '永久', D30: '定期30年', D10: '定期10年' });
export type Retention = (typeof Retention.codes)[number];
export const retentions = Retention.codes;
export const retentionLabels = Retention.map;

export interface FilingSettings {
  /** 全宗号, assigned by the archive room (e.g. Z109); '' until the clerk has it. */
  fondsCode: string;
  /** 全宗名称; the group's name unless the clerk typed another. */
  fondsName: string;
  /** 机构（问题）代码, e.g. LLZ; '' leaves that part out of the 档号. */
  orgCode: string;
  /** 门类代码: WS (文书). */
  categoryCode: string;
  retentionByKind: Record<FilingKind, Retention>;
  /** 立卷人 */
  filer: string;
  /** 检查人 */
  checker: string;
}

/** Each kind's 保管期限 until the clerk chooses: plans, summaries and proposals are kept for good. */
export const defaultRetention: Record<FilingKind, Retention> = {
  activity: 'D30',
  document: 'Y',
  proposal: 'Y',
  opinionReport: 'D30',
  deed: 'D30',
};

/** One item (件) of a year, as the 归档文件目录 lists it. */
export interface FilingItem {
  kind: FilingKind;
  recordId: number;
  /** 件号 within 年度·保管期限·机构（问题）, from 1. */
  itemNo: number;
  /** 档号, e.g. Z109-WS·2026-Y-LLZ-0001 */
  archivalCode: string;
  retention: Retention;
  retentionLabel: string;
  orgCode: string;
  /** 题名 */
  title: string;
  /** 责任者: the group's name unless the record names another (a proposal's lead member…). */
  responsible: string;
  /** 文号 ('' when none) */
  docNo: string;
  /** ISO yyyy-mm-dd (the catalogue prints 8 digits). */
  date: string;
  /** Whether the clerk chose this item's 保管期限 (otherwise its kind's default). */
  retentionChosen: boolean;
}

/** A code an archival code can hold: ASCII letters and digits, the separators - and · excluded. */
export const codePattern = /^[A-Z0-9]*$/;
