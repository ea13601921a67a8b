import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import type { Handlers } from './contract';
import { createCore, type Core } from './core/core';
import { createHandlers } from './core/handlers';
import { defaultLibraryDir } from './core/library/library-location';
// The import worker, bundled by electron-vite as a file of its own (the core defaults to its TypeScript source).
import importWorker from './core/library/import-worker?modulePath';
import { registerAppScheme, serveRenderer } from './electron/app-protocol';
import { registerIpc } from './electron/ipc';
import { openLibraryOrRestore } from './electron/open-library';
import { printPdf } from './electron/print-pdf';
import { APP_ORIGIN, lockSession, lockWindow } from './electron/security';

const here = dirname(fileURLToPath(import.meta.url));
let core: Core | null = null;

registerAppScheme();

/** The desktop face adds what only it can do: the system print dialog. */
function desktopHandlers(c: Core): Handlers {
  return {
    ...createHandlers(c),
    'shell.printPdf': async ({ dataBase64 }) => ({ printed: await printPdf(Buffer.from(dataBase64, 'base64')) }),
  };
}

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    title: 'Chancery',
    show: false,
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  });
  lockWindow(win);
  win.once('ready-to-show', () => win.show());
  // A page that cannot load may never become ready to show: show the window and say why it is empty.
  win.loadURL(`${APP_ORIGIN}/index.html`).catch((err: unknown) => {
    win.show();
    dialog.showErrorBox('Chancery could not load its window', err instanceof Error ? err.message : String(err));
  });
}

/** A failure before the window is up would otherwise leave a running app that shows nothing. */
function quitWithError(title: string, err: unknown): void {
  dialog.showErrorBox(title, err instanceof Error ? err.message : String(err));
  app.exit(1);
}

async function start(): Promise<void> {
  lockSession(session.defaultSession);
  serveRenderer(join(here, '../renderer'));
  const libraryDir = process.env.CHANCERY_LIBRARY ?? defaultLibraryDir();
  // A damaged library: the user is offered the newest verified backup, or quits.
  core = await openLibraryOrRestore(libraryDir, () => createCore({ libraryDir, importWorker }));
  if (!core) return app.quit();
  const seeds = app.isPackaged ? join(process.resourcesPath, 'seeds') : join(app.getAppPath(), 'seeds');
  await core.seedIfNew(seeds);
  registerIpc(ipcMain, desktopHandlers(core), APP_ORIGIN);
  createWindow();
  core.backupIfDue().catch((err: unknown) => console.error('Backup failed:', err));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

app
  .whenReady()
  .then(start)
  .catch((err: unknown) => quitWithError('Chancery could not start', err));

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  core?.close();
  core = null;
});
