import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

// The page lives in src/ so the top level stays as the design card draws it.
// Relative base: the build works from any sub-path of any static host.
export default defineConfig({
  root: 'src',
  base: './',
  publicDir: false,
  plugins: [svelte({ configFile: false })],
  server: { port: 5173, strictPort: true, host: '127.0.0.1', fs: { allow: [projectRoot] } },
  preview: { host: '127.0.0.1' },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    // Every asset stays a file of our origin: a data: URL would be fetched against CSP's connect-src.
    assetsInlineLimit: 0,
    // maplibre-gl alone is about 1 MB minified; the warning would fire on every build.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // maplibre-gl in a chunk of its own: it changes less often than our code, and the benchmark
      // counts the two apart.
      output: { codeSplitting: { groups: [{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl/ }] } },
    },
  },
  test: {
    root: projectRoot,
    include: ['src/**/*.test.ts', 'geo/**/*.test.ts', 'e2e/**/*.test.ts'],
    environment: 'node',
  },
});
