/** How big each generated archive is: the full sizes of the issue, or a small smoke run (--quick). */
export interface RealisticScale {
  members: number;
  years: number;
  activitiesPerYear: number;
  proposalsPerYear: number;
  reportsPerYear: number;
  deedsPerYear: number;
  photos: number;
  /** Bytes of one photo (~2 MB in a real archive). */
  photoBytes: number;
}

export interface StressScale {
  /** Townships merged into one district archive, each with its own members and activities. */
  townships: number;
  membersPerTownship: number;
  years: number;
  activitiesPerTownshipYear: number;
  /** Average people on an attendance sheet. */
  sheetSize: number;
  proposalsPerTownshipYear: number;
  reportsPerTownshipYear: number;
  deedsPerTownshipYear: number;
  dutyRecordsPerTownshipYear: number;
}

export interface Scale {
  name: 'full' | 'quick';
  realistic: RealisticScale;
  stress: StressScale;
  /** Repetitions of each query case (after warm-up). */
  reps: number;
  warmup: number;
}

/** The last year of both archives: the year every per-year query and the compile look at. */
export const LAST_YEAR = 2025;
export const SEED = 20260514;

export const scales: Record<Scale['name'], Scale> = {
  full: {
    name: 'full',
    realistic: {
      members: 60,
      years: 10,
      activitiesPerYear: 40,
      proposalsPerYear: 12,
      reportsPerYear: 15,
      deedsPerYear: 6,
      photos: 100,
      photoBytes: 2_000_000,
    },
    // 5,000 members, 100,000 activities, ~1,000,000 attendance rows, 200,000 proposals and reports.
    stress: {
      townships: 100,
      membersPerTownship: 50,
      years: 10,
      activitiesPerTownshipYear: 100,
      sheetSize: 11,
      proposalsPerTownshipYear: 100,
      reportsPerTownshipYear: 100,
      deedsPerTownshipYear: 10,
      dutyRecordsPerTownshipYear: 20,
    },
    reps: 50,
    warmup: 5,
  },
  quick: {
    name: 'quick',
    realistic: {
      members: 60,
      years: 2,
      activitiesPerYear: 40,
      proposalsPerYear: 12,
      reportsPerYear: 15,
      deedsPerYear: 6,
      photos: 4,
      photoBytes: 2_000_000,
    },
    stress: {
      townships: 4,
      membersPerTownship: 50,
      years: 10,
      activitiesPerTownshipYear: 100,
      sheetSize: 10,
      proposalsPerTownshipYear: 100,
      reportsPerTownshipYear: 100,
      deedsPerTownshipYear: 10,
      dutyRecordsPerTownshipYear: 20,
    },
    reps: 5,
    warmup: 1,
  },
};
