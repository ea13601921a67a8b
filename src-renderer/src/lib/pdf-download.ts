import { base64ToBytes, saveBlob } from './file-download';

/** Hand a PDF to the user as a download (see `saveBlob`). */
export function downloadPdf(fileName: string, base64: string): void {
  saveBlob(fileName, new Blob([base64ToBytes(base64)], { type: 'application/pdf' }));
}

/** The desktop app (Electron) exposes its bridge; browser mode has none. */
export function isDesktop(): boolean {
  return typeof window.chancery !== 'undefined';
}
