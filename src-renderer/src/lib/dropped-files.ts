import { isImportable } from './files';

function readEntries(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries answers in batches (about 100 at a time) until it returns none.
  return new Promise((resolve, reject) => {
    const next = (): void =>
      reader.readEntries((batch) => {
        if (batch.length === 0) return resolve(all);
        all.push(...batch);
        next();
      }, reject);
    next();
  });
}

const fileOf = (entry: FileSystemFileEntry): Promise<File> => new Promise((resolve, reject) => entry.file(resolve, reject));

async function walk(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (entry.isFile && entry instanceof FileSystemFileEntry) {
    const file = await fileOf(entry);
    if (isImportable(file)) out.push(file);
  } else if (entry.isDirectory && entry instanceof FileSystemDirectoryEntry) {
    for (const child of await readEntries(entry)) await walk(child, out);
  }
}

/**
 * Files dropped on the window, folders included (recursively, keeping only
 * importable files, as the CLI does). Entries must be taken during the drop
 * event itself: the DataTransfer is emptied once the handler returns.
 */
export function droppedFiles(dt: DataTransfer): Promise<File[]> {
  const entries = Array.from(dt.items)
    .map((item) => item.webkitGetAsEntry())
    .filter((e): e is FileSystemEntry => e !== null);
  const loose = Array.from(dt.files);
  if (entries.length === 0 || !entries.some((e) => e.isDirectory)) return Promise.resolve(loose);
  return (async () => {
    const out: File[] = [];
    for (const entry of entries) {
      if (entry.isDirectory) await walk(entry, out);
      else {
        const file = loose.find((f) => f.name === entry.name);
        if (file) out.push(file);
      }
    }
    return out;
  })();
}
