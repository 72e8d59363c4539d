import type { ExportedPackage, PackageCheck } from '../../../../shared/contract/packages';
import type { Result } from '../../../../shared/result';
import { call } from '../../api/client';

/** One call of a year-end run; it answers with the names of the files it wrote. */
export interface YearEndStep {
  label: string;
  /** The method it calls, which names the archive's progress of it (Progress.task). */
  task?: string;
  /** Words of a progress message that are this step's, where steps of one method run at once. */
  marks?: RegExp;
  /** `written`: the files of the steps before it, in the run's order. */
  run(written: string[]): Promise<Result<string[]>>;
}

/** A run's stages: the steps of a stage run at once; a stage starts when the one before it is done. */
export type YearEndStages = YearEndStep[][];

export interface StepOptions {
  year: number;
  /** Phone and ID numbers shown as 138****5678 in the files. */
  maskPersonal: boolean;
}

const names = <T extends { files: { name: string }[] }>(r: Result<T>): Result<string[]> =>
  r.ok ? { ok: true, value: r.value.files.map((f) => f.name) } : r;

export const volumeStep = ({ year, maskPersonal }: StepOptions, format: 'docx' | 'pdf'): YearEndStep => ({
  label: format === 'docx' ? '生成档案册（Word）' : '生成档案册（PDF）',
  task: 'export.volume',
  marks: format === 'docx' ? /word|docx/i : /pdf|chromium/i,
  run: async () => names(await call('export.volume', { year, format, maskPersonal })),
});

export const ledgersStep = ({ year, maskPersonal }: StepOptions): YearEndStep => ({
  label: '生成台账（Excel）',
  task: 'export.ledgers',
  run: async () => names(await call('export.ledgers', { year, maskPersonal })),
});

/** What 记下档号 gave: the data digest the volume prints, which the package must carry. */
interface Filed {
  dataDigest?: string;
}

/** Records the year's 档号 before the volume prints them (and the data digest its 备考表 names). */
const recordStep = (year: number, filed: Filed): YearEndStep => ({
  label: '记下本年度档号',
  task: 'filing.record',
  async run() {
    const r = await call('filing.record', { year });
    if (!r.ok) return r;
    filed.dataDigest = r.value.packageDataDigest;
    return { ok: true, value: [] };
  },
});

/**
 * Packs the files the earlier steps wrote into the year's package, checks the package as written,
 * then prints its 移交清单.
 */
function packageSteps(year: number, filed: Filed, done: (pkg: ExportedPackage, check: PackageCheck) => void): YearEndStep[] {
  let pkg: ExportedPackage | undefined;
  let check: PackageCheck | undefined;
  return [
    {
      label: '打包年度档案包',
      task: 'package.export',
      async run(written) {
        const r = await call('package.export', { year, includeDocuments: [...written], dataDigest: filed.dataDigest });
        if (!r.ok) return r;
        pkg = r.value;
        return { ok: true, value: [r.value.name] };
      },
    },
    {
      label: '校验档案包',
      task: 'package.verify',
      async run() {
        if (!pkg) return { ok: false, error: { code: 'INTERNAL', message: '没有可校验的档案包。' } };
        const r = await call('package.verify', { year, name: pkg.name });
        if (!r.ok) return r;
        check = r.value;
        done(pkg, check);
        return { ok: true, value: [] };
      },
    },
    {
      label: '生成移交清单',
      task: 'filing.handover',
      async run() {
        if (!pkg || !check) return { ok: false, error: { code: 'INTERNAL', message: '没有可移交的档案包。' } };
        // A package that failed its check is not handed over: the result card says why.
        if (!check.ok) return { ok: true, value: [] };
        return names(await call('filing.handover', { year, name: pkg.name }));
      },
    },
  ];
}

/**
 * 打包归档: the 档号 recorded; then the volume in Word and PDF and the ledgers at once (Chromium
 * prints the PDF in its own processes while the archive builds the others, as `archive compile`
 * does); then the package that holds them all, its check and its 移交清单, one after the other.
 */
export function archiveYearSteps(
  options: StepOptions,
  done: (pkg: ExportedPackage, check: PackageCheck) => void,
): YearEndStages {
  const filed: Filed = {};
  return [
    [recordStep(options.year, filed)],
    [volumeStep(options, 'docx'), volumeStep(options, 'pdf'), ledgersStep(options)],
    ...packageSteps(options.year, filed, done).map((step) => [step]),
  ];
}
