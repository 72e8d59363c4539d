import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * Why a test that needs an outside program cannot run, or null when it can. `scripts/setup.sh`
 * installs every such program; on CI (where `CI` is set) a missing one fails the run instead of
 * skipping quietly, elsewhere the test is skipped and the reason printed.
 */
export function missingTool(label: string, file: string): string | null {
  const found = file.includes('/') ? fs.existsSync(file) : hasCommand(file);
  if (found) return null;
  const why = `没有找到 ${label}（${file}）；请运行 bash scripts/setup.sh 安装`;
  if (process.env.CI) throw new Error(`CI 上必须有 ${label}：${why}`);
  console.log(`跳过：${why}`);
  return why;
}

function hasCommand(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
