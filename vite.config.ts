/// <reference types="vitest/config" />
// Build, preview server and unit/component test settings in one place.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // GOV.UK Frontend keeps two Internet Explorer media-query hacks (`screen\0`) that lightningcss rejects;
  // recovering drops just those rules, which no supported browser reads anyway.
  css: { lightningcss: { errorRecovery: true } },
  build: { target: 'es2022', sourcemap: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30_000,
  },
});
