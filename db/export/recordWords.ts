import type { OpinionReport } from '../../shared/contract/opinionReports';
import { AdoptionLevel, OpinionReportStatus } from '../../shared/enums';

/** A report's 采用情况 as the printed tables word it: the level that adopted it, else its status. */
export const adoptionWord = (r: Pick<OpinionReport, 'status' | 'adoptedLevel'>): string =>
  r.adoptedLevel ? AdoptionLevel.label(r.adoptedLevel) : OpinionReportStatus.label(r.status);
