import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { ImportError } from '../importers/importer';

/** One file to import, whatever it came from (a path, an upload, a drop). */
export interface ImportSource {
  /** Shown in progress and errors. */
  name: string;
  size: number;
  chunks(): AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  /** A file on disk: the parse worker reads it itself (see parse-in-worker.ts). */
  path?: string;
}

export const IMPORTABLE_EXTENSIONS = ['.xml', '.txt', '.md', '.markdown'];

const CHUNK = 1 << 20;

/** Uploaded bytes, handed out in 1 MB slices like a file stream. */
export function sourceFromBytes(name: string, bytes: Uint8Array): ImportSource {
  return {
    name,
    size: bytes.byteLength,
    *chunks() {
      for (let at = 0; at < bytes.byteLength; at += CHUNK) yield bytes.subarray(at, at + CHUNK);
    },
  };
}

/** A file read in 1 MB chunks (also by the parse worker, which reads a path itself). */
export const fileChunks = (path: string): AsyncIterable<Uint8Array> => createReadStream(path, { highWaterMark: CHUNK });

function sourceFromPath(path: string, size: number): ImportSource {
  return { name: path, size, path, chunks: () => fileChunks(path) };
}

/**
 * Files and folders (recursively) to sources. Folders contribute only files
 * with an importable extension; a file named explicitly is always tried, so
 * the user gets an error for it rather than silence.
 */
export async function sourcesFromPaths(paths: readonly string[]): Promise<{ sources: ImportSource[]; missing: string[] }> {
  const sources: ImportSource[] = [];
  const missing: string[] = [];
  const walk = async (path: string, explicit: boolean): Promise<void> => {
    const info = await stat(path).catch(() => null);
    if (!info) {
      missing.push(path);
      return;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(path)).filter((e) => !e.startsWith('.')).sort();
      for (const entry of entries) await walk(join(path, entry), false);
    } else if (info.isFile() && (explicit || IMPORTABLE_EXTENSIONS.includes(extname(path).toLowerCase()))) {
      sources.push(sourceFromPath(path, info.size));
    }
  };
  for (const p of paths) await walk(resolve(p), true);
  return { sources, missing };
}

export const displayName = (source: ImportSource): string => basename(source.name);

/** A file that could not be read, named as the user knows it. */
export const unreadable = (name: string, err: unknown): ImportError =>
  new ImportError(name, `could not be read (${err instanceof Error ? err.message : String(err)})`);
