import react from '@vitejs/plugin-react';
import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One worker per core: run mode would otherwise leave one of CI's two cores idle, and many
    // files wait on child processes and Chromium rather than the CPU.
    maxWorkers: os.availableParallelism(),
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/renderer/**', 'test/e2e/**'],
          // Sized for a 2-core machine kept busy by other work: suites start CLIs, hosts and
          // Chromium in their tests and hooks (a 10 s hook limit once skipped a whole CLI suite).
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.tsx'],
          setupFiles: ['test/renderer/setup.ts'],
          // A form test typing through antd took 60 s with the machine's load at 17 on 2 cores.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          // One step of a clerk's year types a dozen records through antd: 49 s on a loaded
          // 2-core machine, and past 120 s on a busier CI run, whose timeout then left a drawer
          // open under every later step of the file.
          testTimeout: 600_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
