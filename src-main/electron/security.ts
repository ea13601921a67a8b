import { type BrowserWindow, type Session } from 'electron';

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

/** No navigation away from the app, no new windows, no webviews. */
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
  wc.setWindowOpenHandler(() => ({ action: 'deny' }));
}
