import type { ActivityType, CreditKind } from './enums';

/**
 * A duty scheme is data: a named list of items, each with a code, a label, a yearly count and
 * what credits it. The presets (八个一, 五个一, 四个一) are seeded into every archive by its first
 * migration; the clerk may edit them or make a custom scheme.
 */
export interface DutySchemeItemDef {
  code: string;
  label: string;
  requiredCount: number;
  /** Attending (出席) a held activity of one of these types credits the item. */
  creditActivityTypes: ActivityType[];
  /** Records of these kinds, where the member is an author, credit the item. */
  creditKinds: CreditKind[];
}

export type SchemePreset = 'eight' | 'five' | 'four';

export interface DutySchemeItem extends DutySchemeItemDef {
  id: number;
  position: number;
}

/** A scheme as the archive keeps it; `preset` is null for a custom scheme. */
export interface DutyScheme {
  id: number;
  name: string;
  preset: SchemePreset | null;
  items: DutySchemeItem[];
}

/** Scheme 1, 八个一, seeded by the first migration: the scheme of any year not bound to another. */
export const DEFAULT_SCHEME_ID = 1;
