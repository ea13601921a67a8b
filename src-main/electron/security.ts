import { dialog, shell, type BrowserWindow, type Session } from 'electron';
import { createLinkOpener } from './external-links';

export const APP_ORIGIN = 'app://chancery';

/** Chancery makes no network request, ever: only its own app:// pages load. */
export function lockSession(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setSpellCheckerEnabled(false);
  // Electron would otherwise fetch spellchecker dictionaries from the network.
  session.setSpellCheckerDictionaryDownloadURL('https://0.0.0.0/');
  session.webRequest.onBeforeRequest((details, callback) => {
    // blob: URLs of our own origin carry exported PDFs to the download (save) dialog.
    const allowed =
      details.url.startsWith(`${APP_ORIGIN}/`) || details.url.startsWith(`blob:${APP_ORIGIN}/`) || details.url.startsWith('devtools://');
    callback({ cancel: !allowed });
  });
}

/** No navigation away from the app, no new windows (links go to the system browser, once confirmed), no webviews. */
export function lockWindow(win: BrowserWindow): void {
  const wc = win.webContents;
  wc.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  wc.on('will-frame-navigate', (event) => {
    if (!event.url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  wc.on('will-redirect', (event) => event.preventDefault());
  wc.on('will-attach-webview', (event) => event.preventDefault());
  // A note's link arrives as window.open: it never opens a Chancery window, only (once confirmed) the system browser.
  const openLink = createLinkOpener({
    confirm: async (url) => {
      const { response } = await dialog.showMessageBox(win, {
        type: 'question',
        buttons: ['Open', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        message: `Open ${url} in your browser?`,
        detail: 'Chancery itself makes no network request; your browser will.',
      });
      return response === 0;
    },
    open: (url) => shell.openExternal(url),
  });
  wc.setWindowOpenHandler(({ url }) => {
    openLink(url).catch((err: unknown) => console.error('Opening a link failed:', err));
    return { action: 'deny' };
  });
}
