import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';

/** Use a system Chromium: the tests never download browsers. */
function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const bundled = ((): string => {
    try {
      return chromium.executablePath();
    } catch {
      return '';
    }
  })();
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error('No Chromium found: apt-get install chromium, or set CHROMIUM_PATH');
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'tests/output/test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
});
