import { create } from 'zustand';
import type { ExportedPackage, PackageCheck } from '../../../../shared/contract/packages';
import type { DraftKind, SummaryDraft } from '../../../../shared/contract/summary';
import type { ExportFolderListing, YearEndChecklist } from '../../../../shared/contract/yearEnd';
import type { ResultError } from '../../../../shared/result';
import type { Progress } from '../../../../shared/transport';
import { call } from '../../api/client';
import { stepsHeard, waiting, type Running, type StepRun } from './runningSteps';
import {
  archiveYearSteps,
  ledgersStep,
  volumeStep,
  type StepOptions,
  type YearEndStages,
  type YearEndStep,
} from './yearEndSteps';

export interface Packaged {
  pkg: ExportedPackage;
  check: PackageCheck;
}

interface YearEndState {
  year: number | null;
  checklist: YearEndChecklist | null;
  files: ExportFolderListing | null;
  loadError: ResultError | null;
  /** On by default: files handed on should not carry members' full phone and ID numbers. */
  maskPersonal: boolean;
  running: Running | null;
  /** The step that failed in the last run, with the archive's message. */
  failure: { step: string; error: ResultError } | null;
  draft: SummaryDraft | null;
  packaged: Packaged | null;
  load(year: number): Promise<void>;
  setMaskPersonal(on: boolean): void;
  /** Progress the archive reports moves the bar within the current step. */
  heard(progress: Progress): void;
  /** Drafts one of the year's three documents into 文档 (never over an edited one). */
  draftDocument(kind: DraftKind): Promise<void>;
  exportVolume(format: 'docx' | 'pdf'): Promise<void>;
  exportLedgers(): Promise<void>;
  archiveYear(): Promise<void>;
}

let requestSeq = 0;

/** The three drafts the year's documents start from, by kind: the button's words and the method. */
export const draftMethods = {
  annual_plan: { label: '生成年度计划初稿', method: 'summary.draftPlan' },
  half_year_summary: { label: '生成半年小结初稿', method: 'summary.draftHalfYear' },
  annual_summary: { label: '生成年度总结初稿', method: 'summary.draft' },
} as const satisfies Record<DraftKind, { label: string; method: 'summary.draftPlan' | 'summary.draftHalfYear' | 'summary.draft' }>;

export const useYearEnd = create<YearEndState>()((set, get) => {
  /** The year on screen with the 脱敏 choice; null before the first load. */
  const options = (): StepOptions | null => {
    const { year, maskPersonal } = get();
    return year === null ? null : { year, maskPersonal };
  };
  /** Keeps what a run produced only while its year is still the one on screen. */
  const forYear = (year: number, patch: Partial<YearEndState>) => {
    if (get().year === year) set(patch);
  };

  /** The steps of the run under way, beside their states in `running`. */
  let runSteps: YearEndStep[] = [];

  /** Changes one step of the run under way. */
  const setStep = (index: number, patch: Partial<StepRun>) => {
    const r = get().running;
    if (r) set({ running: { ...r, steps: r.steps.map((s, i) => (i === index ? { ...s, ...patch } : s)) } });
  };

  /**
   * Runs the stages in order, the steps of a stage at once, each shown with its own state and
   * progress. A failed step stops the run once the steps running beside it have finished (their
   * work cannot be called back); the first failure in the steps' order is the one reported.
   */
  async function run(title: string, stages: YearEndStages): Promise<void> {
    if (get().running) return;
    runSteps = stages.flat();
    set({ running: { title, steps: runSteps.map(waiting) }, failure: null });
    // Each step's files, so the package lists them in the steps' order whichever finished first.
    const files: string[][] = runSteps.map(() => []);
    try {
      let first = 0;
      for (const stage of stages) {
        const failures = await Promise.all(
          stage.map(async (step, k) => {
            const index = first + k;
            setStep(index, { state: 'running' });
            const r = await step.run(files.slice(0, first).flat());
            if (!r.ok) {
              setStep(index, { state: 'failed', message: r.error.message });
              return { step: step.label, error: r.error };
            }
            files[index] = r.value;
            setStep(index, { state: 'done', fraction: 1 });
            return null;
          }),
        );
        const failure = failures.find((f) => f !== null);
        if (failure) return set({ failure });
        first += stage.length;
      }
    } finally {
      runSteps = [];
      set({ running: null });
      // The clerk may have switched the year meanwhile: refresh the one on screen.
      const shown = get().year;
      if (shown !== null) await get().load(shown);
    }
  }

  return {
    year: null,
    checklist: null,
    files: null,
    loadError: null,
    maskPersonal: true,
    running: null,
    failure: null,
    draft: null,
    packaged: null,

    async load(year) {
      const seq = ++requestSeq;
      // What was made for another year is not shown under this one.
      if (year !== get().year) set({ year, checklist: null, files: null, draft: null, packaged: null, failure: null });
      const [checklist, files] = await Promise.all([
        call('yearEnd.checklist', { year }),
        call('yearEnd.files', { year }),
      ]);
      if (seq !== requestSeq) return;
      if (!checklist.ok) return set({ loadError: checklist.error });
      if (!files.ok) return set({ loadError: files.error });
      set({ loadError: null, checklist: checklist.value, files: files.value });
    },

    setMaskPersonal: (on) => set({ maskPersonal: on }),

    heard(p) {
      const r = get().running;
      if (!r) return;
      for (const index of stepsHeard(runSteps, r.steps, p))
        setStep(index, { message: p.message, fraction: p.fraction ?? r.steps[index].fraction });
    },

    async draftDocument(kind) {
      const o = options();
      if (!o) return;
      const { label, method } = draftMethods[kind];
      await run(label, [
        [
          {
            label,
            task: method,
            async run() {
              const r = await call(method, { year: o.year, save: true });
              if (!r.ok) return r;
              forYear(o.year, { draft: r.value });
              return { ok: true, value: [] };
            },
          },
        ],
      ]);
    },
    async exportVolume(format) {
      const o = options();
      if (o) await run(format === 'docx' ? '生成档案册（Word）' : '生成档案册（PDF）', [[volumeStep(o, format)]]);
    },
    async exportLedgers() {
      const o = options();
      if (o) await run('生成台账（Excel）', [[ledgersStep(o)]]);
    },
    async archiveYear() {
      const o = options();
      if (!o || get().running) return;
      set({ packaged: null });
      await run(
        '打包归档',
        archiveYearSteps(o, (pkg, check) => forYear(o.year, { packaged: { pkg, check } })),
      );
    },
  };
});
