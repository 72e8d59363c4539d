import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The renderer built for the browser-mode host (`npm run build:web`), served from out/web. */
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./out/web', import.meta.url)),
    emptyOutDir: true,
    // The bundle is read from the local disk, never downloaded: antd's size is no concern here.
    chunkSizeWarningLimit: 3000,
  },
});
