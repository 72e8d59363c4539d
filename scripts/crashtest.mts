// Usage: npm run crashtest -- --cycles 1000 [--seed 1] [--max-delay 40] [--file PATH]
// Prints the figures (cycles, writes confirmed, lost, time); exits 1 when anything was lost.
import { runCrashTest } from './crashHarness';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v < 0) throw new Error(`--${name} 需要一个非负数`);
  return v;
}

async function cli(): Promise<void> {
  const fileAt = process.argv.indexOf('--file');
  const figures = await runCrashTest({
    cycles: arg('cycles', 200),
    seed: arg('seed', 1),
    maxDelayMs: arg('max-delay', 40),
    file: fileAt >= 0 ? process.argv[fileAt + 1] : undefined,
    log: (line) => console.log(line),
  });
  console.log(
    `轮数 ${figures.cycles}，已确认写入 ${figures.writesConfirmed}，丢失 ${figures.lost}，` +
      `完整性失败 ${figures.corrupt}，用时 ${(figures.ms / 1000).toFixed(1)} 秒`,
  );
  for (const p of figures.problems) console.log(`问题：${p}`);
  process.exitCode = figures.lost === 0 && figures.corrupt === 0 && figures.problems.length === 0 ? 0 : 1;
}

await cli();
