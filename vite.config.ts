/// <reference types="vitest/config" />
// Build, preview server and unit/component test settings in one place.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { META_POLICY, SECURITY_HEADERS } from './src/app/securityPolicy';

/**
 * The policy goes into the built page only: the dev server injects inline styles and scripts for
 * hot reloading that the policy rightly forbids.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'scrutiny-lens:csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_POLICY }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  // GOV.UK Frontend keeps two Internet Explorer media-query hacks (`screen\0`) that lightningcss rejects;
  // recovering drops just those rules, which no supported browser reads anyway.
  css: { lightningcss: { errorRecovery: true } },
  build: { target: 'es2022', sourcemap: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30_000,
  },
});
