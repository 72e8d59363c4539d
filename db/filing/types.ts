export type { FilingItem, FilingKind, FilingSettings, Retention } from '../../shared/filing';
