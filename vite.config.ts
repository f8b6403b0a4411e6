import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { dataPackage } from './src/build/data-package.ts';
import { DATA_DIR } from './src/content/data.ts';
import { fontAlias, pageText, writeSubsets } from './src/build/fonts.ts';
import { description, documentTitle } from './src/content/page.ts';
import { expandCustomMedia, themeStylesheet } from './src/theme/css.ts';
import { faviconDataUrl } from './src/theme/favicon.ts';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * The production build's Content Security Policy: everything from our own origin, no inline or
 * evaluated script. MapLibre needs no `blob:` worker (its worker is a file, see MapView.svelte); its
 * images may be `data:` or `blob:` URLs. Styles set from script (MapLibre, Svelte) go through the
 * CSSOM, which style-src allows without 'unsafe-inline'.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** The policy as a meta tag in the built index.html; not in `npm start`, whose dev server injects inline code. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'corridor-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Preload links for the Latin fonts every first view sets text in, so they arrive with the
 * stylesheets: the page is laid out once with them, not first with a fallback and again as each
 * file lands while the map's worker needs the processor. The other scripts' files stay on demand.
 */
function preloadFirstViewFonts(): Plugin {
  const FIRST_VIEW_FONT = /(^|\/)noto-(sans|serif)-latin-\d+-normal-[\w-]+\.woff2$/;
  return {
    name: 'corridor-preload-first-view-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const fonts = Object.keys(bundle ?? {})
          .filter((file) => FIRST_VIEW_FONT.test(file))
          .sort();
        if (fonts.length === 0) throw new Error('vite.config.ts: no Latin font file in the build to preload');
        return fonts.map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/** The page's title and description in its head, from the content (src/content/page.ts). */
function pageHead(): Plugin {
  return {
    name: 'corridor-page-head',
    transformIndexHtml: () => [
      { tag: 'title', children: documentTitle, injectTo: 'head' },
      { tag: 'meta', attrs: { name: 'description', content: description }, injectTo: 'head' },
    ],
  };
}

/**
 * The theme's tokens (src/theme/) for CSS: `virtual:theme.css`, their custom properties on :root,
 * which main.ts imports before every other stylesheet; and the favicon, drawn in the theme's colours.
 */
function theme(): Plugin {
  const id = 'virtual:theme.css';
  const resolved = `\0${id}`;
  return {
    name: 'corridor-theme',
    resolveId: (source) => (source === id ? resolved : undefined),
    load: (source) => (source === resolved ? themeStylesheet() : undefined),
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'icon', type: 'image/svg+xml', href: faviconDataUrl() }, injectTo: 'head' },
    ],
  };
}

/**
 * The corridor's data to download (src/build/data-package.ts): written to `data/` beside the page by
 * the build, served from there by `npm start`, made afresh each time from geo/ and src/content/.
 */
function dataFiles(): Plugin {
  return {
    name: 'corridor-data-package',
    generateBundle() {
      for (const file of dataPackage(projectRoot))
        this.emitFile({ type: 'asset', fileName: `${DATA_DIR}/${file.name}`, source: file.text });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = new RegExp(`^/${DATA_DIR}/([\\w.-]+)$`).exec(request.url ?? '');
        const file = match && dataPackage(projectRoot).find((each) => each.name === match[1]);
        if (!file) return next();
        response.setHeader('Content-Type', `${file.mediatype}; charset=utf-8`);
        response.end(file.text);
      });
    },
  };
}

/** `@media (--phone)` in any stylesheet, Svelte's included, spelled out as the theme's phone query. */
const customMediaQueries = {
  postcssPlugin: 'corridor-custom-media',
  AtRule: {
    media: (rule: { params: string; source?: { input: { file?: string } } }) => {
      if (rule.params.includes('(--')) rule.params = expandCustomMedia(rule.params, rule.source?.input.file ?? 'CSS');
    },
  },
};

/** The fonts cut to the page's text, made as the build or the dev server starts (made once per text). */
const fontFolder = await writeSubsets(pageText(projectRoot), join(projectRoot, 'node_modules/.cache/corridor-fonts'));

// The page lives in src/ so the top level stays as the design card draws it.
// Relative base: the build works from any sub-path of any static host.
export default defineConfig({
  root: 'src',
  base: './',
  publicDir: false,
  plugins: [
    svelte({ configFile: false }),
    pageHead(),
    theme(),
    contentSecurityPolicy(),
    preloadFirstViewFonts(),
    dataFiles(),
  ],
  css: { postcss: { plugins: [customMediaQueries] } },
  // Every bundled font cut to the letters of the page's text (src/build/fonts.ts).
  resolve: { alias: [fontAlias(fontFolder)] },
  server: { port: 5173, strictPort: true, host: '127.0.0.1', fs: { allow: [projectRoot] } },
  // `npm run preview` sends the same policy as a header, as a production host should.
  preview: { host: '127.0.0.1', headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
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
