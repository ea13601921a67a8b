/** Decode base64 into bytes (PDFs arrive base64 encoded: JSON carries no bytes). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/**
 * Hand a PDF to the user as a download. In the browser it lands in Downloads; in
 * the desktop app Electron asks where to save it. No network request is made.
 */
export function downloadPdf(fileName: string, base64: string): void {
  const blob = new Blob([base64ToBytes(base64)], { type: 'application/pdf' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The desktop app (Electron) exposes its bridge; browser mode has none. */
export function isDesktop(): boolean {
  return typeof window.chancery !== 'undefined';
}
