import { defineConfig } from 'vitest/config';

/**
 * The real desktop window (test/desktop/), run only by the off-site workflow where Electron's
 * binary and the built packages exist: `npx vitest run --config vitest.desktop.config.ts`.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/desktop/**/*.desktop.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
