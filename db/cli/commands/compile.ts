import fs from 'node:fs';
import type { Input, MethodName, Output } from '../../../shared/api';
import type { ExportResult } from '../../../shared/contract/exports';
import type { ExportedPackage } from '../../../shared/contract/packages';
import { openArchive } from '../../archive';
import { createDispatcher, type Dispatch } from '../../dispatcher';
import { chromiumPath } from '../../export/pdf';
import { ExitCode } from '../exitCodes';
import { complain, say } from '../output';

export interface CompileArgs {
  file: string;
  year: number;
  maskPersonal: boolean;
  pdf: boolean;
}

/** A contract call that failed: it stops the compile with the method's own Chinese message. */
class StepFailed extends Error {
  override name = 'StepFailed';
}

type Call = <M extends MethodName>(method: M, input: Input<M>) => Promise<Output<M>>;

function calling(dispatch: Dispatch): Call {
  return async (method, input) => {
    const r = await dispatch(method, input);
    if (!r.ok) throw new StepFailed(r.error.message);
    return r.value as Output<typeof method>;
  };
}

interface Step {
  label: string;
  /** Started with the first step (the PDF): awaited and reported even after an earlier step failed. */
  alreadyStarted?: boolean;
  /** Does the work and says in a few words what came of it. */
  run(): Promise<string>;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} 秒`;

/**
 * A step started at once and awaited at its place in the list. Chromium prints the PDF in its own
 * processes, so the Word volume and the ledgers are built meanwhile: the compile takes about as
 * long as the PDF alone, not the sum of the three.
 */
function startedNow(label: string, run: () => Promise<string>): Step {
  const started = run();
  // A failure is reported when the step's turn comes, after an earlier step's failure too.
  started.catch(() => {});
  return { label: `${label}（已与前面的步骤同时开始）`, alreadyStarted: true, run: () => started };
}

/** What the volume still lacks does not stop the compile, but the clerk should know before filing it. */
async function warnOpenChecks(call: Call, year: number): Promise<void> {
  const { items, open } = await call('yearEnd.checklist', { year });
  if (open === 0) return;
  complain(`提醒：${year} 年度归档检查清单还有 ${open} 项未完成，档案照常生成，但请核对：`);
  for (const item of items.filter((i) => !i.ok)) complain(`  - ${item.label}：${item.detail}`);
  if (items.some((i) => i.key === 'annualSummary' && !i.ok)) {
    complain(
      `  年度工作总结可先生成初稿：call --file 路径 summary.draft '{"year":${year},"save":true}'，修改后再编印。`,
    );
  }
}

/** Numbers that moved since the year was last filed: the clerk re-files those pages. */
function warnMoved(filed: Output<'filing.record'>): void {
  say(`${filed.year} 年度共 ${filed.items.length} 件归档文件，数据摘要 ${filed.packageDataDigest}`);
  if (filed.changes.length === 0) return;
  complain(`提醒：与上次编印相比，有 ${filed.changes.length} 件的档号变了：`);
  for (const c of filed.changes) complain(`  - ${c.title}：${c.before ?? '（新增）'} → ${c.after ?? '（已移出）'}`);
}

/**
 * 编印年度档案: the year's 档号 recorded, the volume (Word, and PDF where Chromium is found), the
 * ledgers, then the year package holding them, checked as written, and its 移交清单. The same
 * calls, in the same order, as the app's 年度归档 page; nothing is written into the archive itself
 * but the 档号 of items that moved.
 */
export async function compile({ file, year, maskPersonal, pdf }: CompileArgs): Promise<ExitCode> {
  // Compiling is never a reason to create an archive: a mistyped path would leave an empty file.
  if (!fs.existsSync(file)) {
    complain(`档案文件不存在：${file}`);
    return ExitCode.failed;
  }
  const started = performance.now();
  const archive = await openArchive(file);
  try {
    const call = calling(createDispatcher(archive));
    await warnOpenChecks(call, year);

    const chromiumFound = fs.existsSync(chromiumPath());
    if (pdf && !chromiumFound) {
      complain(
        `未找到 Chromium 浏览器（${chromiumPath()}），本次不生成 PDF 档案册，只生成 Word 版。安装 Chromium 或用环境变量 CHROMIUM_PATH 指明它的位置后可再编印。`,
      );
    }
    const written: string[] = [];
    const wrote = (r: ExportResult) => {
      const names = r.files.map((f) => f.name);
      written.push(...names);
      return names.join('、');
    };
    let pkg: ExportedPackage | undefined;
    // The numbers are recorded first, so the volume prints them and the data digest that follows
    // (recording writes to the archive only when a number moved).
    const filed = await call('filing.record', { year });
    warnMoved(filed);
    const printing =
      pdf && chromiumFound
        ? startedNow('生成档案册（PDF）', async () =>
            wrote(await call('export.volume', { year, format: 'pdf', maskPersonal })),
          )
        : undefined;
    const steps: Step[] = [
      {
        label: '生成档案册（Word）',
        run: async () => wrote(await call('export.volume', { year, format: 'docx', maskPersonal })),
      },
      { label: '生成台账（Excel）', run: async () => wrote(await call('export.ledgers', { year, maskPersonal })) },
      ...(printing ? [printing] : []),
      {
        label: '打包年度档案包',
        run: async () => {
          pkg = await call('package.export', { year, includeDocuments: written, dataDigest: filed.packageDataDigest });
          return `${pkg.name}（${pkg.files} 个文件）`;
        },
      },
      {
        label: '校验档案包',
        run: async () => {
          if (!pkg) throw new StepFailed('没有可校验的档案包。');
          const check = await call('package.verify', { year, name: pkg.name });
          if (!check.ok) throw new StepFailed(`档案包校验未通过：${check.problem ?? ''}`);
          return `${check.files} 个文件与 SHA-256、SM3 校验值一致，数据文件与档案快照一致`;
        },
      },
      {
        label: '生成移交清单',
        run: async () => {
          if (!pkg) throw new StepFailed('没有可移交的档案包。');
          const sheet = await call('filing.handover', { year, name: pkg.name, pdf: pdf && chromiumFound });
          return sheet.files.map((f) => f.name).join('、');
        },
      },
    ];

    say(`开始编印 ${year} 年度档案：${file}${maskPersonal ? '' : '（含完整手机号身份证号）'}`);
    let failed = false;
    for (const [i, step] of steps.entries()) {
      const n = `[${i + 1}/${steps.length}]`;
      // After a failure only the steps already under way are waited for: each one's fate is told.
      if (failed && !step.alreadyStarted) {
        complain(`${n} ${step.label}：未进行（前面的步骤失败）`);
        continue;
      }
      say(`${n} ${step.label}……`);
      const t = performance.now();
      try {
        const what = await step.run();
        say(`${' '.repeat(n.length)} 完成，用时 ${seconds(performance.now() - t)}：${what}`);
      } catch (e) {
        if (!(e instanceof StepFailed)) throw e;
        complain(`${step.label}失败：${e.message}`);
        failed = true;
      }
    }
    if (failed) {
      if (written.length > 0) complain(`已生成的文件仍在导出文件夹中：${written.join('、')}`);
      return ExitCode.failed;
    }
    say(`编印完成，共用时 ${seconds(performance.now() - started)}。`);
    say(`年度档案包：${pkg?.file ?? ''}`);
    return ExitCode.ok;
  } catch (e) {
    // The checklist is read before any step: a failure there is reported the same way.
    if (!(e instanceof StepFailed)) throw e;
    complain(`编印失败：${e.message}`);
    return ExitCode.failed;
  } finally {
    archive.close();
  }
}
