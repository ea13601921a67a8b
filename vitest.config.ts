import { defineConfig } from 'vitest/config';
import { viteAliases } from './aliases.ts';

export default defineConfig({
  resolve: { alias: viteAliases(import.meta.dirname) },
  test: {
    include: ['tests/shared/**/*.test.ts', 'tests/core/**/*.test.ts', 'tests/renderer/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/host/**/*.test.ts', 'tests/tooling/**/*.test.ts', 'tests/electron/**/*.test.ts', 'tests/contract/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
