import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../core/core';
import { ApiFailure } from '../core/failure';

type Out = (line: string) => void;

/** `cite ID [--style chicago|frus] [--page N]`: the citation as plain text. */
export function runCite(core: Core, id: string | undefined, flags: { style?: string; page?: string }, out: Out): number {
  if (!id || !/^\d+$/.test(id)) throw new Error('cite needs a document ID');
  const style = flags.style ?? 'chicago';
  if (style !== 'chicago' && style !== 'frus') throw new Error(`unknown citation style "${style}" (chicago or frus)`);
  try {
    out(core.reading.citations.cite({ id: Number(id), style, ...(flags.page ? { page: flags.page } : {}) }).text);
  } catch (err) {
    if (err instanceof ApiFailure) throw new Error(err.message, { cause: err });
    throw err;
  }
  return 0;
}

/** `notes export DIR`: one Markdown file per note, written into DIR (created if needed). */
export function runNotes(core: Core, args: string[], out: Out): number {
  const [sub, dir] = args;
  if (sub !== 'export' || !dir) throw new Error('usage: notes export DIR');
  const files = core.reading.exportNotes();
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(dir, f.fileName), f.content, { flag: 'w' });
  out(`exported ${files.length} note(s) to ${dir}`);
  return 0;
}
