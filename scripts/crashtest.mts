// Usage: npm run crashtest -- --cycles 1000 [--seed 1] [--max-delay 40] [--file PATH]
//        npm run crashtest -- --power --cycles 1000 [--seed 1] [--max-delay 40] [--synchronous OFF]
// The first kills the writer with SIGKILL; --power cuts the power under it instead (unsynced
// writes undone, reordered or torn; --synchronous replaces the writer's pragma, to show a missing
// sync is caught). Prints the figures (cycles, writes confirmed, lost, integrity failures, time);
// exits 1 when anything was lost or damaged, 3 when the power-loss loop cannot run here.
import { runCrashTest, type CrashFigures } from './crashHarness';
import { runPowerLossTest, type PowerLossFigures, type PowerLossOptions } from './powerLossHarness';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v < 0) throw new Error(`--${name} 需要一个非负数`);
  return v;
}

function synchronous(): PowerLossOptions['synchronous'] {
  const i = process.argv.indexOf('--synchronous');
  if (i < 0) return undefined;
  const v = process.argv[i + 1]?.toUpperCase();
  if (v !== 'OFF' && v !== 'NORMAL' && v !== 'FULL') throw new Error('--synchronous 只能是 OFF、NORMAL 或 FULL');
  return v;
}

async function cli(): Promise<void> {
  const fileAt = process.argv.indexOf('--file');
  const power = process.argv.includes('--power');
  const common = { cycles: arg('cycles', 200), seed: arg('seed', 1), maxDelayMs: arg('max-delay', 40), log: (line: string) => console.log(line) };
  const figures: CrashFigures & Partial<PowerLossFigures> = power
    ? await runPowerLossTest({ ...common, synchronous: synchronous() })
    : await runCrashTest({ ...common, file: fileAt >= 0 ? process.argv[fileAt + 1] : undefined });
  if (figures.skipped) {
    console.log(`断电测试无法运行：${figures.skipped}`);
    process.exitCode = 3;
    return;
  }
  console.log(
    `${power ? '断电' : '强制结束'}：轮数 ${figures.cycles}，已确认写入 ${figures.writesConfirmed}，丢失 ${figures.lost}，` +
      `完整性失败 ${figures.corrupt}，用时 ${(figures.ms / 1000).toFixed(1)} 秒`,
  );
  const m = figures.modes;
  if (m) {
    console.log(`断电方式：全部撤销 ${m.drop} 轮，乱序落盘 ${m.reorder} 轮，扇区撕裂 ${m.torn} 轮；未落盘而被撤销或打乱的写入 ${figures.unsyncedDropped} 次，其中 ${figures.midCheckpoint} 轮断在检查点写回档案文件时`);
  }
  for (const p of figures.problems) console.log(`问题：${p}`);
  process.exitCode = figures.lost === 0 && figures.corrupt === 0 && figures.problems.length === 0 ? 0 : 1;
}

await cli();
