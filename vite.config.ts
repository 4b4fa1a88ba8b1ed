import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The UI is built into dist/web and served by the Shodo server itself; in development, Vite proxies the API.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  // One bundle on purpose: once loaded, the page keeps working if the office network drops.
  build: { outDir: '../dist/web', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1024 },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080' },
  },
});
