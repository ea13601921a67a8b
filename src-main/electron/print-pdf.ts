import { randomUUID } from 'node:crypto';
import { BrowserWindow } from 'electron';
import { APP_ORIGIN, lockWindow } from './security';

/** PDFs waiting to be printed, served once from app://chancery/print/<id>.pdf. */
const pending = new Map<string, Buffer>();

export function takePrintable(path: string): Buffer | null {
  const m = /^\/print\/([0-9a-f-]{36})\.pdf$/.exec(path);
  const id = m?.[1];
  if (!id) return null;
  const bytes = pending.get(id) ?? null;
  pending.delete(id);
  return bytes;
}

/**
 * Opens the system print dialog for a PDF: Chromium's PDF viewer loads it in a
 * hidden, locked window from our own protocol (no file:// and no network).
 */
export async function printPdf(bytes: Buffer): Promise<boolean> {
  const id = randomUUID();
  pending.set(id, bytes);
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true, spellcheck: false },
  });
  lockWindow(win);
  try {
    await win.loadURL(`${APP_ORIGIN}/print/${id}.pdf`);
    return await new Promise<boolean>((resolve) => win.webContents.print({}, (printed) => resolve(printed)));
  } finally {
    pending.delete(id);
    win.destroy();
  }
}
