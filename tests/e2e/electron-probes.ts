/**
 * Functions run in Electron's main process by `electronApp.evaluate`: Playwright sends
 * each one's source, so each stands alone and reaches Electron only through its argument.
 */
type ElectronModule = typeof import('electron');

/** The app window's security webPreferences, read back from its webContents. */
export function appWindowPreferences({ BrowserWindow }: ElectronModule): Record<string, unknown> | string {
  const wc = BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().startsWith('app://chancery/'))?.webContents;
  if (!wc) return 'no window shows app://chancery/';
  // Not in Electron's typings, but kept by Electron for its own use (and widely relied on in tests).
  const read: unknown = Reflect.get(wc, 'getLastWebPreferences');
  if (typeof read !== 'function') return 'webContents.getLastWebPreferences() is gone from this Electron';
  const prefs: unknown = read.call(wc);
  if (typeof prefs !== 'object' || prefs === null) return 'no webPreferences';
  const pick = (key: string): unknown => Reflect.get(prefs, key);
  return { sandbox: pick('sandbox'), contextIsolation: pick('contextIsolation'), nodeIntegration: pick('nodeIntegration'), webSecurity: pick('webSecurity') };
}

/**
 * A second window, at a data: URL in its own session, given the app's own preload: it has
 * the bridge, but its frame is not the app's page. Returns what its call was answered.
 */
export async function callFromForeignPage({ BrowserWindow }: ElectronModule, preload: string): Promise<{ url: string; answer: unknown }> {
  const win = new BrowserWindow({ show: false, webPreferences: { preload, sandbox: true, contextIsolation: true, partition: 'chancery-test-foreign' } });
  try {
    await win.loadURL('data:text/html,<title>Not Chancery</title>');
    const answer: unknown = await win.webContents.executeJavaScript("window.chancery ? window.chancery.invoke('library.overview', {}) : 'no bridge here'");
    return { url: win.webContents.getURL(), answer };
  } finally {
    win.destroy();
  }
}

/** Has the app's page set `location` to `url`; resolves with what the main process saw of it. */
export function navigateAway({ BrowserWindow }: ElectronModule, url: string): Promise<{ url: string; prevented: boolean }> {
  return new Promise((resolve, reject) => {
    const wc = BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().startsWith('app://chancery/'))?.webContents;
    if (!wc) return reject(new Error('no window shows app://chancery/'));
    // Registered after the app's own guard, so it sees that guard's verdict.
    wc.once('will-navigate', (event) => resolve({ url: event.url, prevented: event.defaultPrevented }));
    wc.executeJavaScript(`window.location.href = ${JSON.stringify(url)}`).catch(() => undefined);
  });
}
