import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * Main and preload are bundled whole, except better-sqlite3: its native addon is loaded from
 * app.asar.unpacked at run time. The export worker (db/export/worker) is an entry of its own
 * beside main's, where the archive finds it. The preload is CommonJS because a sandboxed preload
 * cannot be an ES module.
 */
export default defineConfig({
  main: {
    build: {
      externalizeDeps: false,
      lib: {
        entry: {
          index: here('./electron/main.ts'),
          // The archive's own process, which main forks (electron/archiveProcess/entryName.ts).
          archiveProcess: here('./db/process/main.ts'),
          // The Word and Excel builds' worker thread (db/export/worker/workerFile.ts finds it).
          exportWorker: here('./db/export/worker/exportWorker.ts'),
        },
      },
      // Native addons are loaded from app.asar.unpacked at run time, not bundled.
      rollupOptions: { external: ['better-sqlite3', 'sharp', /^@img\//] },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      lib: { entry: { index: here('./electron/preload.ts') }, formats: ['cjs'] },
      rollupOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: here('./renderer'),
    plugins: [react()],
    build: {
      outDir: here('./out/renderer'),
      minify: true,
      rollupOptions: { input: here('./renderer/index.html') },
      // Read from the local disk, never downloaded: antd's size is no concern here.
      chunkSizeWarningLimit: 3000,
    },
  },
});
