import type { DossierFile, ExportFile } from '@contract';
/** Decode base64 into bytes (PDFs and DOCX arrive base64 encoded: JSON carries no bytes). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** Hands a file to the user: browser mode lands it in Downloads, the desktop asks where. No network request is made. */
export function saveBlob(fileName: string, blob: Blob): void {
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

/** A text export (citations) as a download; browser mode lands it in Downloads, the desktop asks where. */
export const downloadText = (f: ExportFile): void => saveBlob(f.fileName, new Blob([f.content], { type: `${f.mimeType};charset=utf-8` }));

/** A base64 export (HTML, DOCX) as a download. */
export const downloadBinary = (f: DossierFile): void => saveBlob(f.fileName, new Blob([base64ToBytes(f.dataBase64)], { type: f.mimeType }));
