import path from 'node:path';

/** Node's arguments to run `script`, a suite's child beside this file, under tsx with `args`. */
export function tsxChild(script: string, ...args: string[]): string[] {
  return ['--import', 'tsx', path.join(import.meta.dirname, script), ...args];
}
