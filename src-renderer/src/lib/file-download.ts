import type { DossierFile, ExportFile } from '@contract';
import { base64ToBytes } from './pdf-download';

function save(fileName: string, blob: Blob): void {
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
export const downloadText = (f: ExportFile): void => save(f.fileName, new Blob([f.content], { type: `${f.mimeType};charset=utf-8` }));

/** A base64 export (HTML, DOCX) as a download. */
export const downloadBinary = (f: DossierFile): void => save(f.fileName, new Blob([base64ToBytes(f.dataBase64)], { type: f.mimeType }));
