/**
 * The kinds of record the archive keeps, one row each: the one place a kind's table, Chinese name
 * and reach are written. The recycle bin and its restore methods, attachments' owners, the search
 * kinds (and their frozen index codes), the audit log's names and the Excel ledgers' sheets are
 * derived from it; the year package, the volume, search and the recycle bin are checked against
 * it by test/layout/recordKinds.test.ts, which fails naming the kind and the place it is missing.
 */
export const recordKinds = {
  member: {
    table: 'members',
    label: '委员',
    methods: 'members',
    recyclable: true,
    attachable: true,
    searchCode: 1,
    inPackage: true,
    inVolume: true,
    ledgerSheet: '委员名册',
  },
  activity: {
    table: 'activities',
    label: '活动',
    methods: 'activities',
    recyclable: true,
    attachable: true,
    searchCode: 2,
    inPackage: true,
    inVolume: true,
    ledgerSheet: '活动台账',
  },
  plan_item: {
    table: 'plan_items',
    label: '计划事项',
    methods: 'plan',
    recyclable: true,
    attachable: false,
    searchCode: null,
    inPackage: true,
    inVolume: true,
    ledgerSheet: null,
  },
  duty_record: {
    table: 'duty_records',
    label: '履职记录',
    methods: 'dutyRecords',
    recyclable: true,
    attachable: true,
    searchCode: null,
    inPackage: true,
    inVolume: true,
    ledgerSheet: null,
  },
  duty_scheme: {
    table: 'duty_schemes',
    label: '履职方案',
    methods: 'schemes',
    recyclable: true,
    attachable: false,
    searchCode: null,
    inPackage: true,
    inVolume: true,
    ledgerSheet: null,
  },
  proposal: {
    table: 'proposals',
    label: '提案',
    methods: 'proposals',
    recyclable: true,
    attachable: true,
    searchCode: 3,
    inPackage: true,
    inVolume: true,
    ledgerSheet: '提案',
  },
  opinion_report: {
    table: 'opinion_reports',
    label: '社情民意',
    methods: 'opinionReports',
    recyclable: true,
    attachable: true,
    searchCode: 4,
    inPackage: true,
    inVolume: true,
    ledgerSheet: '社情民意',
  },
  deed: {
    table: 'deeds',
    label: '先进事迹',
    methods: 'deeds',
    recyclable: true,
    attachable: true,
    searchCode: 5,
    inPackage: true,
    inVolume: true,
    ledgerSheet: '先进事迹',
  },
  document: {
    table: 'documents',
    label: '文档',
    methods: 'documents',
    recyclable: true,
    attachable: true,
    searchCode: 6,
    inPackage: true,
    inVolume: true,
    ledgerSheet: null,
  },
  attachment: {
    table: 'attachments',
    label: '附件',
    methods: 'attachments',
    recyclable: true,
    attachable: false,
    searchCode: null,
    inPackage: true,
    inVolume: true,
    ledgerSheet: null,
  },
} as const satisfies Record<string, RecordKindRow>;

export interface RecordKindRow {
  /** The SQL table holding the kind's rows. */
  table: string;
  /** What the clerk calls one of them. */
  label: string;
  /** The contract's namespace for the kind: `<methods>.create`, `.restore`, … */
  methods: string;
  /** Deleting moves a row to the recycle bin (deleted_at), and `<methods>.restore` brings it back. */
  recyclable: boolean;
  /** Files can be attached to a row (attachments.owner_kind). */
  attachable: boolean;
  /** The kind's code in search_index rowids (kind × 10^10 + id), frozen by migration 1; null: not searched. */
  searchCode: number | null;
  /** The year package carries the kind's rows. */
  inPackage: boolean;
  /** The year's volume prints the kind's rows. */
  inVolume: boolean;
  /** The sheet of the Excel ledgers listing the kind's rows of the year; null: none of its own. */
  ledgerSheet: string | null;
}

type Kinds = typeof recordKinds;
export type RecordKind = keyof Kinds;
type Where<P extends keyof RecordKindRow, V> = {
  [K in RecordKind]: Kinds[K][P] extends V ? K : never;
}[RecordKind];

export type RecyclableKind = Where<'recyclable', true>;
export type AttachableKind = Where<'attachable', true>;
export type SearchableKind = Where<'searchCode', number>;

export const recordKindCodes = Object.keys(recordKinds) as [RecordKind, ...RecordKind[]];

function kindsWhere<K extends RecordKind>(keep: (row: RecordKindRow) => boolean): [K, ...K[]] {
  return recordKindCodes.filter((k) => keep(recordKinds[k])) as [K, ...K[]];
}

/** Kinds whose rows go to the recycle bin, in the registry's order. */
export const recyclableKinds = kindsWhere<RecyclableKind>((r) => r.recyclable);
/** Kinds a file can be attached to. */
export const attachableKinds = kindsWhere<AttachableKind>((r) => r.attachable);
/** Kinds the one search box finds, in the order its results group them (by their index code). */
export const searchableKinds = kindsWhere<SearchableKind>((r) => r.searchCode !== null).sort(
  (a, b) => recordKinds[a].searchCode - recordKinds[b].searchCode,
) as [SearchableKind, ...SearchableKind[]];

/** Each kind's Chinese name. */
export const recordKindLabels = Object.fromEntries(recordKindCodes.map((k) => [k, recordKinds[k].label])) as {
  [K in RecordKind]: Kinds[K]['label'];
};

/** The contract method restoring a kind's row from the recycle bin. */
export const restoreMethodOf = <K extends RecyclableKind>(kind: K) => `${recordKinds[kind].methods}.restore` as const;
