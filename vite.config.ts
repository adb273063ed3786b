/// <reference types="vitest/config" />
// Build, preview server and unit/component test settings in one place.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { DEFAULT_IMPORTS_ID, defaultData } from './scripts/defaultDataPlugin';
import { META_POLICY, SECURITY_HEADERS } from './src/app/securityPolicy';

/**
 * The policy goes into the built page only: the dev server injects inline styles and scripts for
 * hot reloading that the policy rightly forbids.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'scrutiny-lens:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

const FIRST_SCREEN = 'firstScreen';
/** The view an address without ?view= opens (src/components/viewProps.ts viewFrom). */
const DEFAULT_VIEW_MODULE = 'src/features/authority/AuthorityView.tsx';

/**
 * src/app/firstScreen.ts as its own small script, run before the main bundle: it asks for the first view's chunks and
 * the default data while the browser is still fetching and compiling everything else. `async`, because a module script
 * without it waits its turn in document order, which in Chromium meant waiting for the main bundle too. The main bundle
 * imports it as well (which is all the dev server needs); the browser runs a module once, so it runs once.
 */
function firstScreenFirst(): Plugin {
  return {
    name: 'scrutiny-lens:first-screen-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).filter((output) => output.type === 'chunk');
        const chunk = chunks.find((output) => output.isEntry && output.name === FIRST_SCREEN);
        const main = /<script type="module" crossorigin src="\/assets\/index-[^"]+\.js"><\/script>/.exec(html);
        if (!chunk || !main)
          throw new Error(
            'first-screen-first: the built page has no first-screen script or main script to put it before',
          );
        // The default view's chunk and everything it imports (the chart library among them), and the default data's
        // chunk: named in the page, so the browser fetches them at once instead of when firstScreen.ts asks.
        const byModule = (path: string) =>
          chunks.find((output) => output.facadeModuleId?.replaceAll('\\', '/').endsWith(path));
        const view = byModule(DEFAULT_VIEW_MODULE);
        const data = chunks.find((output) => output.facadeModuleId?.includes(DEFAULT_IMPORTS_ID));
        if (!view || !data) throw new Error('first-screen-first: the default view or the default data has no chunk');
        const wanted = new Set<string>();
        const visit = (fileName: string) => {
          if (wanted.has(fileName)) return;
          wanted.add(fileName);
          const found = chunks.find((output) => output.fileName === fileName);
          for (const imported of found?.imports ?? []) visit(imported);
        };
        visit(view.fileName);
        visit(data.fileName);
        const preloads = [...wanted]
          .filter((fileName) => !html.includes(`/${fileName}"`))
          .map((fileName) => `<link rel="modulepreload" crossorigin href="/${fileName}">`)
          .join('\n    ');
        return html.replace(
          main[0],
          `<script type="module" async crossorigin src="/${chunk.fileName}"></script>\n    ${main[0]}\n    ${preloads}`,
        );
      },
    },
  };
}

/**
 * Offline use and installing: a service worker that precaches every built file on the first visit, and a manifest
 * with our own icons. Workbox is bundled into sw.js (no CDN, no importScripts), nothing is cached at run time from
 * anywhere, and the register script is a file of ours, so the Content-Security-Policy holds unchanged.
 */
function offline(): Plugin[] {
  return VitePWA({
    registerType: 'autoUpdate',
    injectRegister: 'script',
    includeAssets: ['favicon.svg'],
    manifest: {
      name: 'Scrutiny Lens: Ofsted children’s services inspections',
      short_name: 'Scrutiny Lens',
      description: 'Explore Ofsted inspection judgements of children’s services. Runs entirely in your browser.',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b0c0c',
      lang: 'en-GB',
      icons: [
        { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      mode: 'production',
      inlineWorkboxRuntime: true,
      sourcemap: false,
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff,woff2,csv}'],
      // The spreadsheet reader and the chart library are the largest files; both must work offline.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      navigateFallback: 'index.html',
      runtimeCaching: [],
      cleanupOutdatedCaches: true,
      // The first visit's page is served by the worker at once, so it works offline without a second visit.
      clientsClaim: true,
      skipWaiting: true,
    },
  });
}

export default defineConfig({
  plugins: [react(), defaultData(), firstScreenFirst(), contentSecurityPolicy(), offline()],
  // GOV.UK Frontend keeps two Internet Explorer media-query hacks (`screen\0`) that lightningcss rejects;
  // recovering drops just those rules, which no supported browser reads anyway.
  css: { lightningcss: { errorRecovery: true } },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        [FIRST_SCREEN]: fileURLToPath(new URL('src/app/firstScreen.ts', import.meta.url)),
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // CI shares a two-core machine: under load, component tests that take 4 s here took three times that there.
    testTimeout: 60_000,
  },
});
