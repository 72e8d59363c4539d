// Builds powerLossShim.c with the machine's C compiler into a temp folder, or says why it cannot.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const source = path.join(path.dirname(fileURLToPath(import.meta.url)), 'powerLossShim.c');

export type ShimBuild = { lib: string } | { skip: string };

function findCompiler(): string | undefined {
  const candidates = [process.env.CC, 'cc', 'gcc', 'clang'].filter((c): c is string => Boolean(c));
  return candidates.find((c) => spawnSync(c, ['--version'], { stdio: 'ignore' }).status === 0);
}

/** Why the power-loss loop cannot run on this machine (LD_PRELOAD on glibc's file calls, a C compiler), or null. */
export function shimUnavailable(): string | null {
  if (process.platform !== 'linux') return `断电模拟依赖 Linux 的 LD_PRELOAD，本机是 ${process.platform}`;
  if (!findCompiler()) return '本机没有 C 编译器（cc、gcc 或 clang），无法编译断电模拟库';
  return null;
}

/** Compiles the shim into `dir`; a compiler that fails is an error, never a skip. */
export function buildShim(dir: string): ShimBuild {
  const reason = shimUnavailable();
  if (reason) return { skip: reason };
  const compiler = findCompiler()!;
  const lib = path.join(dir, 'powerloss.so');
  const run = spawnSync(compiler, ['-shared', '-fPIC', '-O2', '-Wall', '-o', lib, source, '-ldl', '-lpthread'], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`断电模拟库编译失败（${compiler}）：${run.stderr || run.error?.message}`);
  return { lib };
}
