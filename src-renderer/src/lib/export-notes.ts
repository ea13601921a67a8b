import type { ExportedNoteFile } from '@contract';
import { api } from '../api/client';

export function download(fileName: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'text/markdown;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** All notes in one Markdown file: each note's own file, in turn, under a rule. */
export function combineNotes(files: readonly ExportedNoteFile[]): string {
  return files.map((f) => `<!-- ${f.fileName.replace(/--/g, '—')} -->\n\n${f.content.trimEnd()}\n`).join('\n\n* * *\n\n');
}

/** Export every note as Markdown: one file per note becomes one download (combined when several). */
export async function exportNotes(): Promise<number> {
  const files = await api.call('notes.export', {});
  if (files.length === 0) return 0;
  const first = files[0];
  if (files.length === 1 && first) download(first.fileName, first.content);
  else download(`chancery-notes-${new Date().toISOString().slice(0, 10)}.md`, combineNotes(files));
  return files.length;
}
