import type { ExportedPackage, PackageCheck } from '../../../../shared/contract/packages';
import type { Result } from '../../../../shared/result';
import { call } from '../../api/client';

/** One call of a year-end run; it answers with the names of the files it wrote. */
export interface YearEndStep {
  label: string;
  run(written: string[]): Promise<Result<string[]>>;
}

export interface StepOptions {
  year: number;
  /** Phone and ID numbers shown as 138****5678 in the files. */
  maskPersonal: boolean;
}

const names = <T extends { files: { name: string }[] }>(r: Result<T>): Result<string[]> =>
  r.ok ? { ok: true, value: r.value.files.map((f) => f.name) } : r;

export const volumeStep = ({ year, maskPersonal }: StepOptions, format: 'docx' | 'pdf'): YearEndStep => ({
  label: format === 'docx' ? '生成档案册（Word）' : '生成档案册（PDF）',
  run: async () => names(await call('export.volume', { year, format, maskPersonal })),
});

export const ledgersStep = ({ year, maskPersonal }: StepOptions): YearEndStep => ({
  label: '生成台账（Excel）',
  run: async () => names(await call('export.ledgers', { year, maskPersonal })),
});

/** Packs the files the earlier steps wrote into the year's package, then checks the package as written. */
function packageSteps(year: number, done: (pkg: ExportedPackage, check: PackageCheck) => void): YearEndStep[] {
  let pkg: ExportedPackage | undefined;
  return [
    {
      label: '打包年度档案包',
      async run(written) {
        const r = await call('package.export', { year, includeDocuments: [...written] });
        if (!r.ok) return r;
        pkg = r.value;
        return { ok: true, value: [r.value.name] };
      },
    },
    {
      label: '校验档案包',
      async run() {
        if (!pkg) return { ok: false, error: { code: 'INTERNAL', message: '没有可校验的档案包。' } };
        const r = await call('package.verify', { year, name: pkg.name });
        if (!r.ok) return r;
        done(pkg, r.value);
        return { ok: true, value: [] };
      },
    },
  ];
}

/** 打包归档: the volume in Word and PDF, the ledgers, then the package that holds them all. */
export function archiveYearSteps(
  options: StepOptions,
  done: (pkg: ExportedPackage, check: PackageCheck) => void,
): YearEndStep[] {
  return [
    volumeStep(options, 'docx'),
    volumeStep(options, 'pdf'),
    ledgersStep(options),
    ...packageSteps(options.year, done),
  ];
}
