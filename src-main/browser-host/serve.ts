import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createCore } from '../core/core';
import { createHandlers } from '../core/handlers';
import { defaultLibraryDir } from '../core/library/library-location';
import { openOrRecover } from './recovery-host';
import { startBrowserHost } from './server';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      library: { type: 'string' },
      port: { type: 'string', default: '0' },
      seeds: { type: 'string', default: resolve(root, 'seeds') },
    },
  });
  const staticDir = resolve(root, 'out/renderer');
  if (!existsSync(resolve(staticDir, 'index.html'))) {
    console.error(`No built renderer in ${staticDir}: run "npm run build" first (npm run serve does).`);
    process.exit(1);
  }
  const libraryDir = values.library ?? defaultLibraryDir();
  // A damaged library is offered a restore in the browser, then opened.
  const { opened: core, port, token } = await openOrRecover(() => createCore({ libraryDir }), { libraryDir, port: Number(values.port), log: console.log });
  await core.seedIfNew(values.seeds);
  const host = await startBrowserHost({ handlers: createHandlers(core), staticDir, port, ...(token ? { token } : {}) });
  // The per-launch token rides in the link's fragment: the page keeps it for this tab and sends it in a header.
  console.log(`Chancery browser mode: ${host.url}`);
  const backup = core.backupIfDue().catch((err: unknown) => {
    console.error(`Backup failed: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  });
  const stop = (): void => {
    // Close the library even if the server does not close cleanly: the user asked to stop.
    Promise.all([host.close(), backup])
      .catch((err: unknown) => console.error(`Stopping the server failed: ${err instanceof Error ? err.message : String(err)}`))
      .finally(() => {
        core.close();
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
