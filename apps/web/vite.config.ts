import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { pramuatHalaman } from './pramuat.ts';

/** The web app: root apps/web, built into apps/web/dist, which the server serves. */
export const FOLDER_WEB = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({ root: FOLDER_WEB, base: '/', plugins: [react(), pramuatHalaman(fileURLToPath(new URL('src/daftar-halaman.tsx', import.meta.url)))],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1200 }, server: {
    port: 5173,
    // Keep the Host header: the server refuses state-changing requests whose Origin differs from it.
    proxy: { '/api': { target: 'http://localhost:3000' } },
  } });
